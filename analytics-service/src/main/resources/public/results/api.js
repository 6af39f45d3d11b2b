/**
 * Talks to analytics-service on the page's own origin with the bearer token; a 401 ends the
 * session (the token expired or was refused), a failed connection comes back as status 0.
 */
import { token } from './session.js';

export function resultsApi(onUnauthorized) {
  async function send(method, path, body) {
    const init = {
      method,
      headers: { Accept: 'application/json, application/problem+json' },
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    };
    const bearer = token();
    if (bearer) {
      init.headers.Authorization = `Bearer ${bearer}`;
    }
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (unreachable) {
      return { status: 0, body: null };
    }
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch (notJson) {
      json = null;
    }
    if (response.status === 401 && bearer) {
      onUnauthorized();
    }
    return { status: response.status, body: json };
  }

  /**
   * Fetches a report with the bearer header (a plain link cannot carry it) and saves it through a
   * temporary object URL.
   */
  async function download(path, fallbackName) {
    let response;
    try {
      response = await fetch(path, {
        headers: { Authorization: `Bearer ${token()}` },
        cache: 'no-store',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
    } catch (unreachable) {
      return { status: 0 };
    }
    if (!response.ok) {
      let problem = null;
      try {
        problem = await response.json();
      } catch (notJson) {
        problem = null;
      }
      if (response.status === 401) {
        onUnauthorized();
      }
      return { status: response.status, problem };
    }
    const blob = await response.blob();
    const disposition = response.headers.get('Content-Disposition') || '';
    const named = /filename="?([^";]+)"?/i.exec(disposition);
    const file = named ? named[1] : fallbackName;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    return { status: response.status, file };
  }

  const q = encodeURIComponent;
  return {
    login: (username, password) => send('POST', '/api/login', { username, password }),
    indicators: () => send('GET', '/api/indicators'),
    rounds: (municipality) => send('GET', `/api/rounds?municipality=${q(municipality)}`),
    units: (round) => send('GET', `/api/rounds/${q(round)}/units`),
    results: (round, unit) =>
      send('GET', `/api/rounds/${q(round)}/results${unit ? `?unit=${q(unit)}` : ''}`),
    goals: (municipality) => send('GET', `/api/goals?municipality=${q(municipality)}`),
    network: (id) => send('GET', `/api/networks/${q(id)}`),
    comparison: (id, waves, indicators) =>
      send(
        'GET',
        `/api/networks/${q(id)}/comparison?${waves.length === 1 ? 'wave' : 'waves'}=${q(
          waves.join(','),
        )}&indicators=${q(indicators.join(','))}`,
      ),
    download,
  };
}

/**
 * Talks to analytics-service on the page's own origin with the bearer token; a 401 ends the
 * session (the token expired or was refused), a failed connection comes back as status 0.
 */
import { token } from './session.js';
import { request, download as fetchFile } from '../web/http.js';

export function resultsApi(onUnauthorized) {
  async function send(method, path, body) {
    const bearer = token();
    const answer = await request(method, path, { body, bearer });
    if (answer.status === 401 && bearer) {
      onUnauthorized();
    }
    return answer;
  }

  /** Fetches a report with the bearer header and saves it. */
  async function download(path, fallbackName) {
    const answer = await fetchFile(path, token(), fallbackName);
    if (answer.status === 401) {
      onUnauthorized();
    }
    return answer;
  }

  const q = encodeURIComponent;
  return {
    login: (username, password) => send('POST', '/api/login', { username, password }),
    links: () => send('GET', '/results/links'),
    indicators: () => send('GET', '/api/indicators'),
    rounds: (municipality) => send('GET', `/api/rounds?municipality=${q(municipality)}`),
    units: (round) => send('GET', `/api/rounds/${q(round)}/units`),
    results: (round, unit) =>
      send('GET', `/api/rounds/${q(round)}/results${unit ? `?unit=${q(unit)}` : ''}`),
    comments: (round, unit, page) => {
      const query = [unit ? `unit=${q(unit)}` : null, page ? `page=${q(page)}` : null].filter(Boolean);
      return send('GET', `/api/rounds/${q(round)}/comments${query.length ? `?${query.join('&')}` : ''}`);
    },
    goals: (municipality) => send('GET', `/api/goals?municipality=${q(municipality)}`),
    network: (id) => send('GET', `/api/networks/${q(id)}`),
    comparison: (id, waves, indicators) =>
      send(
        'GET',
        `/api/networks/${q(id)}/comparison?${waves.length === 1 ? 'wave' : 'waves'}=${q(
          waves.join(','),
        )}&indicators=${q(indicators.join(','))}`,
      ),
    get: (path) => send('GET', path),
    send,
    download,
  };
}

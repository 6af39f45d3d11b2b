/** Talks to the survey API for one link; a failed connection comes back as status 0. */

export function surveyApi(token) {
  const base = `/api/survey/${encodeURIComponent(token)}`;

  async function send(method, path, body) {
    const init = {
      method,
      headers: { Accept: 'application/json, application/problem+json' },
      cache: 'no-store',
      credentials: 'same-origin',
      referrerPolicy: 'no-referrer',
    };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    try {
      const response = await fetch(base + path, init);
      const text = await response.text();
      let json = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch (notJson) {
        json = null;
      }
      return { status: response.status, body: json };
    } catch (unreachable) {
      return { status: 0, body: null };
    }
  }

  return {
    questionnaire: (lang) => send('GET', lang ? `?lang=${encodeURIComponent(lang)}` : ''),
    saveDraft: (body) => send('PUT', '/draft', body),
    submit: (body) => send('POST', '/response', body),
  };
}

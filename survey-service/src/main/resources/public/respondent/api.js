/** Talks to the survey API for one link; a failed connection comes back as status 0. */
import { request } from '../web/http.js';

export function surveyApi(token) {
  const base = `/api/survey/${encodeURIComponent(token)}`;
  const send = (method, path, body) =>
    request(method, base + path, { body, credentials: 'same-origin' });

  return {
    questionnaire: (lang) => send('GET', lang ? `?lang=${encodeURIComponent(lang)}` : ''),
    saveDraft: (body) => send('PUT', '/draft', body),
    submit: (body) => send('POST', '/response', body),
  };
}

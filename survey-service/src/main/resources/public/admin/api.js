/**
 * Talks to survey-service on the console's own origin with the bearer token; a 401 ends the
 * session, a failed connection comes back as status 0.
 */
import { request, download as fetchFile } from '../web/http.js';
import { sessionStore } from '../web/session.js';

export const session = sessionStore('saman.console');

export function consoleApi(onUnauthorized) {
  async function send(method, path, body, contentType) {
    const bearer = session.token();
    const answer = await request(method, path, { body, bearer, contentType });
    if (answer.status === 401 && bearer) {
      onUnauthorized();
    }
    return answer;
  }

  async function download(path, fallbackName) {
    const answer = await fetchFile(path, session.token(), fallbackName);
    if (answer.status === 401) {
      onUnauthorized();
    }
    return answer;
  }

  const q = encodeURIComponent;
  return {
    login: (username, password) => send('POST', '/api/login', { username, password }),
    links: () => send('GET', '/admin/links'),
    units: (m) => send('GET', `/api/municipalities/${q(m)}/units`),
    importUnits: (m, file, dryRun) =>
      send('POST', `/api/municipalities/${q(m)}/units/import?dryRun=${dryRun}`, file, 'text/csv'),
    rounds: (m) => send('GET', `/api/rounds?municipality=${q(m)}`),
    round: (id) => send('GET', `/api/rounds/${q(id)}`),
    progress: (id) => send('GET', `/api/rounds/${q(id)}/progress`),
    extend: (id, closes) => send('POST', `/api/rounds/${q(id)}/extend`, { closes }),
    close: (id) => send('POST', `/api/rounds/${q(id)}/close`, {}),
    instruments: () => send('GET', '/api/instruments'),
    preview: (body) => send('POST', '/api/instruments/preview', body),
    createRound: (body) => send('POST', '/api/rounds', body),
    emails: (id, unit, addresses) =>
      send('POST', `/api/rounds/${q(id)}/invitations/email`, { unit, addresses }),
    reminders: (id) => send('POST', `/api/rounds/${q(id)}/reminders`, {}),
    schedule: (id) => send('GET', `/api/rounds/${q(id)}/reminder-schedule`),
    setSchedule: (id, body) => send('PUT', `/api/rounds/${q(id)}/reminder-schedule`, body),
    letters: (id, unit, count, lang) =>
      download(
        `/api/rounds/${q(id)}/letters?unit=${q(unit)}&count=${q(count)}&lang=${q(lang)}`,
        `brev-${unit}.pdf`,
      ),
    linksCsv: (id, unit, count) =>
      download(`/api/rounds/${q(id)}/invitations.csv?unit=${q(unit)}&count=${q(count)}`, `lenkjer-${unit}.csv`),
  };
}

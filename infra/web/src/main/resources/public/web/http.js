/**
 * One request to the page's own origin: JSON in and out (or a raw body such as a CSV upload), the
 * bearer token when there is one, nothing cached, no referrer. A failed connection comes back as
 * status 0; a body that is not JSON as null.
 */
export async function request(method, path, { body, bearer, contentType, credentials = 'omit' } = {}) {
  const init = {
    method,
    headers: { Accept: 'application/json, application/problem+json' },
    cache: 'no-store',
    credentials,
    referrerPolicy: 'no-referrer',
  };
  if (bearer) {
    init.headers.Authorization = `Bearer ${bearer}`;
  }
  if (body !== undefined) {
    init.headers['Content-Type'] = contentType || 'application/json';
    init.body = contentType ? body : JSON.stringify(body);
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
  return { status: response.status, body: json };
}

/**
 * Fetches a file with the bearer header (a plain link cannot carry it) and saves it through a
 * temporary object URL; answers {status, file} or {status, problem}.
 */
export async function download(path, bearer, fallbackName) {
  let response;
  try {
    response = await fetch(path, {
      headers: bearer ? { Authorization: `Bearer ${bearer}` } : {},
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

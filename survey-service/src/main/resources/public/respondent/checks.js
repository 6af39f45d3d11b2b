/**
 * The client's copy of the server's answer rules (whole numbers, ranges, required items, comment
 * length) and a reader for the server's own field errors, so that both reach the respondent in
 * the page's language. The server stays the judge: its errors are shown even where these pass.
 */

/** A whole number from what was typed ("80", " 80 ", "80 %"), or NaN. */
export function parseWhole(text) {
  const trimmed = String(text).trim().replace(/\s*%$/, '');
  return /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : NaN;
}

/** The problem with a field's value as {code, params}, or null; limits are read from the rendered input. */
export function checkField(field, value) {
  if (value === null) {
    return field.required ? { code: 'required' } : null;
  }
  if (field.kind === 'number') {
    const number = parseWhole(value);
    if (!Number.isInteger(number)) {
      return { code: 'whole' };
    }
    const { min, max } = field.inputs[0].dataset;
    if ((min !== undefined && number < Number(min)) || (max !== undefined && number > Number(max))) {
      return { code: 'range', params: { min: field.min, max: field.max } };
    }
  }
  if (field.kind === 'text' && field.max && value.length > field.max) {
    return { code: 'tooLong', params: { max: field.max } };
  }
  return null;
}

/** Reads a message of the server's problem+json errors list (e.g. "must be between 1 and 100"). */
export function fromServer(message) {
  const text = String(message ?? '');
  let match;
  if (text === 'required') {
    return { code: 'required' };
  }
  if ((match = /^must be between (-?\d+) and (-?\d+)$/.exec(text))) {
    return { code: 'range', params: { min: match[1], max: match[2] } };
  }
  if (text === 'must be a whole number') {
    return { code: 'whole' };
  }
  if (/^must (be one of|contain only|be a non-empty list|not repeat)/.test(text)) {
    return { code: 'choice' };
  }
  if (text.startsWith('only asked when')) {
    return { code: 'notAsked' };
  }
  if ((match = /^must be at most (\d+) characters$/.exec(text))) {
    return { code: 'tooLong', params: { max: match[1] } };
  }
  return { code: 'other', params: { detail: text } };
}

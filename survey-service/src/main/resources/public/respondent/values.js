/**
 * Reads what the respondent has entered and puts it back (after a language switch or from a saved
 * draft), and turns it into the API's body of background, answers and comments.
 */
import { parseWhole } from './checks.js';

/** The raw value of a field: text, a chosen value, a list of ticked values, or null. */
export function readField(field) {
  switch (field.kind) {
    case 'number':
    case 'text': {
      const text = field.inputs[0].value;
      return text.trim() === '' ? null : text;
    }
    case 'radio':
      return field.inputs.find((input) => input.checked)?.value ?? null;
    default: {
      const ticked = field.inputs.filter((input) => input.checked).map((input) => input.value);
      return ticked.length ? ticked : null;
    }
  }
}

export function writeField(field, value) {
  if (field.kind === 'number' || field.kind === 'text') {
    field.inputs[0].value = value === null || value === undefined ? '' : String(value);
  } else {
    const chosen = Array.isArray(value) ? value.map(String) : [String(value)];
    field.inputs.forEach((input) => {
      input.checked = value !== null && value !== undefined && chosen.includes(input.value);
    });
  }
  field.refresh();
}

/** Whether a conditional field applies, given the answer it depends on (H4 only when H1 < 100). */
export function isAsked(field, byKey) {
  if (!field.when) {
    return true;
  }
  const other = byKey.get(field.when.key);
  const value = other ? parseWhole(readField(other) ?? '') : NaN;
  return Number.isInteger(value) && value < field.when.below;
}

/** Every field's raw value by its API path, for carrying across a language switch. */
export function snapshot(fields) {
  return new Map(fields.map((field) => [field.key, readField(field)]));
}

export function restore(fields, values) {
  for (const field of fields) {
    if (values.has(field.key)) {
      writeField(field, values.get(field.key));
    }
  }
}

/** The values of a saved draft body ({background, answers, comments}) by API path. */
export function fromDraft(draft) {
  const values = new Map();
  for (const part of ['background', 'answers', 'comments']) {
    const section = draft && typeof draft[part] === 'object' && draft[part] ? draft[part] : {};
    for (const [id, value] of Object.entries(section)) {
      values.set(`${part}.${id}`, value);
    }
  }
  return values;
}

/**
 * The API body. Fields that do not apply are left out; numbers and scale points are sent as
 * numbers, and for a draft an unfinished number is kept as the text typed so that nothing is lost.
 */
export function toBody(lang, fields, byKey) {
  const body = { language: lang, background: {}, answers: {}, comments: {} };
  for (const field of fields) {
    const value = readField(field);
    if (value === null || !isAsked(field, byKey)) {
      continue;
    }
    const [part, id] = field.key.split('.');
    if (field.numeric) {
      const number = parseWhole(value);
      body[part][id] = Number.isInteger(number) ? number : value.trim();
    } else {
      body[part][id] = value;
    }
  }
  return body;
}

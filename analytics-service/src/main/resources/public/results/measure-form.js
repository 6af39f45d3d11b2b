/**
 * HR's form for a goal's measures (tiltak): add one, or change one's status, milestones and the rest
 * (POST /api/goals/{id}/measures, PUT …/measures/{measure}). Every field the API refuses is marked
 * and named beside it; nothing is stored until the API accepts the whole measure. Only HR of the
 * municipality and administrators get it: the network leader reads the measures in the report.
 */
import { el, domId } from '../web/dom.js';

const STATUSES = ['planned', 'ongoing', 'delayed', 'done', 'stopped'];
const ROLES = ['union', 'safety_representative', 'employees', 'management', 'politicians', 'other'];
/** The driver items a measure may target beside the goal's own indicator (the API's list). */
const DRIVER_ITEMS = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'N2', 'N3', 'N4', 'N5', 'N6'];

const S = {
  nn: {
    add: 'Legg til tiltak',
    edit: 'Endre',
    editTitle: 'Endre tiltaket «{title}»',
    addTitle: 'Nytt tiltak for målet',
    title: 'Tiltak',
    description: 'Skildring (valfritt)',
    owner: 'Ansvarleg (rolle eller namn)',
    target: 'Kva tiltaket skal flytte',
    starts: 'Startar',
    ends: 'Sluttar (valfritt)',
    status: 'Status',
    milestones: 'Milepælar',
    milestone: 'Milepæl {n}',
    milestoneTitle: 'Milepæl',
    milestoneDate: 'Dato',
    milestoneDone: 'Nådd',
    addMilestone: 'Legg til milepæl',
    partners: 'Partar (partssamarbeid)',
    partner: 'Part {n}',
    role: 'Rolle',
    partnerName: 'Namn (valfritt)',
    addPartner: 'Legg til part',
    remove: 'Fjern',
    save: 'Lagre tiltaket',
    cancel: 'Avbryt',
    saving: 'Lagrar …',
    saved: 'Tiltaket «{title}» er lagra.',
    refused: 'Tiltaket vart ikkje lagra. Rett felta som er merkte.',
    failed: 'Tiltaket vart ikkje lagra ({status}). Prøv igjen.',
    dateHint: 'Dato som 2014-01-15',
    required: 'Må fyllast ut.',
    tooLong: 'Kan ha høgst {n} teikn.',
    dateInvalid: 'Skriv ein dato som 2014-01-15.',
    endsBeforeStarts: 'Kan ikkje vere før startdatoen.',
  },
  nb: {
    add: 'Legg til tiltak',
    edit: 'Endre',
    editTitle: 'Endre tiltaket «{title}»',
    addTitle: 'Nytt tiltak for målet',
    title: 'Tiltak',
    description: 'Beskrivelse (valgfritt)',
    owner: 'Ansvarlig (rolle eller navn)',
    target: 'Hva tiltaket skal flytte',
    starts: 'Starter',
    ends: 'Slutter (valgfritt)',
    status: 'Status',
    milestones: 'Milepæler',
    milestone: 'Milepæl {n}',
    milestoneTitle: 'Milepæl',
    milestoneDate: 'Dato',
    milestoneDone: 'Nådd',
    addMilestone: 'Legg til milepæl',
    partners: 'Parter (partssamarbeid)',
    partner: 'Part {n}',
    role: 'Rolle',
    partnerName: 'Navn (valgfritt)',
    addPartner: 'Legg til part',
    remove: 'Fjern',
    save: 'Lagre tiltaket',
    cancel: 'Avbryt',
    saving: 'Lagrer …',
    saved: 'Tiltaket «{title}» er lagret.',
    refused: 'Tiltaket ble ikke lagret. Rett feltene som er merket.',
    failed: 'Tiltaket ble ikke lagret ({status}). Prøv igjen.',
    dateHint: 'Dato som 2014-01-15',
    required: 'Må fylles ut.',
    tooLong: 'Kan ha høyst {n} tegn.',
    dateInvalid: 'Skriv en dato som 2014-01-15.',
    endsBeforeStarts: 'Kan ikke være før startdatoen.',
  },
  en: {
    add: 'Add a measure',
    edit: 'Edit',
    editTitle: 'Edit the measure “{title}”',
    addTitle: 'New measure for the goal',
    title: 'Measure',
    description: 'Description (optional)',
    owner: 'Owner (a role or a name)',
    target: 'What the measure is to move',
    starts: 'Starts',
    ends: 'Ends (optional)',
    status: 'Status',
    milestones: 'Milestones',
    milestone: 'Milestone {n}',
    milestoneTitle: 'Milestone',
    milestoneDate: 'Date',
    milestoneDone: 'Reached',
    addMilestone: 'Add a milestone',
    partners: 'Partners (partssamarbeid)',
    partner: 'Partner {n}',
    role: 'Role',
    partnerName: 'Name (optional)',
    addPartner: 'Add a partner',
    remove: 'Remove',
    save: 'Save the measure',
    cancel: 'Cancel',
    saving: 'Saving …',
    saved: 'The measure “{title}” is saved.',
    refused: 'The measure was not saved. Correct the marked fields.',
    failed: 'The measure was not saved ({status}). Try again.',
    dateHint: 'A date such as 2014-01-15',
    required: 'Required.',
    tooLong: 'At most {n} characters.',
    dateInvalid: 'Enter a date such as 2014-01-15.',
    endsBeforeStarts: 'Cannot be before the start date.',
  },
};

/** The API's reason in the page's language where the page knows it, else as the API says it. */
function reasonOf(lang, reason) {
  if (reason.startsWith('is required')) {
    return say(lang, 'required');
  }
  const longest = /^must be at most (\d+) characters/.exec(reason);
  if (longest) {
    return say(lang, 'tooLong', { n: longest[1] });
  }
  if (reason.startsWith('must be a date')) {
    return say(lang, 'dateInvalid');
  }
  if (reason.startsWith('must not be before')) {
    return say(lang, 'endsBeforeStarts');
  }
  return reason;
}

function say(lang, key, values = {}) {
  const text = S[lang]?.[key] ?? S.nb[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
}

/**
 * The add button and, once opened, the form of one goal's measures.
 *
 * @param options.names {status(id), role(id), target(id)} the page's names of statuses, partner
 *     roles and targets, in the page's language
 * @param options.onSaved called with the stored measure once the API has accepted it
 * @param options.editors the view's editors by language and goal, so that a re-render keeps an
 *     open form and what was typed into it
 * @returns {{element, edit(measure)}} the section to place under the goal, and a way to open the
 *     form on one of its measures
 */
export function measureEditor({ api, lang, goal, names, onSaved, editors }) {
  const key = `${lang}|${goal.id}`;
  if (!editors.has(key)) {
    editors.set(key, buildEditor({ api, lang, goal, names, onSaved }));
  }
  return editors.get(key);
}

/** The button that opens the form on one measure. */
export function editButton(lang, measure, editor) {
  return el('button', {
    type: 'button',
    class: 'link-button measure-edit',
    'data-edit-measure': measure.id,
    'aria-label': `${say(lang, 'edit')}: ${measure.title}`,
    text: say(lang, 'edit'),
    onclick: () => editor.edit(measure),
  });
}

function buildEditor({ api, lang, goal, names, onSaved }) {
  const prefix = `measure-${goal.id}`;
  const status = el('p', { class: 'form-status', role: 'status', id: `${prefix}-saved` });
  const slot = el('div', { class: 'measure-editor-slot' });
  const addButton = el('button', {
    type: 'button',
    class: 'button button-secondary',
    id: `${prefix}-add`,
    'aria-expanded': 'false',
    'aria-controls': `${prefix}-form`,
    text: say(lang, 'add'),
    onclick: () => open(null),
  });

  function close(focus) {
    slot.replaceChildren();
    addButton.setAttribute('aria-expanded', 'false');
    if (focus) {
      addButton.focus();
    }
  }

  function open(measure) {
    status.textContent = '';
    const form = buildForm({ api, lang, goal, names, measure, prefix, status, close, onSaved });
    slot.replaceChildren(form);
    addButton.setAttribute('aria-expanded', measure ? 'false' : 'true');
    form.querySelector('input')?.focus();
  }

  return {
    element: el('div', { class: 'measure-editor', 'data-goal': goal.id }, addButton, status, slot),
    edit: open,
  };
}

function buildForm({ api, lang, goal, names, measure, prefix, status, close, onSaved }) {
  const id = (field) => `${prefix}-${domId(field)}`;
  const errorOf = (field) => el('p', { class: 'field-error', id: `${id(field)}-error` });
  const described = (field, hint) => [hint ? `${id(field)}-hint` : null, `${id(field)}-error`].filter(Boolean).join(' ');

  function textField(field, label, value, { required = false, multiline = false, type = 'text', hint } = {}) {
    const attributes = {
      id: id(field),
      name: field,
      'data-field': field,
      'aria-describedby': described(field, hint),
      autocomplete: 'off',
    };
    if (required) {
      attributes['aria-required'] = 'true';
    }
    const input = multiline
      ? el('textarea', { ...attributes, rows: 3 }, value || '')
      : el('input', { ...attributes, type, value: value || '' });
    return el(
      'div',
      { class: 'field' },
      el('label', { for: id(field), text: label }),
      hint ? el('p', { class: 'hint', id: `${id(field)}-hint`, text: hint }) : null,
      input,
      errorOf(field),
    );
  }

  function choice(field, label, options, value) {
    return el(
      'div',
      { class: 'field' },
      el('label', { for: id(field), text: label }),
      el(
        'select',
        { id: id(field), name: field, 'data-field': field, 'aria-describedby': `${id(field)}-error` },
        options.map(([optionValue, text]) => el('option', { value: optionValue, selected: optionValue === value, text })),
      ),
      errorOf(field),
    );
  }

  const milestoneList = el('ol', { class: 'entry-list milestone-entries' });
  const partnerList = el('ol', { class: 'entry-list partner-entries' });

  function renumber() {
    [...milestoneList.children].forEach((row, i) => relabel(row, 'milestones', i, say(lang, 'milestone', { n: i + 1 })));
    [...partnerList.children].forEach((row, i) => relabel(row, 'partners', i, say(lang, 'partner', { n: i + 1 })));
  }

  /** Gives an entry's fields the API's names for its index (milestones[1].date) and ids to match. */
  function relabel(row, list, index, legend) {
    row.querySelector('legend').textContent = legend;
    for (const input of row.querySelectorAll('[data-part]')) {
      const field = `${list}[${index}].${input.dataset.part}`;
      input.id = id(field);
      input.dataset.field = field;
      input.setAttribute('aria-describedby', `${id(field)}-error`);
      row.querySelector(`label[data-for='${input.dataset.part}']`).setAttribute('for', id(field));
      row.querySelector(`.field-error[data-for='${input.dataset.part}']`).id = `${id(field)}-error`;
    }
  }

  function part(name, label, input) {
    input.dataset.part = name;
    const labelled = el('label', { 'data-for': name, text: label });
    const error = el('p', { class: 'field-error', 'data-for': name });
    return input.type === 'checkbox'
      ? el('div', { class: 'field check' }, input, labelled, error)
      : el('div', { class: 'field' }, labelled, input, error);
  }

  function entry(list, fields) {
    const row = el(
      'li',
      {},
      el(
        'fieldset',
        { class: 'entry' },
        el('legend', {}),
        fields,
        el('button', {
          type: 'button',
          class: 'link-button',
          text: say(lang, 'remove'),
          onclick: () => {
            row.remove();
            renumber();
            list.parentElement.querySelector('.add-entry')?.focus();
          },
        }),
      ),
    );
    list.append(row);
    renumber();
    return row;
  }

  function addMilestone(m = {}) {
    return entry(milestoneList, [
      part('title', say(lang, 'milestoneTitle'), el('input', { type: 'text', value: m.title || '', autocomplete: 'off' })),
      part('date', say(lang, 'milestoneDate'), el('input', { type: 'text', value: m.date || '', placeholder: '2014-01-15', autocomplete: 'off' })),
      part('done', say(lang, 'milestoneDone'), el('input', { type: 'checkbox', checked: Boolean(m.done) })),
    ]);
  }

  function addPartner(p = {}) {
    return entry(partnerList, [
      part(
        'role',
        say(lang, 'role'),
        el('select', {}, ROLES.map((role) => el('option', { value: role, selected: role === (p.role || 'union'), text: names.role(role) }))),
      ),
      part('name', say(lang, 'partnerName'), el('input', { type: 'text', value: p.name || '', autocomplete: 'off' })),
    ]);
  }

  const m = measure || {};
  (m.milestones || []).forEach((milestone) => addMilestone(milestone));
  (m.partners || []).forEach((partner) => addPartner(partner));
  const targets = [goal.indicator, ...DRIVER_ITEMS.filter((item) => item !== goal.indicator)];
  const summary = el('p', { class: 'error', role: 'alert', hidden: true });
  const saveButton = el('button', { type: 'submit', class: 'button', text: say(lang, 'save') });

  const form = el(
    'form',
    {
      class: 'measure-form',
      id: `${prefix}-form`,
      novalidate: true,
      'data-measure': m.id || '',
      'aria-labelledby': `${prefix}-form-title`,
      onsubmit: async (event) => {
        event.preventDefault();
        clearErrors();
        saveButton.disabled = true;
        status.textContent = say(lang, 'saving');
        const body = read();
        const answer = measure
          ? await api.send('PUT', `/api/goals/${encodeURIComponent(goal.id)}/measures/${encodeURIComponent(measure.id)}`, body)
          : await api.send('POST', `/api/goals/${encodeURIComponent(goal.id)}/measures`, body);
        saveButton.disabled = false;
        if (answer.status === 200 || answer.status === 201) {
          status.textContent = say(lang, 'saved', { title: answer.body.title });
          close(false);
          onSaved(answer.body);
          return;
        }
        status.textContent = '';
        if (answer.status === 400 && Array.isArray(answer.body?.errors)) {
          showErrors(answer.body.errors);
        } else if (answer.status !== 401) {
          summary.textContent = say(lang, 'failed', { status: answer.status });
          summary.hidden = false;
          summary.focus();
        }
      },
    },
    el('h5', { id: `${prefix}-form-title`, text: measure ? say(lang, 'editTitle', { title: m.title }) : say(lang, 'addTitle') }),
    summary,
    textField('title', say(lang, 'title'), m.title, { required: true }),
    textField('description', say(lang, 'description'), m.description, { multiline: true }),
    textField('owner', say(lang, 'owner'), m.owner, { required: true }),
    choice('target', say(lang, 'target'), targets.map((target) => [target, names.target(target)]), m.target || goal.indicator),
    el(
      'div',
      { class: 'field-row' },
      textField('starts', say(lang, 'starts'), m.starts, { required: true, hint: say(lang, 'dateHint') }),
      textField('ends', say(lang, 'ends'), m.ends, { hint: say(lang, 'dateHint') }),
      choice('status', say(lang, 'status'), STATUSES.map((s) => [s, names.status(s)]), m.status || 'planned'),
    ),
    el(
      'fieldset',
      { class: 'entries' },
      el('legend', { text: say(lang, 'milestones') }),
      milestoneList,
      el('p', { class: 'field-error', id: `${id('milestones')}-error` }),
      el('button', {
        type: 'button',
        class: 'button button-secondary add-entry',
        text: say(lang, 'addMilestone'),
        onclick: () => addMilestone().querySelector('input')?.focus(),
      }),
    ),
    el(
      'fieldset',
      { class: 'entries' },
      el('legend', { text: say(lang, 'partners') }),
      partnerList,
      el('p', { class: 'field-error', id: `${id('partners')}-error` }),
      el('button', {
        type: 'button',
        class: 'button button-secondary add-entry',
        text: say(lang, 'addPartner'),
        onclick: () => addPartner().querySelector('select')?.focus(),
      }),
    ),
    el('div', { class: 'form-actions' }, saveButton, el('button', { type: 'button', class: 'button button-secondary', text: say(lang, 'cancel'), onclick: () => close(true) })),
  );
  summary.setAttribute('tabindex', '-1');

  function value(field) {
    const text = form.querySelector(`[data-field='${field}']`)?.value.trim();
    return text ? text : null;
  }

  /** The body as the API takes it: blank optional fields left out, entries in their order. */
  function read() {
    const body = {
      title: value('title'),
      owner: value('owner'),
      target: value('target'),
      starts: value('starts'),
      status: value('status'),
      milestones: [...milestoneList.children].map((row) => ({
        title: row.querySelector("[data-part='title']").value.trim(),
        date: row.querySelector("[data-part='date']").value.trim() || null,
        done: row.querySelector("[data-part='done']").checked,
      })),
      partners: [...partnerList.children].map((row) => {
        const name = row.querySelector("[data-part='name']").value.trim();
        return name ? { role: row.querySelector("[data-part='role']").value, name } : { role: row.querySelector("[data-part='role']").value };
      }),
    };
    if (value('description')) {
      body.description = value('description');
    }
    if (value('ends')) {
      body.ends = value('ends');
    }
    return body;
  }

  function clearErrors() {
    summary.hidden = true;
    for (const input of form.querySelectorAll('[aria-invalid]')) {
      input.removeAttribute('aria-invalid');
    }
    for (const message of form.querySelectorAll('.field-error')) {
      message.textContent = '';
    }
  }

  /** Marks each field the API names, says why beside it, and moves the focus to the first. */
  function showErrors(errors) {
    let first = null;
    for (const error of errors) {
      const input = form.querySelector(`[data-field='${CSS.escape(error.name)}']`);
      const message = form.querySelector(`#${CSS.escape(`${id(error.name)}-error`)}`);
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        first = first || input;
      }
      if (message) {
        message.textContent = reasonOf(lang, error.reason || '');
      }
    }
    summary.textContent = say(lang, 'refused');
    summary.hidden = false;
    (first || summary).focus();
  }

  return form;
}

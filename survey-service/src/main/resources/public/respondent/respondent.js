/**
 * The respondent page: loads the questionnaire behind the link in the address bar, leads the
 * respondent through its steps, saves and resumes drafts, switches language without losing what was
 * typed, and submits once, showing the server's verdict next to the fields it names.
 */
import { surveyApi } from './api.js';
import { el } from '../web/dom.js';
import { LANGUAGES, t, formatDate } from './strings.js';
import { languageSwitch } from '../web/languages.js';
import { buildForm } from './form.js';
import { checkField, fromServer } from './checks.js';
import { isAsked, readField, restore, snapshot, fromDraft, toBody } from './values.js';
import { showFieldError, clearFieldError, renderSummary, hideSummary } from './errors.js';
import { receiptPage, statusPage, statusTitle } from './pages.js';

const token = decodeURIComponent(window.location.pathname.split('/').filter(Boolean)[1] || '');
const api = surveyApi(token);
const main = document.getElementById('main');
const brand = document.getElementById('brand');
const languages = languageSwitch(document.getElementById('languages'), switchLanguage);
const requested = new URLSearchParams(window.location.search).get('lang');

const shellLanguage = LANGUAGES.find((code) => code === document.documentElement.lang) || 'nb';

const state = {
  lang: LANGUAGES.includes(requested) ? requested : shellLanguage,
  view: 'loading',
  busy: false,
  questionnaire: null,
  form: null,
  byKey: new Map(),
  step: 0,
  problems: new Map(),
  general: [],
  status: null,
  receipt: null,
  ui: {},
};

async function load(lang, carried) {
  state.busy = true;
  const answer = await api.questionnaire(lang);
  state.busy = false;
  if (answer.status === 200) {
    const questionnaire = answer.body;
    state.questionnaire = questionnaire;
    setLanguage(questionnaire.language);
    renderForm();
    if (carried) {
      restore(state.form.fields, carried);
    } else if (questionnaire.draft) {
      restore(state.form.fields, fromDraft(questionnaire.draft));
      state.ui.notice.replaceChildren(el('p', { text: t(state.lang, 'resumed') }));
      state.ui.notice.hidden = false;
    }
    showStep(state.step, false);
    showProblems(false);
  } else if (state.view === 'form' && (answer.status === 0 || answer.status >= 500)) {
    state.general = [{ text: t(state.lang, answer.status ? 'serverTrouble' : 'offline') }];
    showProblems(true);
  } else {
    setLanguage(lang || state.lang);
    showStatus(answer.status);
  }
}

function setLanguage(lang) {
  state.lang = lang;
  document.documentElement.lang = lang;
  brand.textContent = state.questionnaire ? state.questionnaire.municipality : t(lang, 'pageTitle');
  languages.show(lang);
}

function switchLanguage(lang) {
  if (state.busy || lang === state.lang) {
    return;
  }
  const url = new URL(window.location.href);
  url.searchParams.set('lang', lang);
  window.history.replaceState(null, '', url);
  if (state.view === 'form') {
    load(lang, snapshot(state.form.fields));
  } else {
    setLanguage(lang);
    if (state.view === 'receipt') {
      showReceipt(state.receipt);
    } else if (state.view === 'status') {
      showStatus(state.status);
    }
  }
}

function renderForm() {
  const q = state.questionnaire;
  const lang = state.lang;
  state.view = 'form';
  state.form = buildForm(q, lang);
  state.byKey = new Map(state.form.fields.map((field) => [field.key, field]));
  const ui = {
    progressLabel: el('p', { class: 'progress-label', id: 'progress-label' }),
    progress: el('progress', {
      id: 'progress',
      max: state.form.steps.length,
      value: 1,
      'aria-labelledby': 'progress-label',
    }),
    notice: el('div', { class: 'notice', id: 'notice', hidden: true }),
    summary: el('div', {
      class: 'error-summary',
      id: 'error-summary',
      tabindex: '-1',
      hidden: true,
      'aria-labelledby': 'error-summary-title',
    }),
    previous: el('button', {
      type: 'button',
      class: 'button button-secondary',
      id: 'previous',
      onclick: () => showStep(state.step - 1, true),
      text: t(lang, 'previous'),
    }),
    next: el('button', { type: 'submit', class: 'button', id: 'next' }),
    save: el('button', {
      type: 'button',
      class: 'button button-secondary',
      id: 'save-draft',
      onclick: saveDraft,
      text: t(lang, 'saveDraft'),
    }),
    saveStatus: el('div', { class: 'save-status', id: 'save-status', role: 'status' }),
  };
  state.ui = ui;
  const form = el(
    'form',
    { id: 'survey-form', novalidate: true, onsubmit: onSubmit, oninput: updateConditions, onchange: updateConditions },
    state.form.steps.map((step) => step.section),
    el('div', { class: 'actions' }, ui.previous, ui.next),
    el('div', { class: 'save' }, ui.save, ui.saveStatus),
  );
  const closes = t(lang, 'closes', { date: formatDate(lang, q.closes) });
  main.replaceChildren(
    el('h1', { class: 'page-title', text: q.title }),
    el('p', { class: 'closes', text: closes }),
    el('div', { class: 'progress' }, ui.progressLabel, ui.progress),
    ui.notice,
    ui.summary,
    form,
  );
}

function showStep(index, moveFocus) {
  const steps = state.form.steps;
  state.step = Math.max(0, Math.min(index, steps.length - 1));
  steps.forEach((step, i) => {
    step.section.hidden = i !== state.step;
  });
  const last = state.step === steps.length - 1;
  state.ui.progressLabel.textContent = stepLabel();
  state.ui.progress.value = state.step + 1;
  state.ui.previous.hidden = state.step === 0;
  state.ui.next.textContent = t(state.lang, last ? 'submit' : 'next');
  updateTitle();
  updateConditions();
  if (moveFocus) {
    window.scrollTo(0, 0);
    steps[state.step].heading.focus({ preventScroll: true });
  }
}

function stepLabel() {
  return t(state.lang, 'step', { n: state.step + 1, total: state.form.steps.length });
}

function updateTitle() {
  const prefix = state.problems.size || state.general.length ? `${t(state.lang, 'errorPrefix')} ` : '';
  const step = state.form.steps[state.step];
  document.title = `${prefix}${step.title} (${stepLabel()}) – ${state.questionnaire.title}`;
}

function updateConditions() {
  for (const field of state.form.fields) {
    if (field.when) {
      const asked = isAsked(field, state.byKey);
      field.wrapper.hidden = !asked;
      if (!asked && state.problems.delete(field.key)) {
        clearFieldError(field);
      }
    }
  }
}

function check(fields) {
  for (const field of fields) {
    state.problems.delete(field.key);
    if (isAsked(field, state.byKey)) {
      const problem = checkField(field, readField(field));
      if (problem) {
        state.problems.set(field.key, problem);
      }
    }
  }
  state.general = [];
}

function onSubmit(event) {
  event.preventDefault();
  if (state.busy) {
    return;
  }
  const last = state.step === state.form.steps.length - 1;
  check(last ? state.form.fields : state.form.fields.filter((field) => field.step === state.step));
  if (state.problems.size) {
    showFirstProblemStep();
    showProblems(true);
  } else if (last) {
    submit();
  } else {
    showProblems(false);
    showStep(state.step + 1, true);
  }
}

async function submit() {
  setBusy(true, 'sending');
  const answer = await api.submit(toBody(state.lang, state.form.fields, state.byKey));
  setBusy(false);
  if (answer.status === 201) {
    showReceipt(answer.body);
  } else if (answer.status === 400) {
    for (const error of answer.body?.errors || []) {
      if (state.byKey.has(error.field)) {
        state.problems.set(error.field, fromServer(error.message));
      } else {
        state.general.push({ problem: fromServer(`${error.field}: ${error.message}`) });
      }
    }
    if (!state.problems.size && !state.general.length) {
      state.general.push({ problem: fromServer(answer.body?.detail) });
    }
    showFirstProblemStep();
    showProblems(true);
  } else if ([404, 409, 410].includes(answer.status)) {
    showStatus(answer.status);
  } else {
    state.general = [{ text: t(state.lang, answer.status ? 'serverTrouble' : 'offline') }];
    showProblems(true);
  }
}

async function saveDraft() {
  if (state.busy) {
    return;
  }
  setBusy(true, 'saving');
  const answer = await api.saveDraft(toBody(state.lang, state.form.fields, state.byKey));
  setBusy(false);
  if ([404, 409, 410].includes(answer.status)) {
    showStatus(answer.status);
  } else if (answer.status === 204) {
    const link = `${window.location.origin}${window.location.pathname}`;
    state.ui.saveStatus.replaceChildren(
      el('p', { text: t(state.lang, 'saved') }),
      el('p', { class: 'link-box', text: link }),
    );
  } else {
    state.ui.saveStatus.replaceChildren(el('p', { class: 'save-failed', text: t(state.lang, 'saveFailed') }));
  }
}

function setBusy(busy, what) {
  state.busy = busy;
  const { next, save } = state.ui;
  next.disabled = busy;
  save.disabled = busy;
  if (busy) {
    (what === 'saving' ? save : next).textContent = t(state.lang, what);
  } else {
    save.textContent = t(state.lang, 'saveDraft');
    showStep(state.step, false);
  }
}

function showFirstProblemStep() {
  const first = state.form.fields.find((field) => state.problems.has(field.key));
  if (first && first.step !== state.step) {
    showStep(first.step, false);
  }
}

function showProblems(moveFocus) {
  const lang = state.lang;
  const listed = [];
  for (const field of state.form.fields) {
    const problem = state.problems.get(field.key);
    if (problem) {
      showFieldError(field, problem, lang);
      listed.push({ field, problem });
    } else {
      clearFieldError(field);
    }
  }
  listed.push(...state.general.map((entry) => ({ field: null, ...entry })));
  updateTitle();
  if (!listed.length) {
    hideSummary(state.ui.summary);
    return;
  }
  renderSummary(state.ui.summary, listed, lang, (field) => {
    if (field.step !== state.step) {
      showStep(field.step, false);
    }
    field.wrapper.scrollIntoView({ block: 'start' });
    field.inputs[0].focus({ preventScroll: true });
  });
  if (moveFocus) {
    window.scrollTo(0, 0);
    state.ui.summary.focus({ preventScroll: true });
  }
}

function showReceipt(receipt) {
  state.view = 'receipt';
  state.receipt = receipt;
  main.replaceChildren(...receiptPage(receipt, state.lang));
  document.title = t(state.lang, 'receiptTitle');
  window.scrollTo(0, 0);
  main.querySelector('h1').focus();
}

function showStatus(status) {
  state.view = 'status';
  state.status = status;
  main.replaceChildren(...statusPage(status, state.lang, () => load(state.lang)).filter(Boolean));
  document.title = statusTitle(status, state.lang);
  main.querySelector('h1').focus();
}

setLanguage(state.lang);
load(LANGUAGES.includes(requested) ? requested : null);

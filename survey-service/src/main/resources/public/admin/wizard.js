/**
 * The new-survey wizard: pick modules from the catalogue, see the questionnaire exactly as
 * respondents will (the respondent page's own form code, read-only) in nynorsk, bokmål or English,
 * set the window in the municipality's dates, and create the survey.
 */
import { el } from '../web/dom.js';
import { LANGUAGES } from '../web/languages.js';
import { buildForm } from '../respondent/form.js';
import { t, failure } from './strings.js';

const LANGUAGE_LABELS = { nn: 'Nynorsk', nb: 'Bokmål', en: 'English' };

export function wizardView(app) {
  const state = {
    modules: null,
    chosen: new Set(),
    title: '',
    wave: '',
    opens: '',
    closes: '',
    preview: null,
    previewLang: null,
    errors: [],
    message: null,
  };

  function read() {
    const main = app.main;
    state.chosen = new Set([...main.querySelectorAll('input[name="module"]:checked')].map((i) => i.value));
    for (const key of ['title', 'wave', 'opens', 'closes']) {
      state[key] = main.querySelector(`#round-${key}`).value.trim();
    }
  }

  async function preview(lang) {
    read();
    if (!state.chosen.size) {
      state.errors = [{ field: 'modules', message: t(app.lang, 'modulesHint') }];
      view.render();
      return;
    }
    const answer = await app.api.preview({
      municipality: app.municipality,
      modules: [...state.chosen],
      title: state.title || t(app.lang, 'wizardTitle'),
      closes: state.closes || null,
      lang,
    });
    if (answer.status === 200) {
      state.preview = answer.body;
      state.previewLang = lang;
      state.errors = [];
    } else {
      state.errors = answer.body?.errors || [{ field: '', message: failure(app.lang, answer) }];
    }
    view.render();
    app.main.querySelector(state.preview ? '#preview-title' : '#wizard-errors')?.focus();
  }

  async function create(event) {
    event.preventDefault();
    read();
    const answer = await app.api.createRound({
      municipality: app.municipality,
      title: state.title,
      wave: state.wave,
      modules: [...state.chosen],
      opens: state.opens || null,
      closes: state.closes || null,
    });
    if (answer.status === 201) {
      app.go(`round/${encodeURIComponent(answer.body.id)}`);
      return;
    }
    state.errors = answer.body?.errors?.length ? answer.body.errors : [{ field: '', message: failure(app.lang, answer) }];
    view.render();
    app.main.querySelector('#wizard-errors')?.focus();
  }

  function previewBlock(lang) {
    if (!state.preview) {
      return null;
    }
    const q = state.preview;
    const form = buildForm(q, q.language);
    const steps = form.steps.map((step) => {
      step.section.hidden = false;
      return step.section;
    });
    return el('section', { class: 'preview', 'aria-labelledby': 'preview-title', lang: q.language },
      el('h2', { id: 'preview-title', tabindex: '-1', text: `${t(lang, 'previewTitle')} (${LANGUAGE_LABELS[q.language]})` }),
      el('p', { class: 'notice', text: t(lang, 'previewNote') }),
      el('div', { class: 'respondent-preview', id: 'questionnaire-preview' },
        el('p', { class: 'preview-title', text: q.title }),
        el('fieldset', { class: 'preview-form', disabled: true }, el('legend', { class: 'visually-hidden', text: t(lang, 'previewTitle') }), steps)));
  }

  const field = (id, label, attrs, hint) =>
    el('div', { class: 'field' },
      el('label', { for: id, text: label }),
      hint ? el('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null,
      el('input', { id, 'aria-describedby': hint ? `${id}-hint` : null, 'aria-invalid': state.errors.some((e) => e.field === id.replace('round-', '')) ? 'true' : null, ...attrs }));

  const view = {
    render() {
      if (app.main.querySelector('#wizard')) {
        read();
      }
      const lang = app.lang;
      document.title = `${t(lang, 'wizardTitle')} – ${t(lang, 'pageTitle')}`;
      const modules = state.modules || [];
      const parts = [
        app.navigation('new'),
        el('h1', { class: 'page-title', tabindex: '-1', text: t(lang, 'wizardTitle') }),
        state.errors.length
          ? el('div', { class: 'error-box', id: 'wizard-errors', tabindex: '-1', role: 'alert' },
              el('ul', {}, state.errors.map((e) => el('li', { text: e.field ? `${e.field}: ${e.message}` : e.message }))))
          : null,
        el('form', { id: 'wizard', novalidate: true, onsubmit: create },
          el('fieldset', { class: 'module-choice' },
            el('legend', { text: t(lang, 'modules') }),
            modules.map((m) =>
              el('div', { class: 'option-inline' },
                el('input', { type: 'checkbox', name: 'module', id: `module-${m.id}`, value: m.id, checked: state.chosen.has(m.id) }),
                el('label', { for: `module-${m.id}`, text: `${m.names?.[lang] || m.id} (${m.id})` })))),
          el('div', { class: 'controls' },
            field('round-title', t(lang, 'title'), { type: 'text', value: state.title, maxlength: 200 }),
            field('round-wave', t(lang, 'wave'), { type: 'text', value: state.wave, placeholder: '2026-autumn' })),
          el('div', { class: 'controls' },
            field('round-opens', t(lang, 'opens'), { type: 'date', value: state.opens }, null),
            field('round-closes', t(lang, 'closes'), { type: 'date', value: state.closes }, null)),
          el('p', { class: 'hint', text: t(lang, 'timeZoneHint') }),
          el('div', { class: 'controls' },
            el('span', { class: 'controls-label', id: 'preview-in', text: t(lang, 'previewIn') }),
            LANGUAGES.map((code) =>
              el('button', { type: 'button', class: 'button button-secondary', id: `preview-${code}`, lang: code, 'aria-describedby': 'preview-in', onclick: () => preview(code), text: LANGUAGE_LABELS[code] }))),
          el('button', { type: 'submit', class: 'button', id: 'create-round', text: t(lang, 'create') })),
        previewBlock(lang),
      ];
      app.main.replaceChildren(...parts.filter(Boolean));
    },
    async start() {
      view.render();
      const answer = await app.api.instruments();
      if (answer.status === 200) {
        state.modules = answer.body;
      } else {
        state.errors = [{ field: '', message: failure(app.lang, answer) }];
      }
      if (app.isCurrent(view)) {
        read();
        view.render();
      }
    },
  };
  return view;
}

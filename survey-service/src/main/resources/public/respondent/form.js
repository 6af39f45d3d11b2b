/**
 * Renders the questionnaire as steps of plain, labelled form controls (background, each module,
 * comments) and describes every field by its API path, so values and errors map straight back.
 */
import { el, domId } from '../web/dom.js';
import { t } from './strings.js';

export function buildForm(questionnaire, lang) {
  const fields = [];
  const steps = [];

  const addStep = (title, intro, questions) => {
    const index = steps.length;
    const heading = el('h2', { class: 'step-title', tabindex: '-1', text: title });
    const section = el('section', { class: 'step', hidden: true }, heading, intro);
    for (const [key, question] of questions) {
      const field = renderField(key, question, lang);
      field.step = index;
      fields.push(field);
      section.append(field.wrapper);
    }
    steps.push({ title, section, heading });
    return section;
  };

  addStep(
    t(lang, 'backgroundStep'),
    [
      el('p', { class: 'lead', text: t(lang, 'anonymous') }),
      el('p', { text: t(lang, 'backgroundIntro') }),
    ],
    questionnaire.background.map((q) => [`background.${q.id}`, { ...q, required: false }]),
  );
  for (const module of questionnaire.modules) {
    const anyRequired = module.items.some((item) => item.required);
    addStep(
      module.name,
      anyRequired ? el('p', { class: 'hint', text: t(lang, 'requiredNote') }) : null,
      module.items.map((item) => [`answers.${item.id}`, item]),
    );
  }
  const finish = addStep(
    t(lang, 'finishStep'),
    null,
    questionnaire.modules.map((module) => [
      `comments.${module.id}`,
      { type: 'comment', text: t(lang, 'commentLabel', { module: module.name }), max: questionnaire.maxCommentLength },
    ]),
  );
  finish.append(el('p', { class: 'lead', text: t(lang, 'finishIntro') }));

  for (const field of fields) {
    if (field.when) {
      field.when = { ...field.when, key: `answers.${field.when.item}` };
    }
  }
  return { steps, fields };
}

function renderField(key, question, lang) {
  switch (question.type) {
    case 'integer':
      return numberField(key, question, lang);
    case 'comment':
      return commentField(key, question, lang);
    case 'multi':
      return groupField(key, question, lang, 'checkbox');
    default:
      return question.choices ? groupField(key, question, lang, 'radio') : numberField(key, question, lang);
  }
}

function requiredMark(question, lang) {
  return question.required ? [' ', el('strong', { class: 'required', text: t(lang, 'required') })] : [];
}

function numberField(key, question, lang) {
  const id = domId(key);
  const hint = el('p', { class: 'hint', id: `${id}-hint`, text: t(lang, 'numberHint', question) });
  const error = el('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const input = el('input', {
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    id,
    name: key,
    class: 'input-number',
    required: question.required,
    'aria-describedby': hint.id,
    'data-min': question.min,
    'data-max': question.max,
  });
  const label = el('label', { class: 'question-text', for: id }, question.text, requiredMark(question, lang));
  const wrapper = el('div', { class: 'question', id: `${id}-question` }, label, hint, error, input);
  return field(key, 'number', question, { wrapper, inputs: [input], error, described: input, hints: [hint.id] });
}

function commentField(key, question, lang) {
  const id = domId(key);
  const hint = el('p', { class: 'hint', id: `${id}-hint`, text: t(lang, 'commentHint', question) });
  const error = el('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const input = el('textarea', { id, name: key, rows: 5, maxlength: question.max, 'aria-describedby': hint.id });
  const label = el('label', { class: 'question-text', for: id, text: question.text });
  const wrapper = el('div', { class: 'question', id: `${id}-question` }, label, hint, error, input);
  return field(key, 'text', question, { wrapper, inputs: [input], error, described: input, hints: [hint.id] });
}

function groupField(key, question, lang, type) {
  const id = domId(key);
  const error = el('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const inputs = [];
  const options = question.choices.map((choice) => {
    const optionId = `${id}-${domId(choice.value)}`;
    const input = el('input', { type, id: optionId, name: key, value: choice.value });
    inputs.push(input);
    return el('div', { class: 'option' }, input, el('label', { for: optionId, text: choice.label }));
  });
  const legend = el('legend', { class: 'question-text' }, question.text, requiredMark(question, lang));
  const list = el('div', { class: 'options' }, options);
  const wrapper = el('fieldset', { class: 'question', id: `${id}-question` }, legend, error, list);
  const result = field(key, type, question, { wrapper, inputs, error, described: wrapper, hints: [] });
  if (type === 'radio' && !question.required) {
    const clear = el('button', { type: 'button', class: 'link-button', hidden: true, text: t(lang, 'clearAnswer') });
    const update = () => {
      clear.hidden = !inputs.some((input) => input.checked);
    };
    clear.addEventListener('click', () => {
      inputs.forEach((input) => {
        input.checked = false;
      });
      update();
      inputs[0].focus();
    });
    wrapper.addEventListener('change', update);
    wrapper.append(clear);
    result.refresh = update;
  }
  return result;
}

function field(key, kind, question, parts) {
  return {
    key,
    kind,
    label: question.text,
    required: Boolean(question.required),
    numeric: question.type === 'integer' || question.type === 'scale',
    min: question.min,
    max: question.max,
    when: question.askedWhen || null,
    refresh: () => {},
    ...parts,
  };
}

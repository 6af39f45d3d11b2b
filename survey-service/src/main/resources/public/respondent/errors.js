/**
 * Shows problems the accessible way: next to their field (aria-invalid, aria-describedby) and in a
 * summary at the top whose links lead to each field, so no one depends on colour or on seeing it.
 */
import { el } from '../web/dom.js';
import { t } from './strings.js';

export function message(problem, lang) {
  return t(lang, `error.${problem.code}`, problem.params || {});
}

export function showFieldError(field, problem, lang) {
  field.error.replaceChildren(
    el('span', { class: 'visually-hidden', text: `${t(lang, 'errorPrefix')} ` }),
    message(problem, lang),
  );
  field.error.hidden = false;
  field.wrapper.classList.add('has-error');
  field.described.setAttribute('aria-describedby', [...field.hints, field.error.id].join(' '));
  field.inputs.forEach((input) => input.setAttribute('aria-invalid', 'true'));
}

export function clearFieldError(field) {
  field.error.replaceChildren();
  field.error.hidden = true;
  field.wrapper.classList.remove('has-error');
  if (field.hints.length) {
    field.described.setAttribute('aria-describedby', field.hints.join(' '));
  } else {
    field.described.removeAttribute('aria-describedby');
  }
  field.inputs.forEach((input) => input.removeAttribute('aria-invalid'));
}

/**
 * Fills the summary with one line per problem: a link to the field, or plain text for a problem
 * that belongs to no field; onLink(field) brings the field into view.
 */
export function renderSummary(container, problems, lang, onLink) {
  const items = problems.map(({ field, problem, text }) => {
    if (!field) {
      return el('li', { text: text ?? message(problem, lang) });
    }
    const link = el('a', { href: `#${field.inputs[0].id}`, text: `${field.label} – ${message(problem, lang)}` });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      onLink(field);
    });
    return el('li', {}, link);
  });
  container.replaceChildren(
    el(
      'div',
      { role: 'alert' },
      el('h2', { class: 'error-summary-title', id: 'error-summary-title', text: t(lang, 'errorSummary') }),
      el('ul', { class: 'error-summary-list' }, items),
    ),
  );
  container.hidden = false;
}

export function hideSummary(container) {
  container.replaceChildren();
  container.hidden = true;
}

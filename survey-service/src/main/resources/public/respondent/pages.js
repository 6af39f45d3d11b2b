/**
 * The pages that take the form's place: the receipt after a submission, and plain-language answers
 * to an unknown, used or closed link or an unreachable server, each with a heading that takes focus.
 */
import { el } from '../web/dom.js';
import { t, formatDate } from './strings.js';

const STATUS_TEXTS = {
  404: ['notFoundTitle', 'notFoundBody'],
  409: ['usedTitle', 'usedBody'],
  410: ['closedTitle', 'closedBody'],
};

export function receiptPage(receipt, lang) {
  return [
    el(
      'div',
      { class: 'panel panel-success' },
      el('h1', { class: 'page-title', tabindex: '-1', text: t(lang, 'receiptTitle') }),
      el('p', { class: 'receipt-label', text: t(lang, 'receiptCode') }),
      el('p', { class: 'receipt-code', id: 'receipt-code', text: receipt.receipt }),
    ),
    el('p', { text: t(lang, 'receiptDate', { date: formatDate(lang, receipt.submittedOn) }) }),
    el('p', { text: t(lang, 'receiptAnonymous') }),
    el('p', { text: t(lang, 'receiptClose') }),
  ];
}

/** The page for a link the API refused (404, 409, 410), or for a failed connection (status 0). */
export function statusPage(status, lang, onRetry) {
  const [title, body] = STATUS_TEXTS[status] || [null, status === 0 ? 'offline' : 'serverTrouble'];
  return [
    el('h1', { class: 'page-title', tabindex: '-1', text: title ? t(lang, title) : t(lang, 'pageTitle') }),
    el('p', { class: 'lead', text: t(lang, body) }),
    title ? null : el('button', { type: 'button', class: 'button', onclick: onRetry, text: t(lang, 'retry') }),
  ];
}

export function statusTitle(status, lang) {
  return STATUS_TEXTS[status] ? t(lang, STATUS_TEXTS[status][0]) : t(lang, 'pageTitle');
}

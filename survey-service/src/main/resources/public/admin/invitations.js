/**
 * The invitation channels of an open or coming survey: printed letters with QR codes, a CSV of
 * links, e-mails, and reminders (now, or on a schedule). Each panel says what it did; addresses
 * are sent to the server and not kept in the page.
 */
import { el } from '../web/dom.js';
import { LANGUAGES } from '../web/languages.js';
import { t, failure, formatDate } from './strings.js';

const LANGUAGE_LABELS = { nn: 'Nynorsk', nb: 'Bokmål', en: 'English' };

function unitSelect(id, units, lang) {
  return el('div', { class: 'field' },
    el('label', { for: id, text: t(lang, 'unit') }),
    el('select', { id }, units.filter((u) => u.headcount > 0).map((u) => el('option', { value: u.code, text: `${u.name} (${u.code})` }))));
}

function countField(id, lang) {
  return el('div', { class: 'field' },
    el('label', { for: id, text: t(lang, 'count') }),
    el('input', { type: 'number', id, min: 1, max: 2000, value: 1, class: 'input-count' }));
}

function status(id, message) {
  return el('div', { id, role: 'status', class: message ? `message message-${message.kind}` : 'message' }, message?.text || '');
}

export function invitationPanels(app, round, units, memory) {
  const lang = app.lang;
  const id = round.id;
  const main = app.main;
  const value = (selector) => main.querySelector(selector).value;
  const say = (key, message, selector) => {
    memory[key] = message;
    main.querySelector(selector).replaceWith(status(selector.slice(1), message));
  };
  const downloaded = (answer) =>
    answer.status === 200
      ? { kind: 'success', text: t(app.lang, 'downloaded', { file: answer.file }) }
      : { kind: 'error', text: t(app.lang, 'downloadFailed', { detail: answer.problem?.detail || failure(app.lang, answer) }) };
  const refusedText = (refused) =>
    refused?.length ? ` ${t(app.lang, 'refused', { list: refused.map((r) => `${r.address} (${r.error})`).join('; ') })}` : '';

  const letters = el('section', { class: 'panel-box', 'aria-labelledby': 'letters-title' },
    el('h3', { id: 'letters-title', text: t(lang, 'lettersTitle') }),
    el('p', { class: 'hint', text: t(lang, 'lettersIntro') }),
    el('div', { class: 'controls' },
      unitSelect('letters-unit', units, lang),
      countField('letters-count', lang),
      el('div', { class: 'field' }, el('label', { for: 'letters-lang', text: t(lang, 'language') }),
        el('select', { id: 'letters-lang' }, LANGUAGES.map((code) => el('option', { value: code, lang: code, selected: code === lang, text: LANGUAGE_LABELS[code] })))),
      el('button', { type: 'button', class: 'button', id: 'download-letters', text: t(lang, 'downloadLetters'), onclick: async () => {
        const answer = await app.api.letters(id, value('#letters-unit'), value('#letters-count'), value('#letters-lang'));
        say('letters', downloaded(answer), '#letters-status');
      } })),
    status('letters-status', memory.letters));

  const csv = el('section', { class: 'panel-box', 'aria-labelledby': 'csv-title' },
    el('h3', { id: 'csv-title', text: t(lang, 'csvTitle') }),
    el('p', { class: 'hint', text: t(lang, 'csvIntro') }),
    el('div', { class: 'controls' },
      unitSelect('csv-unit', units, lang),
      countField('csv-count', lang),
      el('button', { type: 'button', class: 'button', id: 'download-csv', text: t(lang, 'downloadCsv'), onclick: async () => {
        const answer = await app.api.linksCsv(id, value('#csv-unit'), value('#csv-count'));
        say('csv', downloaded(answer), '#csv-status');
      } })),
    status('csv-status', memory.csv));

  const email = el('section', { class: 'panel-box', 'aria-labelledby': 'email-title' },
    el('h3', { id: 'email-title', text: t(lang, 'emailTitle') }),
    el('p', { class: 'hint', id: 'email-intro', text: t(lang, 'emailIntro') }),
    el('div', { class: 'controls' },
      unitSelect('email-unit', units, lang),
      el('div', { class: 'field field-wide' }, el('label', { for: 'email-addresses', text: t(lang, 'addresses') }),
        el('textarea', { id: 'email-addresses', rows: 4, 'aria-describedby': 'email-intro', spellcheck: 'false' })),
      el('button', { type: 'button', class: 'button', id: 'send-emails', text: t(lang, 'sendEmails'), onclick: async () => {
        const addresses = value('#email-addresses').split(/[\s,;]+/).map((a) => a.trim()).filter(Boolean);
        const answer = await app.api.emails(id, value('#email-unit'), addresses);
        if (answer.status === 200 || answer.status === 201) {
          main.querySelector('#email-addresses').value = '';
          say('email', { kind: answer.body.refused?.length ? 'error' : 'success', text: t(app.lang, 'emailsSent', answer.body) + refusedText(answer.body.refused) }, '#email-status');
        } else {
          say('email', { kind: 'error', text: failure(app.lang, answer) }, '#email-status');
        }
      } })),
    status('email-status', memory.email));

  const scheduleInfo = el('p', { id: 'schedule-days', class: 'hint', text: memory.scheduleText || '' });
  const showSchedule = (s) => {
    memory.schedule = s;
    const days = (s.sendDays || []).map((d) => formatDate(app.lang, d)).join(', ');
    memory.scheduleText = days ? t(app.lang, 'scheduleDays', { days }) : t(app.lang, 'scheduleNone');
    const box = main.querySelector('#schedule-days');
    if (box) {
      box.textContent = memory.scheduleText;
    }
  };
  if (!memory.schedule) {
    memory.schedule = {};
    app.api.schedule(id).then((answer) => {
      if (answer.status === 200) {
        showSchedule(answer.body);
        const halfway = main.querySelector('#schedule-halfway');
        if (halfway) {
          halfway.checked = Boolean(answer.body.halfway);
          main.querySelector('#schedule-before').value = (answer.body.daysBeforeDeadline || []).join(', ');
        }
      }
    });
  }
  const reminders = el('section', { class: 'panel-box', 'aria-labelledby': 'reminders-title' },
    el('h3', { id: 'reminders-title', text: t(lang, 'remindersTitle') }),
    el('p', { class: 'hint', text: t(lang, 'remindersIntro') }),
    el('div', { class: 'controls' },
      el('button', { type: 'button', class: 'button', id: 'send-reminders', text: t(lang, 'sendReminders'), onclick: async () => {
        const answer = await app.api.reminders(id);
        say('reminders', answer.status === 200
          ? { kind: 'success', text: t(app.lang, 'remindersSent', answer.body) + refusedText(answer.body.refused) }
          : { kind: 'error', text: failure(app.lang, answer) }, '#reminders-status');
      } })),
    status('reminders-status', memory.reminders),
    el('form', { class: 'controls', novalidate: true, onsubmit: async (event) => {
      event.preventDefault();
      const before = value('#schedule-before').split(/[\s,;]+/).filter(Boolean).map(Number);
      const answer = await app.api.setSchedule(id, { halfway: main.querySelector('#schedule-halfway').checked, daysBeforeDeadline: before });
      if (answer.status === 200) {
        showSchedule(answer.body);
        say('scheduleSaved', { kind: 'success', text: t(app.lang, 'scheduleSaved') }, '#schedule-status');
      } else {
        say('scheduleSaved', { kind: 'error', text: failure(app.lang, answer) }, '#schedule-status');
      }
    } },
      el('div', { class: 'option-inline' },
        el('input', { type: 'checkbox', id: 'schedule-halfway', checked: Boolean(memory.schedule?.halfway) }),
        el('label', { for: 'schedule-halfway', text: t(lang, 'scheduleHalfway') })),
      el('div', { class: 'field' }, el('label', { for: 'schedule-before', text: t(lang, 'scheduleDaysBefore') }),
        el('input', { type: 'text', id: 'schedule-before', inputmode: 'numeric', value: (memory.schedule?.daysBeforeDeadline || []).join(', ') })),
      el('button', { type: 'submit', class: 'button button-secondary', id: 'save-schedule', text: t(lang, 'saveSchedule') })),
    scheduleInfo,
    status('schedule-status', memory.scheduleSaved));

  return el('section', { class: 'invitations', 'aria-labelledby': 'invitations-title' },
    el('h2', { id: 'invitations-title', text: t(lang, 'invitationsTitle') }),
    el('div', { class: 'panel-grid' }, letters, email, reminders, csv));
}

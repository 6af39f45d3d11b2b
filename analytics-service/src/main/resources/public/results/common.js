/** Pieces the HR and network views share: messages for failed calls, scales, downloads. */
import { el } from '../web/dom.js';
import { t } from './strings.js';

/** What to say about an answer that is not 2xx. */
export function failure(lang, answer) {
  if (answer.status === 0) {
    return t(lang, 'offline');
  }
  if (answer.status === 403) {
    return t(lang, 'forbidden');
  }
  if (answer.status < 500 && answer.body?.detail) {
    return answer.body.detail;
  }
  return t(lang, 'serverTrouble', { status: answer.status });
}

/** The indicator catalogue by id. */
export function catalogueById(list) {
  return new Map((list || []).map((entry) => [entry.id, entry]));
}

export function indicatorName(lang, catalogue, id) {
  return catalogue.get(id)?.names?.[lang] || id;
}

/** The axis of an indicator's chart, from its unit and the values to show. */
export function scaleFor(unit, values) {
  switch (unit) {
    case 'percent':
    case 'score_0_100':
      return { min: 0, max: 100 };
    case 'share':
    case 'alpha':
      return { min: 0, max: 1 };
    case 'score_1_5':
      return { min: 1, max: 5 };
    case 'score_1_10':
      return { min: 1, max: 10 };
    default: {
      const top = Math.max(0, ...values.filter((v) => typeof v === 'number'));
      return { min: 0, max: niceCeiling(top * 1.1 || 1) };
    }
  }
}

function niceCeiling(value) {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map((step) => step * magnitude).find((candidate) => candidate >= value);
}

/** Indicators with one value per group that a chart can show, in catalogue order. */
export function chartable(entry) {
  return (
    entry &&
    entry.source === 'survey' &&
    entry.unit !== 'distribution' &&
    entry.unit !== 'count' &&
    !entry.id.endsWith('_alpha') &&
    !entry.id.endsWith('_100')
  );
}

/** A report's buttons, one per format; each fetches with the token and saves the file. */
export function reportButtons({ lang, title, path, fileStem, api, status, disabledText }) {
  const formats = ['pdf', 'xlsx', 'csv'];
  const group = el('div', { class: 'report' }, el('p', { class: 'report-title', text: title }));
  if (disabledText) {
    group.append(el('p', { class: 'hint', text: disabledText }));
    return group;
  }
  const buttons = el('div', { class: 'report-buttons' });
  for (const format of formats) {
    buttons.append(
      el('button', {
        type: 'button',
        class: 'button button-secondary',
        'data-format': format,
        'aria-label': `${t(lang, 'download', { format: format.toUpperCase() })}: ${title}`,
        text: format.toUpperCase(),
        onclick: async (event) => {
          const button = event.currentTarget;
          const file = `${fileStem}.${format}`;
          button.disabled = true;
          status.textContent = t(lang, 'downloading', { file });
          const answer = await api.download(`${path}&format=${format}&lang=${lang}`, file);
          button.disabled = false;
          if (answer.status === 200) {
            status.textContent = t(lang, 'downloaded', { file: answer.file });
            status.dataset.file = answer.file;
          } else if (answer.status !== 401) {
            status.textContent = t(lang, 'downloadFailed', {
              detail: answer.problem?.detail || failure(lang, { status: answer.status }),
            });
          }
        },
      }),
    );
  }
  group.append(buttons);
  return group;
}

/**
 * The start of a view: the document title, the focusable heading and any error, as every view
 * draws them.
 */
export function viewHeading(lang, title, error) {
  document.title = `${title} – ${t(lang, 'pageTitle')}`;
  const parts = [el('h1', { class: 'page-title', tabindex: '-1', text: title })];
  if (error) {
    parts.push(el('p', { class: 'error', role: 'alert', text: error }));
  }
  return parts;
}

/** Draws the view again and puts the focus where the user's last action asked for it. */
export function renderAndFocus(render, main, focusSelector) {
  render();
  if (focusSelector) {
    main.querySelector(focusSelector)?.focus();
  }
}

/**
 * The municipality's surveys, and one survey: its live response rate per unit (refreshed while it
 * is open), the link to its results, extending and closing it, and the invitation channels.
 * The console shows how many answered, never who.
 */
import { el } from '../web/dom.js';
import { t, failure, formatDate, formatRate } from './strings.js';
import { invitationPanels } from './invitations.js';
import { treeOrder } from './units.js';

const REFRESH_MS = 10000;

export function roundsView(app) {
  const state = { list: null, error: null };
  const view = {
    render() {
      const lang = app.lang;
      document.title = `${t(lang, 'roundsTitle')} – ${t(lang, 'pageTitle')}`;
      const parts = [app.navigation('rounds'), el('h1', { class: 'page-title', tabindex: '-1', text: t(lang, 'roundsTitle') })];
      if (state.error) {
        parts.push(el('p', { class: 'error', role: 'alert', text: state.error }));
      }
      if (state.list && !state.list.rounds.length) {
        parts.push(el('p', { text: t(lang, 'noRounds') }));
      } else if (state.list) {
        parts.push(
          el('div', { class: 'table-wrap' },
            el('table', { class: 'data-table', id: 'round-table' },
              el('caption', { class: 'visually-hidden', text: t(lang, 'roundsTitle') }),
              el('thead', {}, el('tr', {}, ['title', 'wave', 'opens', 'closes', 'phase'].map((k) => el('th', { scope: 'col', text: t(lang, k) })))),
              el('tbody', {}, state.list.rounds.map((r) =>
                el('tr', { 'data-round': r.id },
                  el('th', { scope: 'row' }, el('a', { href: `#round/${encodeURIComponent(r.id)}`, text: r.title })),
                  el('td', { text: r.wave }),
                  el('td', { text: formatDate(lang, r.opens) }),
                  el('td', { text: formatDate(lang, r.closes) }),
                  el('td', {}, el('span', { class: `phase phase-${r.phase}`, text: t(lang, `phase_${r.phase}`) }))))))));
      }
      app.main.replaceChildren(...parts);
    },
    async start() {
      view.render();
      const answer = await app.api.rounds(app.municipality);
      if (answer.status === 200) {
        state.list = answer.body;
      } else {
        state.error = failure(app.lang, answer);
      }
      if (app.isCurrent(view)) {
        view.render();
      }
    },
  };
  return view;
}

export function roundView(app, id) {
  const state = { round: null, progress: null, units: null, error: null, message: null, confirming: false, updated: null, invitations: {} };
  let timer = null;

  async function load() {
    const [round, progress] = await Promise.all([app.api.round(id), app.api.progress(id)]);
    if (round.status === 200 && progress.status === 200) {
      state.round = round.body;
      state.progress = progress.body;
      state.updated = new Date();
      state.error = null;
    } else {
      state.error = failure(app.lang, round.status !== 200 ? round : progress);
    }
    if (!state.units) {
      const units = await app.api.units(app.municipality);
      state.units = units.status === 200 ? units.body.units : [];
    }
    if (app.isCurrent(view)) {
      view.renderKeepingFocus();
    }
    schedule();
  }

  function schedule() {
    clearTimeout(timer);
    if (state.round?.phase === 'open' && app.isCurrent(view)) {
      timer = setTimeout(load, REFRESH_MS);
    }
  }

  function progressTable(lang) {
    const p = state.progress;
    const byCode = new Map(p.units.map((u) => [u.unit, u]));
    const ordered = treeOrder(state.units || []).filter(({ unit }) => byCode.has(unit.code));
    const listed = ordered.length ? ordered : p.units.map((u) => ({ unit: { code: u.unit }, depth: 0 }));
    const cells = (row) => [
      el('td', { class: 'number', text: row.headcount }),
      el('td', { class: 'number', text: row.invited }),
      el('td', { class: 'number', text: row.submitted }),
      el('td', { class: 'number rate', text: formatRate(lang, row.responseRate) }),
    ];
    return el('div', { class: 'table-wrap' },
      el('table', { class: 'data-table', id: 'progress-table' },
        el('caption', { class: 'visually-hidden', text: t(lang, 'progressTitle') }),
        el('thead', {}, el('tr', {}, ['unit', 'headcount', 'invited', 'submitted', 'rate'].map((k) => el('th', { scope: 'col', text: t(lang, k) })))),
        el('tbody', {}, listed.map(({ unit, depth }) => {
          const row = byCode.get(unit.code);
          return el('tr', { 'data-unit': row.unit }, el('th', { scope: 'row', class: `depth-${Math.min(depth, 6)}`, text: row.name }), cells(row));
        })),
        el('tfoot', {}, el('tr', { 'data-unit': '' }, el('th', { scope: 'row', text: t(lang, 'total') }), cells(p)))));
  }

  function extendForm(lang) {
    const r = state.round;
    if (r.phase === 'closed') {
      return null;
    }
    return el('section', { class: 'panel-box', 'aria-labelledby': 'extend-title' },
      el('h2', { id: 'extend-title', text: t(lang, 'extendTitle') }),
      el('form', { class: 'controls', novalidate: true, onsubmit: async (event) => {
        event.preventDefault();
        const closes = app.main.querySelector('#new-closes').value;
        const answer = await app.api.extend(id, closes);
        state.message = answer.status === 200
          ? { kind: 'success', text: t(app.lang, 'extended', { date: formatDate(app.lang, answer.body.closes) }) }
          : { kind: 'error', text: failure(app.lang, answer) };
        await load();
        app.main.querySelector('#round-status')?.focus();
      } },
      el('div', { class: 'field' }, el('label', { for: 'new-closes', text: t(lang, 'newCloses') }),
        el('input', { type: 'date', id: 'new-closes', min: r.closes, 'aria-describedby': 'tz-hint' })),
      el('button', { type: 'submit', class: 'button', id: 'extend', text: t(lang, 'extend') }),
      el('p', { class: 'hint', id: 'tz-hint', text: t(lang, 'timeZoneHint') })));
  }

  function closeBlock(lang) {
    if (state.round.phase === 'closed') {
      return null;
    }
    const closeNow = async () => {
      const answer = await app.api.close(id);
      state.confirming = false;
      state.message = answer.status === 200 ? { kind: 'success', text: t(app.lang, 'closedNow') } : { kind: 'error', text: failure(app.lang, answer) };
      await load();
      app.main.querySelector('#round-status')?.focus();
    };
    const buttons = state.confirming
      ? [el('button', { type: 'button', class: 'button button-danger', id: 'confirm-close', onclick: closeNow, text: t(lang, 'confirmClose') }),
         el('button', { type: 'button', class: 'button button-secondary', id: 'cancel-close', onclick: () => { state.confirming = false; view.render(); app.main.querySelector('#close-round')?.focus(); }, text: t(lang, 'cancel') })]
      : [el('button', { type: 'button', class: 'button button-secondary', id: 'close-round', onclick: () => { state.confirming = true; view.render(); app.main.querySelector('#confirm-close')?.focus(); }, text: t(lang, 'close') })];
    return el('section', { class: 'panel-box', 'aria-labelledby': 'close-title' },
      el('h2', { id: 'close-title', text: t(lang, 'closeTitle') }),
      el('p', { class: 'hint', text: t(lang, 'closeIntro') }),
      el('div', { class: 'actions-row' }, buttons));
  }

  const view = {
    render() {
      const lang = app.lang;
      const r = state.round;
      const title = r ? r.title : t(lang, 'roundsTitle');
      document.title = `${title} – ${t(lang, 'pageTitle')}`;
      const parts = [app.navigation('round'), el('h1', { class: 'page-title', tabindex: '-1', text: title })];
      if (state.error) {
        parts.push(el('p', { class: 'error', role: 'alert', text: state.error }));
      }
      parts.push(el('div', { id: 'round-status', tabindex: '-1', role: 'status', class: state.message ? `message message-${state.message.kind}` : 'message' }, state.message?.text || ''));
      if (r && state.progress) {
        parts.push(
          el('p', { class: 'round-facts' },
            el('span', { class: `phase phase-${r.phase}`, id: 'round-phase', text: t(lang, `phase_${r.phase}`) }), ' ',
            `${t(lang, 'wave')}: ${r.wave}. ${t(lang, 'opens')}: ${formatDate(lang, r.opens)}. `,
            el('span', { id: 'round-closes', text: `${t(lang, 'closes')}: ${formatDate(lang, r.closes)}.` })),
          app.links.results ? el('p', {}, el('a', { href: app.links.results, id: 'round-results-link', text: t(lang, 'resultsLink') })) : null,
          el('section', { 'aria-labelledby': 'progress-title' },
            el('h2', { id: 'progress-title', text: t(lang, 'progressTitle') }),
            el('p', { class: 'big-rate', id: 'total-rate', text: formatRate(lang, state.progress.responseRate) }),
            el('p', { class: 'hint', text: t(lang, 'anonymousNote') }),
            progressTable(lang),
            el('p', { class: 'hint' },
              r.phase === 'open' ? `${t(lang, 'refreshing')} ` : '',
              t(lang, 'updatedAt', { time: state.updated.toLocaleTimeString(lang === 'en' ? 'en-GB' : 'nb-NO') }), ' ',
              el('button', { type: 'button', class: 'link-button', id: 'refresh', onclick: load, text: t(lang, 'refresh') }))),
          r.phase !== 'closed' ? invitationPanels(app, r, state.units || [], state.invitations) : null,
          extendForm(lang),
          closeBlock(lang),
        );
      }
      app.main.replaceChildren(...parts.filter(Boolean));
    },
    /** A refresh must not take the focus or a half-typed value away from the user. */
    renderKeepingFocus() {
      const active = document.activeElement;
      const focusedId = active && app.main.contains(active) ? active.id : null;
      const values = [...app.main.querySelectorAll('input[id], select[id], textarea[id]')]
        .filter((input) => input.type !== 'file')
        .map((input) => [input.id, input.type === 'checkbox' ? input.checked : input.value]);
      view.render();
      for (const [inputId, value] of values) {
        const input = app.main.querySelector(`#${inputId}`);
        if (input && input.type === 'checkbox') {
          input.checked = value;
        } else if (input) {
          input.value = value;
        }
      }
      if (focusedId) {
        app.main.querySelector(`#${focusedId}`)?.focus();
      }
    },
    start() {
      view.render();
      load();
    },
    stop() {
      clearTimeout(timer);
    },
  };
  return view;
}

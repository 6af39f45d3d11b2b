/**
 * The municipality's unit tree (code, headcount, service type) and the import from the HR system:
 * upload → dry run shown as a table with every rejected line named → apply.
 */
import { el } from '../web/dom.js';
import { t, failure } from './strings.js';

/** Units in tree order (parents before their children), each with its depth. */
export function treeOrder(units) {
  const children = new Map();
  const codes = new Set(units.map((u) => u.code));
  for (const unit of units) {
    const parent = unit.parent && codes.has(unit.parent) ? unit.parent : null;
    if (!children.has(parent)) {
      children.set(parent, []);
    }
    children.get(parent).push(unit);
  }
  const ordered = [];
  const seen = new Set();
  const visit = (parent, depth) => {
    for (const unit of children.get(parent) || []) {
      if (!seen.has(unit.code)) {
        seen.add(unit.code);
        ordered.push({ unit, depth });
        visit(unit.code, depth + 1);
      }
    }
  };
  visit(null, 0);
  return ordered;
}

export function unitsView(app) {
  const state = { tree: null, error: null, file: null, fileName: null, preview: null, message: null, busy: false };

  async function load() {
    const answer = await app.api.units(app.municipality);
    if (answer.status === 200) {
      state.tree = answer.body;
      state.error = null;
      app.defaultLanguage(answer.body.language);
    } else {
      state.error = failure(app.lang, answer);
    }
    if (app.isCurrent(view)) {
      view.render();
    }
  }

  async function runImport(dryRun) {
    const lang = app.lang;
    if (!state.file) {
      state.message = { kind: 'error', text: t(lang, 'chooseFile') };
      view.render();
      return;
    }
    state.busy = true;
    const answer = await app.api.importUnits(app.municipality, state.file, dryRun);
    state.busy = false;
    if (answer.status === 200 || answer.status === 422) {
      state.preview = { ...answer.body, dryRun };
      if (!dryRun && answer.status === 200) {
        state.message = { kind: 'success', text: t(lang, 'importApplied', answer.body) };
        state.preview = null;
        state.file = null;
        await load();
      } else {
        state.message = null;
      }
    } else {
      state.message = { kind: 'error', text: failure(lang, answer) };
    }
    view.render();
    app.main.querySelector(state.preview ? '#import-preview-title' : '#import-status')?.focus();
  }

  function treeTable(lang) {
    if (!state.tree.units.length) {
      return el('p', { id: 'no-units', text: t(lang, 'noUnits') });
    }
    const rows = treeOrder(state.tree.units).map(({ unit, depth }) =>
      el(
        'tr',
        { 'data-unit': unit.code },
        el('th', { scope: 'row', class: `depth-${Math.min(depth, 6)}`, text: unit.name }),
        el('td', { class: 'code', text: unit.code }),
        el('td', { class: 'number', text: unit.headcount }),
        el('td', { text: unit.type }),
      ),
    );
    return el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        { class: 'data-table', id: 'unit-table' },
        el('caption', { class: 'visually-hidden', text: t(lang, 'unitsTitle') }),
        el('thead', {}, el('tr', {}, ['unitName', 'unitCode', 'headcount', 'serviceType'].map((k) => el('th', { scope: 'col', text: t(lang, k) })))),
        el('tbody', {}, rows),
      ),
    );
  }

  /** The rejection in the page's language; the service's English text if the console has no words for it. */
  function problemText(lang, rejected) {
    const key = `import_${rejected.problem}`;
    if (!rejected.problem || t(lang, key) === key) {
      return rejected.error;
    }
    const values = { ...rejected.values };
    if (values.column) {
      values.column = t(lang, `field_${values.column}`);
    }
    return t(lang, key, values);
  }

  function previewBlock(lang) {
    const p = state.preview;
    if (!p) {
      return null;
    }
    const fieldName = (f) => t(lang, `field_${f}`);
    const parts = [
      el('h3', { id: 'import-preview-title', tabindex: '-1', text: `${t(lang, 'preview')}: ${state.fileName}` }),
      el('p', { id: 'import-summary', text: t(lang, 'importSummary', p) }),
    ];
    if (p.missing?.length) {
      parts.push(el('p', { class: 'notice', text: t(lang, 'importMissing', { codes: p.missing.join(', ') }) }));
    }
    if (p.rejected.length) {
      parts.push(
        el(
          'div',
          { class: 'error-box', id: 'import-rejected', role: 'alert' },
          el('p', { class: 'error-title', text: t(lang, 'importRejected', { count: p.rejected.length }) }),
          el('ul', {}, p.rejected.map((r) => el('li', { 'data-line': r.line, text: t(lang, 'rejectedLine', { line: r.line, field: fieldName(r.field), error: problemText(lang, r) }) }))),
        ),
      );
    }
    const rejectedOn = new Set(p.rejected.map((r) => r.line));
    parts.push(
      el(
        'div',
        { class: 'table-wrap' },
        el(
          'table',
          { class: 'data-table', id: 'import-lines' },
          el('caption', { class: 'visually-hidden', text: t(lang, 'preview') }),
          el('thead', {}, el('tr', {}, ['line', 'unitCode', 'unitName', 'change'].map((k) => el('th', { scope: 'col', text: t(lang, k) })))),
          el(
            'tbody',
            {},
            (p.lines || []).map((line) =>
              el(
                'tr',
                { class: rejectedOn.has(line.line) ? 'row-rejected' : null },
                el('td', { class: 'number', text: line.line }),
                el('td', { class: 'code', text: line.code || '' }),
                el('td', { text: line.name || '' }),
                el('td', { class: `change change-${line.change}`, text: t(lang, `change_${line.change}`) }),
              ),
            ),
          ),
        ),
      ),
    );
    if (!p.rejected.length && p.dryRun) {
      parts.push(el('button', { type: 'button', class: 'button', id: 'import-apply', disabled: state.busy, onclick: () => runImport(false), text: t(lang, 'apply') }));
    }
    return el('div', { class: 'import-preview' }, parts);
  }

  function importPanel(lang) {
    const input = el('input', {
      type: 'file',
      id: 'import-file',
      accept: '.csv,text/csv,text/plain',
      'aria-describedby': 'import-intro',
      onchange: async (event) => {
        const file = event.target.files[0];
        state.file = file ? new Uint8Array(await file.arrayBuffer()) : null;
        state.fileName = file ? file.name : null;
        state.preview = null;
        state.message = null;
      },
    });
    return el(
      'section',
      { class: 'panel-box', 'aria-labelledby': 'import-title' },
      el('h2', { id: 'import-title', text: t(lang, 'importTitle') }),
      el('p', { id: 'import-intro', class: 'hint', text: t(lang, 'importIntro') }),
      el('div', { class: 'controls' },
        el('div', { class: 'field' }, el('label', { for: 'import-file', text: t(lang, 'importFile') }), input),
        el('button', { type: 'button', class: 'button', id: 'import-preview', disabled: state.busy, onclick: () => runImport(true), text: t(lang, 'preview') })),
      el('div', { id: 'import-status', tabindex: '-1', role: 'status', class: state.message ? `message message-${state.message.kind}` : 'message' }, state.message?.text || ''),
      previewBlock(lang),
    );
  }

  const view = {
    render() {
      const lang = app.lang;
      const title = state.tree ? `${state.tree.name}: ${t(lang, 'unitsTitle')}` : t(lang, 'unitsTitle');
      document.title = `${title} – ${t(lang, 'pageTitle')}`;
      app.main.replaceChildren(
        ...[
          app.navigation('units'),
          el('h1', { class: 'page-title', tabindex: '-1', text: title }),
          state.error ? el('p', { class: 'error', role: 'alert', text: state.error }) : null,
          state.tree ? treeTable(lang) : el('p', { class: 'loading', text: '…' }),
          importPanel(lang),
        ].filter(Boolean),
      );
    },
    start() {
      view.render();
      load();
    },
  };
  return view;
}

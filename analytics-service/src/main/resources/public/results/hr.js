/**
 * The HR view: a round, the unit tree with response rates, and the chosen group's key indicators
 * beside their comparisons, the change since the previous round, the leadership items, the comments
 * (a page at a time from their own endpoint), goals and report downloads. A suppressed group shows "for få svar" and no figure at all.
 */
import { el } from '../web/dom.js';
import { t, formatValue, formatChange, formatDate, LEADERSHIP_ITEMS } from './strings.js';
import { barChart, progressBar } from './charts.js';
import { driversSection, recruitmentSection, measuresOfGoal, itemName, at } from './actions.js';
import { measureEditor, editButton } from './measure-form.js';
import { currentSession } from './session.js';
import { failure, catalogueById, indicatorName, scaleFor, chartable, reportButtons, viewHeading, renderAndFocus } from './common.js';

export function hrView(app, municipality) {
  const state = {
    loading: true,
    error: null,
    info: null,
    rounds: [],
    round: null,
    tree: null,
    unit: null,
    result: null,
    catalogue: new Map(),
    goals: [],
    comments: null,
  };
  const downloadStatus = el('p', { class: 'download-status', id: 'download-status', role: 'status' });
  /** The measure forms by language and goal, kept across re-renders with what was typed. */
  const editors = new Map();
  // The view is HR's and the administrators' (a network leader never gets it); the form is theirs.
  const writes = () => (currentSession()?.roles || []).some((role) => role === 'HR' || role === 'ADMIN');

  async function load() {
    const [rounds, catalogue, goals] = await Promise.all([
      app.api.rounds(municipality),
      app.api.indicators(),
      app.api.goals(municipality),
    ]);
    if (!app.isCurrent(view)) {
      return;
    }
    const failed = [rounds, catalogue, goals].find((answer) => answer.status !== 200);
    if (failed) {
      state.loading = false;
      state.error = failure(app.lang, failed);
      render();
      return;
    }
    state.info = rounds.body.municipality;
    state.rounds = rounds.body.rounds;
    state.catalogue = catalogueById(catalogue.body);
    state.goals = goals.body;
    app.defaultLanguage(state.info.language);
    if (state.rounds.length) {
      await chooseRound(state.rounds[0].id, false);
    } else {
      state.loading = false;
      render();
    }
  }

  async function chooseRound(id, moveFocus) {
    state.round = id;
    state.unit = null;
    const tree = await app.api.units(id);
    if (tree.status !== 200) {
      state.error = failure(app.lang, tree);
      state.loading = false;
      render();
      return;
    }
    state.tree = tree.body;
    await chooseUnit(null, moveFocus ? '#round' : 'h1');
  }

  async function chooseUnit(unit, focusSelector) {
    state.unit = unit;
    state.loading = true;
    const answer = await app.api.results(state.round, unit);
    if (!app.isCurrent(view)) {
      return;
    }
    state.loading = false;
    state.error = answer.status === 200 ? null : failure(app.lang, answer);
    state.result = answer.status === 200 ? answer.body : null;
    state.comments = null;
    if (state.result && !state.result.suppressed) {
      await loadComments(null);
      if (!app.isCurrent(view) || state.unit !== unit) {
        return;
      }
    }
    renderAndFocus(render, app.main, focusSelector);
  }

  /** The next page of the group's comments, added below those already shown. */
  async function loadComments(page) {
    const unit = state.unit;
    const answer = await app.api.comments(state.round, unit, page);
    if (state.unit !== unit) {
      return;
    }
    if (answer.status !== 200) {
      state.comments = { list: state.comments?.list || [], next: null, error: failure(app.lang, answer) };
      return;
    }
    const body = answer.body;
    state.comments = {
      suppressed: body.suppressed,
      list: [...(page ? state.comments?.list || [] : []), ...(body.comments || [])],
      next: body.next || null,
    };
  }

  function render() {
    if (!app.isCurrent(view)) {
      return;
    }
    const lang = app.lang;
    const name = state.info?.name || municipality;
    const parts = viewHeading(lang, t(lang, 'hrTitle', { name }), state.error);
    if (!state.info) {
      parts.push(el('p', { class: 'loading', role: 'status', text: t(lang, 'loading') }));
      app.main.replaceChildren(...parts);
      return;
    }
    if (!state.rounds.length) {
      parts.push(el('p', { text: t(lang, 'noRounds') }));
      app.main.replaceChildren(...parts);
      return;
    }
    parts.push(roundPicker(lang));
    parts.push(
      el(
        'div',
        { class: 'layout' },
        state.tree ? unitTree(lang) : null,
        el('section', { class: 'group', 'aria-labelledby': 'group-title' }, groupSection(lang)),
      ),
    );
    app.main.replaceChildren(...parts);
  }

  function roundPicker(lang) {
    const select = el(
      'select',
      { id: 'round', onchange: (event) => chooseRound(event.target.value, true) },
      state.rounds.map((round) =>
        el('option', {
          value: round.id,
          selected: round.id === state.round,
          text: t(lang, 'roundOption', {
            title: round.title || round.id,
            wave: round.wave,
            status: round.status ? t(lang, `status_${round.status}`) : '–',
          }),
        }),
      ),
    );
    const round = state.rounds.find((r) => r.id === state.round);
    const span =
      round && round.opens ? `${formatDate(lang, round.opens)} – ${formatDate(lang, round.closes)}` : '';
    return el(
      'div',
      { class: 'controls' },
      el('label', { for: 'round', text: t(lang, 'round') }),
      select,
      span ? el('p', { class: 'hint', text: span }) : null,
    );
  }

  function rateText(lang, group) {
    if (group.suppressed) {
      return t(lang, 'tooFew');
    }
    if (group.responseRate === undefined || group.responseRate === null || !group.headcount) {
      return t(lang, 'responsesOnly', { n: group.responses });
    }
    return t(lang, 'rate', {
      rate: formatValue(lang, 'share', group.responseRate),
      n: group.responses,
      headcount: group.headcount,
    });
  }

  function unitTree(lang) {
    const tree = state.tree;
    const byParent = new Map();
    for (const unit of tree.units) {
      const parent = unit.parent || '';
      if (!byParent.has(parent)) {
        byParent.set(parent, []);
      }
      byParent.get(parent).push(unit);
    }
    const entry = (group, label) => {
      const current = (group.unit || null) === state.unit;
      return el(
        'button',
        {
          type: 'button',
          class: group.suppressed ? 'unit suppressed' : 'unit',
          'data-unit': group.unit || '',
          'aria-current': current ? 'true' : 'false',
          onclick: () => chooseUnit(group.unit || null, '#group-title'),
        },
        el('span', { class: 'unit-name', text: label }),
        el('span', { class: 'unit-rate', 'data-rate': group.unit || '', text: rateText(lang, group) }),
      );
    };
    const branch = (parent) => {
      const children = byParent.get(parent) || [];
      if (!children.length) {
        return null;
      }
      return el(
        'ul',
        {},
        children.map((unit) => el('li', {}, entry(unit, unit.name || unit.unit), branch(unit.unit))),
      );
    };
    const name = state.info.name || municipality;
    return el(
      'nav',
      { class: 'unit-tree', 'aria-labelledby': 'units-title' },
      el('h2', { id: 'units-title', text: t(lang, 'unitsTitle') }),
      el('p', { class: 'hint', text: t(lang, 'unitsHint') }),
      el('ul', {}, el('li', {}, entry(tree.municipality, t(lang, 'wholeMunicipality', { name })), branch(''))),
    );
  }

  function groupSection(lang) {
    const result = state.result;
    if (!result) {
      return [el('h2', { id: 'group-title', tabindex: '-1', text: t(lang, 'loading') })];
    }
    const title = result.group.name || result.group.unit || state.info.name;
    const parts = [el('h2', { id: 'group-title', tabindex: '-1', text: title })];
    if (result.suppressed) {
      parts.push(
        el('p', { class: 'too-few', 'data-suppressed': 'true', text: t(lang, 'tooFew') }),
        el('p', { text: t(lang, 'tooFewBody') }),
      );
    } else {
      parts.push(
        el('p', {
          class: 'group-summary',
          text:
            result.responseRate === undefined
              ? t(lang, 'groupSummaryNoRate', { n: result.responses })
              : t(lang, 'groupSummary', {
                  n: result.responses,
                  rate: formatValue(lang, 'share', result.responseRate),
                }),
        }),
      );
      parts.push(
        keyIndicators(lang, result, title),
        leadership(lang, result),
        register(lang, result),
        driversSection(app.api, lang, state.round, state.unit),
        recruitmentSection(app.api, lang, state.round, state.unit),
        comments(lang),
      );
    }
    parts.push(goals(lang), downloads(lang, title));
    return parts;
  }

  function keyIndicators(lang, result, title) {
    const byId = new Map(result.indicators.map((indicator) => [indicator.id, indicator]));
    const cards = result.indicators
      .filter((indicator) => indicator.value !== undefined && chartable(state.catalogue.get(indicator.id)))
      .map((indicator) => indicatorCard(lang, indicator, byId.get(`${indicator.id}_alpha`), title));
    return el(
      'section',
      { class: 'indicators', 'aria-labelledby': 'indicators-title' },
      el('h3', { id: 'indicators-title', text: t(lang, 'keyIndicators') }),
      el('div', { class: 'cards' }, cards),
    );
  }

  function indicatorCard(lang, indicator, alpha, title) {
    const entry = state.catalogue.get(indicator.id);
    const name = indicatorName(lang, state.catalogue, indicator.id);
    const format = (value) => formatValue(lang, entry.unit, value);
    const rows = [{ key: 'group', label: title, value: indicator.value, highlight: true }];
    const compare = indicator.compare || {};
    for (const key of ['municipality', 'serviceType', 'networks', 'county', 'all']) {
      if (key === 'networks') {
        rows.push(...networkRows(lang, compare));
      } else if (typeof compare[key] === 'number' && !(key === 'municipality' && !state.unit)) {
        rows.push({
          key,
          label: key === 'municipality' ? state.info.name || municipality : t(lang, `compare_${key}`),
          value: compare[key],
        });
      }
    }
    const summary = t(lang, 'chartSummary', {
      title: name,
      list: rows.map((row) => `${row.label} ${format(row.value)}`).join(', '),
    });
    return el(
      'article',
      { class: 'card', 'data-indicator': indicator.id },
      el('h4', { text: name }),
      el('p', { class: 'big-value', 'data-value': indicator.id, text: format(indicator.value) }),
      change(lang, entry.unit, indicator.previous),
      alpha && alpha.value !== undefined
        ? el('p', { class: 'hint', text: t(lang, 'alpha', { alpha: formatValue(lang, 'alpha', alpha.value) }) })
        : null,
      entry.kind === 'total'
        ? el('p', { class: 'hint', text: t(lang, 'totalNotCompared') })
        : barChart({
        title: name,
        rows,
        scale: scaleFor(entry.unit, rows.map((row) => row.value)),
        format,
        headers: [t(lang, 'group'), t(lang, 'value')],
        summary,
        captionHidden: true,
      }),
    );
  }

  /** One row per network of the municipality, named, with its N; the single value of old answers. */
  function networkRows(lang, compare) {
    if (Array.isArray(compare.networks)) {
      return compare.networks.map((network) => ({
        key: `network:${network.id}`,
        label: t(lang, 'compare_networkNamed', { name: network.name, members: network.members }),
        value: network.value,
      }));
    }
    return typeof compare.network === 'number'
      ? [{ key: 'network', label: t(lang, 'compare_network'), value: compare.network }]
      : [];
  }

  function change(lang, unit, previous) {
    if (!previous) {
      return el('p', { class: 'change', text: t(lang, 'noChange') });
    }
    if (previous.suppressed) {
      return el('p', { class: 'change', text: t(lang, 'changeWithheld', { wave: previous.wave }) });
    }
    let text = t(lang, 'change', { wave: previous.wave, change: formatChange(lang, unit, previous.change) });
    if (Array.isArray(previous.ci95)) {
      text += t(lang, 'changeInterval', {
        low: formatChange(lang, unit, previous.ci95[0], false),
        high: formatChange(lang, unit, previous.ci95[1], false),
      });
    }
    return el(
      'p',
      { class: previous.significant ? 'change change-significant' : 'change', 'data-significant': String(!!previous.significant) },
      `${text} `,
      previous.significant
        ? el('strong', { class: 'badge', text: `${previous.change > 0 ? '▲' : '▼'} ${t(lang, 'significant')}` })
        : previous.significant === false
          ? el('span', { class: 'muted', text: `(${t(lang, 'notSignificant')})` })
          : null,
    );
  }

  function leadership(lang, result) {
    const items = (result.items || []).filter((item) => /^L[1-7]$/.test(item.id) && item.mean !== undefined);
    const parts = [el('h3', { id: 'leadership-title', text: t(lang, 'leadership') })];
    if (!items.length) {
      parts.push(el('p', { text: t(lang, 'leadershipNone') }));
    } else {
      items.sort((a, b) => a.id.localeCompare(b.id));
      const texts = LEADERSHIP_ITEMS[lang];
      const rows = items.map((item) => ({
        key: item.id,
        label: `${item.id} ${texts[item.id] || ''}`,
        value: item.mean,
        highlight: true,
      }));
      const format = (value) => formatValue(lang, 'score_1_5', value);
      const wide = { width: 760, labelWidth: 360 };
      parts.push(
        barChart({
          title: t(lang, 'leadership'),
          rows,
          scale: { min: 1, max: 5 },
          format,
          headers: [t(lang, 'item'), t(lang, 'mean')],
          ...wide,
          summary: t(lang, 'chartSummary', {
            title: t(lang, 'leadership'),
            list: items.map((item) => `${item.id} ${format(item.mean)}`).join(', '),
          }),
        }),
      );
    }
    return el('section', { class: 'leadership', 'aria-labelledby': 'leadership-title' }, parts);
  }

  function register(lang, result) {
    if (!result.register) {
      return null;
    }
    return el(
      'section',
      { class: 'register', 'aria-labelledby': 'register-title' },
      el('h3', { id: 'register-title', text: t(lang, 'register', { period: result.register.period }) }),
      el(
        'table',
        { class: 'chart-table' },
        el('tbody', {}, result.register.indicators.map((indicator) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row', text: indicatorName(lang, state.catalogue, indicator.id) }),
            el('td', {
              text: formatValue(lang, state.catalogue.get(indicator.id)?.unit, indicator.value),
            }),
          ),
        )),
      ),
    );
  }

  function comments(lang) {
    const shown = state.comments;
    if (!shown) {
      return null;
    }
    const parts = [el('h3', { id: 'comments-title', tabindex: '-1', text: t(lang, 'comments') })];
    if (shown.error) {
      parts.push(el('p', { class: 'error', role: 'alert', text: shown.error }));
    }
    if (shown.suppressed) {
      parts.push(el('p', { class: 'too-few', 'data-suppressed': 'true', text: t(lang, 'commentsTooFew') }));
    } else if (!shown.list.length && !shown.error) {
      parts.push(el('p', { text: t(lang, 'commentsNone') }));
    } else {
      parts.push(
        el(
          'ul',
          { class: 'comment-list', 'data-count': shown.list.length },
          shown.list.map((comment) => el('li', { 'data-module': comment.module, text: comment.text })),
        ),
      );
    }
    if (shown.next) {
      parts.push(
        el('button', {
          type: 'button',
          id: 'comments-more',
          class: 'button button-secondary',
          text: t(lang, 'commentsMore'),
          onclick: async (event) => {
            event.currentTarget.disabled = true;
            await loadComments(shown.next);
            if (app.isCurrent(view)) {
              renderAndFocus(render, app.main, state.comments?.next ? '#comments-more' : '#comments-title');
            }
          },
        }),
      );
    }
    return el('section', { class: 'comments', 'aria-labelledby': 'comments-title' }, parts);
  }

  function goals(lang) {
    const mine = state.goals.filter((goal) => (goal.unit || null) === state.unit);
    const parts = [el('h3', { id: 'goals-title', text: t(lang, 'goals') })];
    if (!mine.length) {
      parts.push(el('p', { text: t(lang, 'goalsNone') }));
    }
    for (const goal of mine) {
      const unit = state.catalogue.get(goal.indicator)?.unit;
      const format = (value) => formatValue(lang, unit, value);
      const share = (value) => formatValue(lang, 'share', value);
      const latest = [...goal.progress].reverse().find((step) => step.progress !== undefined);
      const name = indicatorName(lang, state.catalogue, goal.indicator);
      const editor = writes() ? editorOf(lang, goal) : null;
      parts.push(
        el(
          'article',
          { class: 'goal', 'data-goal': goal.id },
          el('h4', { text: name }),
          el('p', {
            text: t(lang, 'goalLine', {
              baseline: format(goal.baseline),
              baselineWave: goal.baselineWave,
              target: format(goal.target),
              deadline: formatDate(lang, goal.deadline),
            }),
          }),
          el('p', {}, `${t(lang, 'status')}: `, el('strong', { class: `badge status-${goal.status}`, text: t(lang, `goalStatus_${goal.status}`) })),
          latest
            ? progressBar({
                label: `${t(lang, 'progress')} ${share(latest.progress)}, ${t(lang, 'time')} ${share(latest.elapsed)}`,
                progress: latest.progress,
                elapsed: latest.elapsed,
                format: share,
              })
            : null,
          el(
            'table',
            { class: 'chart-table' },
            el('caption', { class: 'visually-hidden', text: name }),
            el(
              'thead',
              {},
              el('tr', {}, [t(lang, 'wave'), t(lang, 'value'), t(lang, 'progress'), t(lang, 'time'), t(lang, 'status')].map((h) => el('th', { scope: 'col', text: h }))),
            ),
            el(
              'tbody',
              {},
              goal.progress.map((step) =>
                el(
                  'tr',
                  {},
                  el('th', { scope: 'row', text: step.wave }),
                  el('td', { text: step.value === undefined ? t(lang, 'tooFew') : format(step.value) }),
                  el('td', { text: step.progress === undefined ? '' : share(step.progress) }),
                  el('td', { text: share(step.elapsed) }),
                  el('td', { text: t(lang, `goalStatus_${step.status}`) }),
                ),
              ),
            ),
          ),
          ...measuresOfGoal(lang, goal, name, format, unit, (m) => (editor ? editButton(lang, m, editor) : null)),
          editor ? editor.element : null,
        ),
      );
    }
    return el('section', { class: 'goals', 'aria-labelledby': 'goals-title' }, parts);
  }

  function editorOf(lang, goal) {
    return measureEditor({
      api: app.api,
      lang,
      goal,
      editors,
      names: {
        status: (id) => at(lang, `status_${id}`),
        role: (id) => at(lang, `role_${id}`),
        target: (id) => (state.catalogue.has(id) ? indicatorName(lang, state.catalogue, id) : itemName(lang, id)),
      },
      onSaved: async () => {
        const answer = await app.api.goals(municipality);
        if (!app.isCurrent(view)) {
          return;
        }
        if (answer.status === 200) {
          state.goals = answer.body;
        }
        renderAndFocus(render, app.main, `#measure-${goal.id}-add`);
      },
    });
  }

  function downloads(lang, title) {
    const round = state.rounds.find((r) => r.id === state.round);
    const q = encodeURIComponent;
    return el(
      'section',
      { class: 'downloads', 'aria-labelledby': 'downloads-title' },
      el('h3', { id: 'downloads-title', text: t(lang, 'downloads') }),
      reportButtons({
        lang,
        title: t(lang, 'unitReport', { name: title }),
        path: `/api/reports/unit?round=${q(state.round)}&unit=${q(state.unit || '')}`,
        fileStem: `unit-report-${state.round}-${state.unit}`,
        api: app.api,
        status: downloadStatus,
        disabledText: state.unit ? null : t(lang, 'unitReportNeedsUnit'),
      }),
      reportButtons({
        lang,
        title: t(lang, 'municipalityReport', { wave: round.wave }),
        path: `/api/reports/municipality?municipality=${q(municipality)}&wave=${q(round.wave)}`,
        fileStem: `municipality-report-${municipality}-${round.wave}`,
        api: app.api,
        status: downloadStatus,
      }),
      downloadStatus,
    );
  }

  const view = {
    render,
    start() {
      render();
      return load();
    },
  };
  return view;
}

/**
 * The network leader's view: a wave and indicators; the member municipalities side by side with the
 * network mean and all participants, the trend over every wave the network has, and the network
 * report. A municipality below the threshold shows "for få svar" and no figure.
 */
import { el } from '../web/dom.js';
import { t, formatValue } from './strings.js';
import { barChart, lineChart } from './charts.js';
import { failure, catalogueById, indicatorName, scaleFor, chartable, reportButtons, viewHeading, renderAndFocus } from './common.js';

const PREFERRED = ['avg_position_size', 'full_time_share', 'wants_larger_share', 'involuntary_part_time_share'];

export function networkView(app, networkId) {
  const state = {
    error: null,
    network: null,
    catalogue: new Map(),
    wave: null,
    indicators: [],
    comparison: null,
    trend: null,
    problem: null,
  };
  const downloadStatus = el('p', { class: 'download-status', id: 'download-status', role: 'status' });

  async function load() {
    const [network, catalogue] = await Promise.all([app.api.network(networkId), app.api.indicators()]);
    if (!app.isCurrent(view)) {
      return;
    }
    const failed = [network, catalogue].find((answer) => answer.status !== 200);
    if (failed) {
      state.error = failure(app.lang, failed);
      render();
      app.main.querySelector('h1')?.focus();
      return;
    }
    state.network = network.body;
    state.catalogue = catalogueById(catalogue.body);
    const offered = PREFERRED.filter((id) => state.catalogue.has(id));
    state.indicators = offered.length ? offered : choices().slice(0, 3);
    state.wave = state.network.waves[state.network.waves.length - 1] || null;
    await compare('h1');
  }

  function choices() {
    return [...state.catalogue.values()].filter(chartable).map((entry) => entry.id);
  }

  async function compare(focusSelector) {
    if (!state.wave || !state.indicators.length) {
      state.comparison = null;
      state.trend = null;
      render();
      return;
    }
    const waves = state.network.waves;
    const [comparison, trend] = await Promise.all([
      app.api.comparison(networkId, [state.wave], state.indicators),
      waves.length > 1 ? app.api.comparison(networkId, waves, state.indicators) : Promise.resolve(null),
    ]);
    if (!app.isCurrent(view)) {
      return;
    }
    const failed = [comparison, trend].find((answer) => answer && answer.status !== 200);
    state.error = failed ? failure(app.lang, failed) : null;
    state.comparison = comparison.status === 200 ? comparison.body : null;
    state.trend = trend && trend.status === 200 ? trend.body : null;
    renderAndFocus(render, app.main, focusSelector);
  }

  function render() {
    if (!app.isCurrent(view)) {
      return;
    }
    const lang = app.lang;
    const name = state.network?.name || networkId;
    const parts = viewHeading(lang, t(lang, 'networkTitle', { name }), state.error);
    if (!state.network) {
      if (!state.error) {
        parts.push(el('p', { class: 'loading', role: 'status', text: t(lang, 'loading') }));
      }
      app.main.replaceChildren(...parts);
      return;
    }
    parts.push(
      el('p', {
        class: 'members',
        text: t(lang, 'members', {
          list: state.network.members.map((m) => `${m.name || m.code} (${m.code})`).join(', '),
        }),
      }),
    );
    if (!state.network.waves.length) {
      parts.push(el('p', { text: t(lang, 'noWaves') }));
      app.main.replaceChildren(...parts);
      return;
    }
    parts.push(picker(lang));
    if (state.comparison) {
      parts.push(comparisonSection(lang), trendSection(lang), downloads(lang));
    }
    app.main.replaceChildren(...parts);
  }

  function picker(lang) {
    const problem = el('p', { class: 'error', id: 'indicators-error', hidden: !state.problem, text: state.problem || '' });
    const form = el(
      'form',
      {
        class: 'controls network-controls',
        novalidate: true,
        onsubmit: (event) => {
          event.preventDefault();
          const data = new FormData(event.target);
          const chosen = data.getAll('indicator');
          state.wave = data.get('wave');
          if (!chosen.length) {
            state.problem = t(app.lang, 'chooseIndicator');
            render();
            app.main.querySelector('input[name="indicator"]')?.focus();
            return;
          }
          state.problem = null;
          state.indicators = chosen;
          compare('#comparison-title');
        },
      },
      el('div', { class: 'field' },
        el('label', { for: 'wave', text: t(lang, 'wave') }),
        el(
          'select',
          { id: 'wave', name: 'wave' },
          state.network.waves.map((wave) => el('option', { value: wave, selected: wave === state.wave, text: wave })),
        ),
      ),
      el(
        'fieldset',
        { class: 'indicator-choice', 'aria-describedby': state.problem ? 'indicators-error' : null },
        el('legend', { text: t(lang, 'indicators') }),
        problem,
        choices().map((id) =>
          el(
            'div',
            { class: 'option' },
            el('input', {
              type: 'checkbox',
              id: `indicator-${id}`,
              name: 'indicator',
              value: id,
              checked: state.indicators.includes(id),
            }),
            el('label', { for: `indicator-${id}`, text: indicatorName(lang, state.catalogue, id) }),
          ),
        ),
      ),
      el('button', { type: 'submit', class: 'button', id: 'compare', text: t(lang, 'compare') }),
    );
    return form;
  }

  function memberNote(lang, value) {
    return value.reason === 'no_round' ? t(lang, 'noRound') : t(lang, 'tooFew');
  }

  function comparisonSection(lang) {
    const wave = state.comparison.waves[0];
    const cards = (wave?.indicators || []).map((indicator) => {
      const unit = state.catalogue.get(indicator.id)?.unit;
      const format = (value) => formatValue(lang, unit, value);
      const name = indicatorName(lang, state.catalogue, indicator.id);
      const rows = indicator.municipalities.map((m) => ({
        key: `m:${m.municipality}`,
        label: m.name || m.municipality,
        value: typeof m.value === 'number' ? m.value : null,
        note: memberNote(lang, m),
      }));
      rows.push(
        { key: 'network', label: t(lang, 'networkMean'), value: indicator.network ?? null, note: t(lang, 'tooFew'), highlight: true },
        { key: 'all', label: t(lang, 'allParticipants'), value: indicator.all ?? null, note: t(lang, 'tooFew'), highlight: true },
      );
      return el(
        'article',
        { class: 'card', 'data-indicator': indicator.id },
        el('h3', { text: name }),
        barChart({
          title: `${name} (${wave.wave})`,
          rows,
          scale: scaleFor(unit, rows.map((row) => row.value)),
          format,
          headers: [t(lang, 'municipality'), t(lang, 'value')],
          captionHidden: true,
          summary: t(lang, 'chartSummary', {
            title: name,
            list: rows.map((row) => `${row.label} ${row.value === null ? row.note : format(row.value)}`).join(', '),
          }),
        }),
      );
    });
    return el(
      'section',
      { class: 'comparison', 'aria-labelledby': 'comparison-title' },
      el('h2', { id: 'comparison-title', tabindex: '-1', text: t(lang, 'comparisonTitle', { wave: wave?.wave || state.wave }) }),
      el('div', { class: 'cards' }, cards),
    );
  }

  function trendSection(lang) {
    const parts = [el('h2', { id: 'trend-title', text: t(lang, 'trendTitle') })];
    if (!state.trend) {
      parts.push(el('p', { text: t(lang, 'trendNone') }));
      return el('section', { class: 'trend', 'aria-labelledby': 'trend-title' }, parts);
    }
    const waves = state.trend.waves.map((w) => w.wave);
    const cards = [];
    for (const id of state.indicators) {
      const perWave = state.trend.waves.map((w) => w.indicators.find((i) => i.id === id));
      if (perWave.some((i) => !i)) {
        continue;
      }
      const unit = state.catalogue.get(id)?.unit;
      const format = (value) => formatValue(lang, unit, value);
      const name = indicatorName(lang, state.catalogue, id);
      const series = state.network.members.map((member, s) => ({
        key: `m:${member.code}`,
        label: member.name || member.code,
        style: s % 6,
        values: perWave.map((i) => {
          const v = i.municipalities.find((m) => m.municipality === member.code);
          return v && typeof v.value === 'number' ? v.value : null;
        }),
        notes: perWave.map((i) => {
          const v = i.municipalities.find((m) => m.municipality === member.code);
          return v ? memberNote(lang, v) : t(lang, 'noRound');
        }),
      }));
      series.push(
        { key: 'network', label: t(lang, 'networkMean'), style: 'network', values: perWave.map((i) => i.network ?? null) },
        { key: 'all', label: t(lang, 'allParticipants'), style: 'all', values: perWave.map((i) => i.all ?? null) },
      );
      const values = series.flatMap((line) => line.values);
      cards.push(
        el(
          'article',
          { class: 'card card-wide', 'data-trend': id },
          el('h3', { text: name }),
          lineChart({
            title: `${name}: ${t(lang, 'trendTitle').toLowerCase()}`,
            waves,
            series,
            scale: scaleFor(unit, values),
            format,
            headers: [t(lang, 'municipality')],
            captionHidden: true,
            note: t(lang, 'tooFew'),
            summary: t(lang, 'chartSummary', {
              title: name,
              list: series
                .map((line) => `${line.label} ${line.values.map((v) => (v === null ? '–' : format(v))).join(' → ')}`)
                .join('; '),
            }),
          }),
        ),
      );
    }
    parts.push(el('div', { class: 'cards' }, cards));
    return el('section', { class: 'trend', 'aria-labelledby': 'trend-title' }, parts);
  }

  function downloads(lang) {
    const q = encodeURIComponent;
    const wave = state.comparison.waves[0]?.wave || state.wave;
    return el(
      'section',
      { class: 'downloads', 'aria-labelledby': 'downloads-title' },
      el('h2', { id: 'downloads-title', text: t(lang, 'downloads') }),
      reportButtons({
        lang,
        title: t(lang, 'networkReport', { wave }),
        path: `/api/reports/network?network=${q(networkId)}&wave=${q(wave)}`,
        fileStem: `network-report-${networkId}-${wave}`,
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

/**
 * The charts of the analyses that turn results into decisions: each driver's importance with its
 * interval against its score, and a goal's values over time with the measures taken as marks on
 * the time axis. Each is a figure with a caption, a summary for screen readers and a table.
 */
import { el } from '../web/dom.js';
import { svg, nextId } from './charts.js';

/**
 * Importance (share of R², with its bootstrap interval) on the y axis against the driver's score
 * (0–100) on the x axis; the upper left corner — important but low — is shaded as the place to act.
 *
 * @param options.drivers [{id, label, share, low, high, score100}] with low/high as shares of R²
 */
export function driverChart({ title, drivers, format, formatScore, headers, summary, corner, xLabel, yLabel }) {
  const captionId = nextId('chart-caption');
  const descId = nextId('chart-desc');
  const WIDTH = 760;
  const left = 70;
  const right = 24;
  const top = 16;
  const plotHeight = 300;
  const plotWidth = WIDTH - left - right;
  const height = top + plotHeight + 56;
  const maxShare = Math.min(1, Math.max(0.1, ...drivers.map((d) => d.high)) * 1.1);
  const x = (score) => left + (Math.max(0, Math.min(100, score)) / 100) * plotWidth;
  const y = (share) => top + plotHeight - (Math.max(0, Math.min(maxShare, share)) / maxShare) * plotHeight;
  const picture = svg(
    'svg',
    { class: 'chart-svg driver-svg', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': `${captionId} ${descId}`, focusable: 'false' },
    svg('desc', { id: descId }, summary),
    svg('rect', { x: left, y: top, width: plotWidth / 2, height: plotHeight / 2, class: 'act-here' }),
    svg('text', { x: left + 8, y: top + 18, class: 'axis-label act-here-label' }, corner),
  );
  for (let tick = 0; tick <= 4; tick++) {
    const share = (maxShare * tick) / 4;
    const score = 25 * tick;
    picture.append(
      svg('line', { x1: left, y1: y(share), x2: left + plotWidth, y2: y(share), class: 'grid' }),
      svg('text', { x: left - 6, y: y(share) + 4, class: 'axis-label', 'text-anchor': 'end' }, format(share)),
      svg('text', { x: x(score), y: top + plotHeight + 20, class: 'axis-label', 'text-anchor': 'middle' }, formatScore(score)),
    );
  }
  picture.append(
    svg('text', { x: left + plotWidth / 2, y: top + plotHeight + 44, class: 'axis-label', 'text-anchor': 'middle' }, xLabel),
    svg('text', { x: 14, y: top + plotHeight / 2, class: 'axis-label', 'text-anchor': 'middle', transform: `rotate(-90 14 ${top + plotHeight / 2})` }, yLabel),
  );
  for (const d of drivers) {
    const cx = x(d.score100);
    picture.append(
      svg('line', { x1: cx, y1: y(d.low), x2: cx, y2: y(d.high), class: 'whisker series series-0' }),
      svg('line', { x1: cx - 5, y1: y(d.low), x2: cx + 5, y2: y(d.low), class: 'whisker series series-0' }),
      svg('line', { x1: cx - 5, y1: y(d.high), x2: cx + 5, y2: y(d.high), class: 'whisker series series-0' }),
      svg('circle', { cx, cy: y(d.share), r: 5, class: 'series series-0' }, svg('title', {}, `${d.label}: ${format(d.share)}, ${formatScore(d.score100)}`)),
      svg('text', { x: cx + 8, y: y(d.share) - 6, class: 'series-label' }, d.id),
    );
  }
  const table = el(
    'table',
    { class: 'chart-table driver-table' },
    el('caption', { class: 'visually-hidden', text: title }),
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h })))),
    el(
      'tbody',
      {},
      drivers.map((d) =>
        el(
          'tr',
          { 'data-driver': d.id },
          el('th', { scope: 'row', text: d.label }),
          d.cells.map((cell) => el('td', { text: cell })),
        ),
      ),
    ),
  );
  return el(
    'figure',
    { class: 'chart' },
    el('figcaption', { id: captionId, class: 'chart-title', text: title }),
    picture,
    table,
  );
}

const DAY = 24 * 3600 * 1000;

function time(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/**
 * A goal's values by date from its baseline to its deadline, the target as a dashed line, and each
 * measure as a numbered band from its start to its end (a mark at the start when open-ended).
 *
 * @param options.points [{date, value, label}]
 * @param options.measures [{number, title, starts, ends}]
 */
export function goalCurve({ title, start, deadline, baseline, target, points, measures, format, formatDate, summary, labels }) {
  const captionId = nextId('chart-caption');
  const descId = nextId('chart-desc');
  const WIDTH = 760;
  const left = 70;
  const right = 24;
  const top = 16 + 20 * Math.max(1, measures.length);
  const plotHeight = 180;
  const plotWidth = WIDTH - left - right;
  const height = top + plotHeight + 36;
  const dates = [start, deadline, ...points.map((p) => p.date), ...measures.flatMap((m) => [m.starts, m.ends].filter(Boolean))];
  const from = Math.min(...dates.map(time));
  const to = Math.max(...dates.map(time), from + DAY);
  const values = [baseline, target, ...points.map((p) => p.value)];
  let low = Math.min(...values);
  let high = Math.max(...values);
  const pad = (high - low || Math.abs(high) || 1) * 0.15;
  low -= pad;
  high += pad;
  const x = (iso) => left + ((time(iso) - from) / (to - from)) * plotWidth;
  const y = (v) => top + plotHeight - ((v - low) / (high - low)) * plotHeight;
  const picture = svg(
    'svg',
    { class: 'chart-svg goal-svg', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': `${captionId} ${descId}`, focusable: 'false' },
    svg('desc', { id: descId }, summary),
  );
  for (let tick = 0; tick <= 4; tick++) {
    const value = low + ((high - low) * tick) / 4;
    picture.append(
      svg('line', { x1: left, y1: y(value), x2: left + plotWidth, y2: y(value), class: 'grid' }),
      svg('text', { x: left - 6, y: y(value) + 4, class: 'axis-label', 'text-anchor': 'end' }, format(value)),
    );
  }
  const years = new Set();
  for (let t = from; t <= to; t += DAY * 30) {
    years.add(new Date(t).getUTCFullYear());
  }
  for (const year of years) {
    const iso = `${year}-01-01`;
    if (time(iso) >= from && time(iso) <= to) {
      picture.append(
        svg('line', { x1: x(iso), y1: top, x2: x(iso), y2: top + plotHeight, class: 'grid' }),
        svg('text', { x: x(iso), y: top + plotHeight + 22, class: 'axis-label', 'text-anchor': 'middle' }, String(year)),
      );
    }
  }
  measures.forEach((m, i) => {
    const x1 = x(m.starts);
    const x2 = m.ends ? x(m.ends) : x1;
    const row = 14 + 20 * i;
    picture.append(
      svg('rect', { x: x1, y: top, width: Math.max(2, x2 - x1), height: plotHeight, class: 'measure-band' }),
      svg('line', { x1, y1: row - 4, x2: x1, y2: top + plotHeight, class: 'measure-mark' }),
      svg('text', { x: x1 + 4, y: row, class: 'axis-label measure-label' }, `${m.number}. ${m.title}`),
    );
  });
  picture.append(
    svg('line', { x1: left, y1: y(target), x2: left + plotWidth, y2: y(target), class: 'target-line' }),
    svg('text', { x: left + plotWidth - 4, y: y(target) - 6, class: 'axis-label', 'text-anchor': 'end' }, `${labels.target} ${format(target)}`),
  );
  const line = [{ date: start, value: baseline, label: labels.baseline }, ...points];
  let path = '';
  line.forEach((p, i) => {
    path += `${i ? 'L' : 'M'}${x(p.date).toFixed(1)} ${y(p.value).toFixed(1)} `;
    picture.append(svg('circle', { cx: x(p.date), cy: y(p.value), r: 4, class: 'series series-0' }, svg('title', {}, `${p.label} (${formatDate(p.date)}): ${format(p.value)}`)));
  });
  picture.append(svg('path', { d: path.trim(), class: 'series series-0 line' }));
  return el(
    'figure',
    { class: 'chart goal-curve' },
    el('figcaption', { id: captionId, class: 'visually-hidden', text: title }),
    picture,
  );
}

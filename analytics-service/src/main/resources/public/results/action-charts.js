/**
 * The charts of the analyses that turn results into decisions: each driver's importance with its
 * interval against its score, and a goal's values over time with the measures taken as marks on
 * the time axis. Each is a figure with a caption, a summary for screen readers and a table.
 */
import { el } from '../web/dom.js';
import { svg, nextId } from './charts.js';

/**
 * Importance (share of R², with its bootstrap interval) on the y axis against the driver's score
 * (0–100) on the x axis, as an importance–performance map: the corner above the equal share of R²
 * (1 / number of drivers) and left of the drivers' mean score — important but low — is shaded as
 * the place to act. The score axis spans the drivers' scores (scores of one group seldom spread
 * over more than 20 points, and on 0–100 they would sit on top of each other); each point is
 * labelled with its rank, named in the table below and in its tooltip.
 *
 * @param options.drivers [{id, label, rank, share, low, high, score100}], low/high as shares of R²
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
  const shares = niceAxis(0, Math.min(1, Math.max(0.1, ...drivers.map((d) => d.high))));
  const scores = scoreAxis(drivers.map((d) => d.score100));
  const x = (score) => left + ((clamp(score, scores.low, scores.high) - scores.low) / (scores.high - scores.low)) * plotWidth;
  const y = (share) => top + plotHeight - (clamp(share, 0, shares.high) / shares.high) * plotHeight;
  const equalShare = 1 / Math.max(1, drivers.length);
  const meanScore = drivers.reduce((sum, d) => sum + d.score100, 0) / Math.max(1, drivers.length);
  const picture = svg(
    'svg',
    { class: 'chart-svg driver-svg', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': `${captionId} ${descId}`, focusable: 'false' },
    svg('desc', { id: descId }, summary),
    svg('rect', { x: left, y: top, width: x(meanScore) - left, height: y(equalShare) - top, class: 'act-here' }),
    svg('text', { x: left + 8, y: top + 18, class: 'axis-label act-here-label' }, corner),
  );
  for (const share of shares.ticks) {
    picture.append(
      svg('line', { x1: left, y1: y(share), x2: left + plotWidth, y2: y(share), class: 'grid' }),
      svg('text', { x: left - 6, y: y(share) + 4, class: 'axis-label', 'text-anchor': 'end' }, format(share)),
    );
  }
  for (const score of scores.ticks) {
    picture.append(svg('text', { x: x(score), y: top + plotHeight + 20, class: 'axis-label', 'text-anchor': 'middle' }, formatScore(score)));
  }
  picture.append(
    svg('line', { x1: x(meanScore), y1: top, x2: x(meanScore), y2: top + plotHeight, class: 'grid act-here-edge' }),
    svg('line', { x1: left, y1: y(equalShare), x2: left + plotWidth, y2: y(equalShare), class: 'grid act-here-edge' }),
    svg('text', { x: left + plotWidth / 2, y: top + plotHeight + 44, class: 'axis-label', 'text-anchor': 'middle' }, xLabel),
    svg('text', { x: 14, y: top + plotHeight / 2, class: 'axis-label', 'text-anchor': 'middle', transform: `rotate(-90 14 ${top + plotHeight / 2})` }, yLabel),
  );
  const placed = [];
  for (const d of drivers) {
    const cx = x(d.score100);
    const cy = y(d.share);
    picture.append(
      svg('line', { x1: cx, y1: y(d.low), x2: cx, y2: y(d.high), class: 'whisker series series-0' }),
      svg('line', { x1: cx - 5, y1: y(d.low), x2: cx + 5, y2: y(d.low), class: 'whisker series series-0' }),
      svg('line', { x1: cx - 5, y1: y(d.high), x2: cx + 5, y2: y(d.high), class: 'whisker series series-0' }),
      svg('circle', { cx, cy, r: 5, class: 'series series-0' }, svg('title', {}, `${d.rank}. ${d.label}: ${format(d.share)}, ${formatScore(d.score100)}`)),
      svg('text', { ...labelPlace(placed, cx, cy), class: 'series-label', 'data-rank': d.rank }, String(d.rank)),
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

function clamp(v, low, high) {
  return Math.max(low, Math.min(high, v));
}

/**
 * An axis over [low, high] in at most 5 steps of 1, 2, 2.5 or 5 times a power of ten, its ends
 * on whole steps, so that the ticks read 70 %, 75 %, 80 % rather than 72.63 %.
 */
function niceAxis(low, high) {
  const span = high - low || Math.abs(high) || 1;
  const magnitude = 10 ** Math.floor(Math.log10(span / 5));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => span / s <= 5);
  const from = Math.floor(low / step + 1e-9) * step;
  const to = Math.max(from + step, Math.ceil(high / step - 1e-9) * step);
  const digits = Math.max(0, 1 - Math.floor(Math.log10(step)));
  const ticks = [];
  for (let i = 0; from + i * step <= to + step / 1e6; i++) {
    ticks.push(Number((from + i * step).toFixed(digits)));
  }
  return { low: ticks[0], high: ticks[ticks.length - 1], ticks };
}

/** The score axis: the scores with 5 points' margin, in whole tens, within 0–100. */
function scoreAxis(values) {
  const low = clamp(Math.floor((Math.min(...values) - 5) / 10) * 10, 0, 90);
  const high = clamp(Math.ceil((Math.max(...values) + 5) / 10) * 10, low + 10, 100);
  const step = high - low > 50 ? 20 : high - low > 20 ? 10 : 5;
  const ticks = [];
  for (let t = low; t <= high; t += step) {
    ticks.push(t);
  }
  return { low, high, ticks };
}

/** A rank label beside its point, moved to the other side or down when it would cover another. */
function labelPlace(placed, cx, cy) {
  const candidates = [
    [cx + 8, cy - 6],
    [cx - 16, cy - 6],
    [cx + 8, cy + 14],
    [cx - 16, cy + 14],
  ];
  const free = candidates.find(([lx, ly]) => placed.every(([px, py]) => Math.abs(px - lx) > 12 || Math.abs(py - ly) > 12));
  const [lx, ly] = free || candidates[0];
  placed.push([lx, ly]);
  return { x: lx, y: ly };
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
  const margin = (Math.max(...values) - Math.min(...values)) * 0.05;
  const { low, high, ticks } = niceAxis(Math.min(...values) - margin, Math.max(...values) + margin);
  const x = (iso) => left + ((time(iso) - from) / (to - from)) * plotWidth;
  const y = (v) => top + plotHeight - ((v - low) / (high - low)) * plotHeight;
  const picture = svg(
    'svg',
    { class: 'chart-svg goal-svg', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': `${captionId} ${descId}`, focusable: 'false' },
    svg('desc', { id: descId }, summary),
  );
  for (const value of ticks) {
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

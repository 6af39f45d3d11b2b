/**
 * Small SVG charts drawn in the browser, with no library: horizontal bars for comparisons and lines
 * for trends. Every chart is a figure with a caption, a text summary for screen readers and a table
 * of the same figures, so that nothing is said by the picture alone.
 */
import { el } from '../web/dom.js';

const SVG = 'http://www.w3.org/2000/svg';

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

let counter = 0;

export function nextId(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

/**
 * Bars side by side on one scale.
 *
 * @param options.title the caption
 * @param options.rows [{key, label, value (null when not shown), note (said instead of a null value),
 *     highlight}]
 * @param options.scale {min, max}
 * @param options.format value → text
 * @param options.headers [group column, value column]
 * @param options.captionHidden when a heading right above already names the chart
 */
export function barChart({ title, rows, scale, format, headers, summary, width = 440, labelWidth = 150, captionHidden = false }) {
  const captionId = nextId('chart-caption');
  const descId = nextId('chart-desc');
  const WIDTH = width;
  const barX = labelWidth + 8;
  const barWidth = WIDTH - barX - 72;
  const labelChars = Math.floor(labelWidth / 7);
  const rowHeight = 32;
  const top = 6;
  const height = top + rows.length * rowHeight + 24;
  const span = scale.max - scale.min || 1;
  const x = (value) => barX + (Math.max(scale.min, Math.min(scale.max, value)) - scale.min) / span * barWidth;
  const picture = svg(
    'svg',
    {
      class: 'chart-svg',
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': `${captionId} ${descId}`,
      focusable: 'false',
    },
    svg('desc', { id: descId }, summary),
  );
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    picture.append(
      svg('text', { x: labelWidth, y: y + 20, class: 'chart-label', 'text-anchor': 'end' }, truncate(row.label, labelChars)),
    );
    if (row.value === null || row.value === undefined) {
      picture.append(svg('text', { x: barX + 4, y: y + 20, class: 'chart-note' }, row.note || ''));
      return;
    }
    const end = x(row.value);
    picture.append(
      svg('rect', {
        x: barX,
        y: y + 5,
        width: Math.max(1, end - barX),
        height: 20,
        class: row.highlight ? 'bar bar-highlight' : 'bar',
      }),
      svg('text', { x: end + 6, y: y + 20, class: 'chart-value' }, format(row.value)),
    );
  });
  const axisY = top + rows.length * rowHeight + 2;
  picture.append(
    svg('line', { x1: barX, y1: top, x2: barX, y2: axisY, class: 'axis' }),
    svg('line', { x1: barX, y1: axisY, x2: barX + barWidth, y2: axisY, class: 'axis' }),
    svg('text', { x: barX, y: axisY + 16, class: 'axis-label', 'text-anchor': 'start' }, format(scale.min)),
    svg('text', { x: barX + barWidth, y: axisY + 16, class: 'axis-label', 'text-anchor': 'end' }, format(scale.max)),
  );
  const table = el(
    'table',
    { class: 'chart-table' },
    el('caption', { class: 'visually-hidden', text: title }),
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h })))),
    el(
      'tbody',
      {},
      rows.map((row) =>
        el(
          'tr',
          { class: row.highlight ? 'row-highlight' : null },
          el('th', { scope: 'row', text: row.label }),
          el('td', {
            'data-key': row.key,
            class: row.value === null || row.value === undefined ? 'no-figure' : null,
            text: row.value === null || row.value === undefined ? row.note || '' : format(row.value),
          }),
        ),
      ),
    ),
  );
  return el(
    'figure',
    { class: 'chart' },
    el('figcaption', { id: captionId, class: captionHidden ? 'visually-hidden' : 'chart-title', text: title }),
    picture,
    table,
  );
}

/**
 * Lines over waves.
 *
 * @param options.waves the x axis
 * @param options.series [{key, label, values (one per wave, null when not shown), style}]
 */
export function lineChart({ title, waves, series, scale, format, headers, note, summary, captionHidden = false }) {
  const captionId = nextId('chart-caption');
  const descId = nextId('chart-desc');
  const WIDTH = 900;
  const left = 64;
  const right = 200;
  const top = 16;
  const plotHeight = 200;
  const height = top + plotHeight + 36;
  const plotWidth = WIDTH - left - right;
  const span = scale.max - scale.min || 1;
  const x = (i) => left + (waves.length === 1 ? plotWidth / 2 : (i / (waves.length - 1)) * plotWidth);
  const y = (v) => top + plotHeight - ((Math.max(scale.min, Math.min(scale.max, v)) - scale.min) / span) * plotHeight;
  const picture = svg(
    'svg',
    {
      class: 'chart-svg',
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': `${captionId} ${descId}`,
      focusable: 'false',
    },
    svg('desc', { id: descId }, summary),
  );
  for (let tick = 0; tick <= 4; tick++) {
    const value = scale.min + (span * tick) / 4;
    picture.append(
      svg('line', { x1: left, y1: y(value), x2: left + plotWidth, y2: y(value), class: 'grid' }),
      svg('text', { x: left - 6, y: y(value) + 4, class: 'axis-label', 'text-anchor': 'end' }, format(value)),
    );
  }
  waves.forEach((wave, i) => {
    picture.append(svg('text', { x: x(i), y: top + plotHeight + 22, class: 'axis-label', 'text-anchor': 'middle' }, wave));
  });
  const ends = [];
  series.forEach((line, s) => {
    const cls = `series series-${line.style ?? s}`;
    let path = '';
    let pen = false;
    let last = null;
    line.values.forEach((value, i) => {
      if (value === null || value === undefined) {
        pen = false;
        return;
      }
      path += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y(value).toFixed(1)} `;
      pen = true;
      last = i;
      picture.append(
        svg('circle', { cx: x(i), cy: y(value), r: 4, class: cls }, svg('title', {}, `${line.label}, ${waves[i]}: ${format(value)}`)),
      );
    });
    if (path) {
      picture.append(svg('path', { d: path.trim(), class: `${cls} line` }));
    }
    if (last !== null) {
      ends.push({ line, s, x: x(last), y: y(line.values[last]) });
    }
  });
  // Labels at the lines' ends, spread apart so that close values stay readable, with a leader line.
  ends.sort((a, b) => a.y - b.y);
  const gap = 16;
  ends.forEach((end, i) => {
    end.labelY = i === 0 ? end.y : Math.max(end.y, ends[i - 1].labelY + gap);
  });
  const overflow = ends.length ? ends[ends.length - 1].labelY - (top + plotHeight + 4) : 0;
  if (overflow > 0) {
    ends.forEach((end) => {
      end.labelY -= overflow;
    });
  }
  for (const end of ends) {
    const style = `series-${end.line.style ?? end.s}`;
    picture.append(
      svg('line', { x1: end.x + 5, y1: end.y, x2: end.x + 18, y2: end.labelY, class: `leader ${style}` }),
      svg('text', { x: end.x + 22, y: end.labelY + 4, class: `series-label ${style}` }, truncate(end.line.label, 24)),
    );
  }
  const table = el(
    'table',
    { class: 'chart-table' },
    el('caption', { class: 'visually-hidden', text: title }),
    el(
      'thead',
      {},
      el('tr', {}, el('th', { scope: 'col', text: headers[0] }), waves.map((w) => el('th', { scope: 'col', text: w }))),
    ),
    el(
      'tbody',
      {},
      series.map((line) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row', text: line.label }),
          line.values.map((value, i) =>
            el('td', {
              'data-key': `${line.key}@${waves[i]}`,
              class: value === null || value === undefined ? 'no-figure' : null,
              text: value === null || value === undefined ? (line.notes?.[i] ?? note) : format(value),
            }),
          ),
        ),
      ),
    ),
  );
  return el(
    'figure',
    { class: 'chart' },
    el('figcaption', { id: captionId, class: captionHidden ? 'visually-hidden' : 'chart-title', text: title }),
    picture,
    table,
  );
}

/** A progress bar from 0 to 100 % with a mark for the share of time passed. */
export function progressBar({ label, progress, elapsed, format }) {
  const width = 320;
  const filled = Math.max(0, Math.min(1, progress ?? 0)) * width;
  const mark = Math.max(0, Math.min(1, elapsed ?? 0)) * width;
  return svg(
    'svg',
    { class: 'progress-svg', viewBox: `0 0 ${width + 2} 22`, role: 'img', 'aria-label': label, focusable: 'false' },
    svg('rect', { x: 1, y: 3, width, height: 16, class: 'progress-track' }),
    svg('rect', { x: 1, y: 3, width: filled, height: 16, class: 'progress-fill' }),
    svg('line', { x1: mark + 1, y1: 0, x2: mark + 1, y2: 22, class: 'progress-mark' }),
    svg('title', {}, `${label}: ${format(progress)}`),
  );
}

function truncate(text, max) {
  const value = String(text ?? '');
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

// histogram.js — the strip above the time sliders: claims by the month they tell of (bars up) and articles by the
// month they were published (bars down), each series scaled to its own busiest month, over the axis the server
// fitted to where the dates are (/api/timeline's histogram); dates beyond it are one "earlier" and one "later" bar,
// the undated a number below. Dragging across the strip brushes a range of months; focused, the arrow keys move the
// range. timeline.js owns the range (its sliders) and tells the strip what to show, so brush and sliders agree.
import { el } from './dom.js';
import { toMonth, label } from './months.js';

const SVG = 'http://www.w3.org/2000/svg';
const SLOT = 10; // viewBox units per month
const UP = 26; // the events' tallest bar, above the line
const DOWN = 12; // the reports' longest bar, below it
const HEIGHT = UP + DOWN + 2;

function svg(tag, attrs = {}, className = null) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (className) e.setAttribute('class', className);
  return e;
}

const count = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * @param root the strip's container (empty: the strip is built in it)
 * @param onBrush (from, to, done) as month numbers, -Infinity and Infinity meaning the first and the last date:
 *   while a drag goes on (done false), and when it or a key press is done (done true)
 */
export function createHistogram(root, onBrush) {
  const strip = svg('svg', {
    preserveAspectRatio: 'none', tabindex: 0, role: 'slider', 'aria-valuemin': 0, 'aria-valuemax': 0, 'aria-valuenow': 0,
    'aria-keyshortcuts': 'ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Home End Escape',
  }, 'hist-strip');
  const bars = svg('g');
  const brush = svg('rect', { y: 0, height: HEIGHT, x: 0, width: 0 }, 'hist-brush hist-hidden');
  strip.append(bars, brush);
  const first = el('span');
  const last = el('span');
  const ends = el('div', 'hist-ends');
  ends.append(first, last);
  const undated = el('span', 'hist-undated');
  const legend = el('p', 'hist-legend');
  legend.append(el('span', 'hist-key hist-key-events'), 'claims by the month they tell of ',
    el('span', 'hist-key hist-key-reports'), 'articles by the month published ', undated);
  root.append(strip, ends, legend);

  let slots = []; // what each slot of the strip stands for: a month number, or ±Infinity for earlier and later
  let axis = null; // [first month, last month] of the axis
  let range = null; // {a, b, lo, hi}: the range shown and the sliders' span, in month numbers
  let drag = null;

  /** A new answer of /api/timeline's histogram; the strip is drawn again (show then draws the range). */
  function setData(h) {
    bars.replaceChildren();
    slots = [];
    root.hidden = !h || !h.from || !h.bins.length;
    if (root.hidden) { axis = null; return; }
    axis = [toMonth(h.from), toMonth(h.to)];
    const items = h.bins.map((b) => ({ value: toMonth(b.month), month: b.month, title: b.month, ...b }));
    if (h.earlier.events + h.earlier.reports > 0) items.unshift({ value: -Infinity, month: 'earlier', title: `before ${h.from}`, ...h.earlier });
    if (h.later.events + h.later.reports > 0) items.push({ value: Infinity, month: 'later', title: `after ${h.to}`, ...h.later });
    const maxEvents = Math.max(1, ...items.map((i) => i.events));
    const maxReports = Math.max(1, ...items.map((i) => i.reports));
    items.forEach((item, i) => {
      const g = svg('g', { 'data-month': item.month, 'data-events': item.events, 'data-reports': item.reports },
        Number.isFinite(item.value) ? 'hist-slot' : 'hist-slot hist-outside');
      const tip = svg('title');
      tip.textContent = `${item.title}: ${count(item.events, 'claim')}, ${count(item.reports, 'article')}`;
      g.append(tip, svg('rect', { x: i * SLOT, y: 0, width: SLOT, height: HEIGHT }, 'hist-hit'));
      if (item.events) {
        const h1 = Math.max(1.5, (UP * item.events) / maxEvents);
        g.append(svg('rect', { x: i * SLOT + 1, y: UP - h1, width: SLOT - 2, height: h1 }, 'hist-events'));
      }
      if (item.reports) {
        const h2 = Math.max(1.5, (DOWN * item.reports) / maxReports);
        g.append(svg('rect', { x: i * SLOT + 1, y: UP + 2, width: SLOT - 2, height: h2 }, 'hist-reports'));
      }
      bars.append(g);
      slots.push(item.value);
    });
    bars.append(svg('line', { x1: 0, x2: slots.length * SLOT, y1: UP + 1, y2: UP + 1 }, 'hist-line'));
    strip.setAttribute('viewBox', `0 0 ${slots.length * SLOT} ${HEIGHT}`);
    strip.setAttribute('aria-valuemax', String(slots.length - 1));
    strip.dataset.from = h.from;
    strip.dataset.to = h.to;
    const out = (c) => c.events + c.reports;
    first.textContent = `${out(h.earlier) ? `◂ ${out(h.earlier)} earlier · ` : ''}${h.from}`;
    last.textContent = `${h.to}${out(h.later) ? ` · ${out(h.later)} later ▸` : ''}`;
    const notDated = [h.undated.events ? count(h.undated.events, 'claim') : '',
      h.undated.reports ? count(h.undated.reports, 'article') : ''].filter(Boolean).join(' and ');
    undated.textContent = notDated ? `· ${notDated} undated` : '';
    strip.setAttribute('aria-label', `Time histogram: ${count(h.total.events, 'claim')} by the month they tell of and `
      + `${count(h.total.reports, 'article')} by the month published, ${h.from} to ${h.to}`
      + `${out(h.earlier) ? `, ${out(h.earlier)} earlier` : ''}${out(h.later) ? `, ${out(h.later)} later` : ''}`
      + `${notDated ? `, ${notDated} undated` : ''}. Drag to choose the months; arrow keys move them,`
      + ' Shift with an arrow moves their end, Escape shows all.');
  }

  /** The slot a range end at month {@code m} falls in: beyond the axis, the outer bar (or the axis's end). */
  function slotOf(m) {
    if (m < axis[0]) return 0;
    if (m > axis[1]) return slots.length - 1;
    return m - axis[0] + (slots[0] === -Infinity ? 1 : 0);
  }

  /** Draws the range {@code a..b} of the sliders' span {@code lo..hi} (month numbers) as the brush. */
  function show(a, b, lo, hi) {
    range = { a, b, lo, hi };
    if (!axis) return;
    const whole = a <= lo && b >= hi;
    const [i, j] = [slotOf(a), slotOf(b)];
    brush.setAttribute('x', String(i * SLOT));
    brush.setAttribute('width', String((j - i + 1) * SLOT));
    brush.classList.toggle('hist-hidden', whole);
    [...bars.querySelectorAll('.hist-slot')].forEach((g, k) => g.classList.toggle('hist-dim', !whole && (k < i || k > j)));
    strip.setAttribute('aria-valuenow', String(i));
    strip.setAttribute('aria-valuetext', whole ? `all months, ${label(lo)} to ${label(hi)}` : `${label(a)} to ${label(b)}`);
    strip.dataset.range = whole ? '' : `${label(a)}..${label(b)}`;
  }

  const slotAt = (x) => {
    const r = strip.getBoundingClientRect();
    return Math.max(0, Math.min(slots.length - 1, Math.floor(((x - r.left) / r.width) * slots.length)));
  };
  const brushed = (d, done) => onBrush(slots[Math.min(d.start, d.end)], slots[Math.max(d.start, d.end)], done);

  strip.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || !slots.length) return;
    e.preventDefault();
    strip.focus();
    strip.setPointerCapture(e.pointerId);
    drag = { start: slotAt(e.clientX), end: slotAt(e.clientX) };
    brushed(drag, false);
  });
  strip.addEventListener('pointermove', (e) => {
    if (!drag || slotAt(e.clientX) === drag.end) return;
    drag.end = slotAt(e.clientX);
    brushed(drag, false);
  });
  const finish = () => {
    if (!drag) return;
    brushed(drag, true);
    drag = null;
  };
  strip.addEventListener('pointerup', finish);
  strip.addEventListener('pointercancel', finish);
  strip.addEventListener('dblclick', () => { if (range) onBrush(range.lo, range.hi, true); });

  // the keys move the range a month (its length kept), Shift its end; Home and End take it to an end of the span
  strip.addEventListener('keydown', (e) => {
    if (!range || !axis) return;
    let { a, b } = range;
    const { lo, hi } = range;
    const length = b - a;
    const back = e.key === 'ArrowLeft' || e.key === 'ArrowDown';
    if ((back || e.key === 'ArrowRight' || e.key === 'ArrowUp') && e.shiftKey) b = Math.max(a, Math.min(hi, b + (back ? -1 : 1)));
    else if (back) { a = Math.max(lo, a - 1); b = a + length; }
    else if (e.key === 'ArrowRight' || e.key === 'ArrowUp') { b = Math.min(hi, b + 1); a = b - length; }
    else if (e.key === 'Home') { a = lo; b = lo + length; }
    else if (e.key === 'End') { b = hi; a = hi - length; }
    else if (e.key === 'Escape' && (a > lo || b < hi)) { a = lo; b = hi; e.stopPropagation(); }
    else return;
    e.preventDefault();
    onBrush(a, b, true);
  });

  return { setData, show };
}

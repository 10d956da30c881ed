// timeline.js — two sliders over the months that relation dates span; edges whose dates fall outside
// the chosen range are hidden (class "out-of-time"). Undated edges are drawn faded (style.js) and stay unless
// "undated" is switched off. The sliders speak months, not numbers. Above them the histogram strip
// (histogram.js) shows where the dates are; brushing it sets the sliders, and the sliders move its brush.
import { createHistogram } from './histogram.js';
import { toMonth, label } from './months.js';

/**
 * @param bounds the first answer of /api/timeline; {@code setBounds} takes a later one (after an import), so the
 *   span follows the data: a thumb at an end of the span stays at that end, one inside it stays on its month
 */
export function createTimeline(root, view, bounds, onChange) {
  const from = root.querySelector('#time-from');
  const to = root.querySelector('#time-to');
  const out = root.querySelector('#time-label');
  const undated = root.querySelector('#time-undated');
  const fromField = root.querySelector('#time-from-month');
  const toField = root.querySelector('#time-to-month');
  let lo = null; // the span in months; null while no relation has a date
  let hi = null;
  /** A brushed range (month numbers; ±Infinity for the ends of the span) sets the sliders; onChange when done. */
  const strip = createHistogram(root.querySelector('#time-histogram'), (a, b, done) => {
    if (lo == null) return;
    const clamp = (m) => Math.max(lo, Math.min(hi, m));
    from.value = String(clamp(a));
    to.value = String(clamp(b));
    apply();
    if (done) onChange();
  });

  function setBounds(b) {
    const newLo = toMonth(b.first, false);
    const newHi = toMonth(b.last, true);
    /** Where a thumb goes: {@code end} is the end of the span it sits at when the range is the whole span. */
    const follow = (value, end) => {
      const atLo = lo == null || value <= lo;
      const atHi = lo == null || value >= hi;
      if (atLo && atHi) return end === 'hi' ? newHi : newLo;
      if (atLo) return newLo;
      if (atHi) return newHi;
      return Math.max(newLo, Math.min(newHi, value));
    };
    const [a, z] = [follow(Number(from.value), 'lo'), follow(Number(to.value), 'hi')];
    lo = newLo;
    hi = newHi;
    strip.setData(b.histogram);
    root.hidden = lo == null || hi == null;
    if (root.hidden) { lo = null; hi = null; return; }
    for (const input of [from, to]) { input.min = String(lo); input.max = String(hi); }
    for (const input of [fromField, toField]) { input.min = label(lo); input.max = label(hi); }
    from.value = String(a);
    to.value = String(z);
    strip.show(Math.min(a, z), Math.max(a, z), lo, hi);
  }

  function apply() {
    const { cy } = view;
    if (lo == null) { // nothing dated: only the undated switch hides
      cy.batch(() => cy.edges('[!bundle][!suggestion]').forEach((e) => e.toggleClass('out-of-time', !undated.checked)));
      return;
    }
    const a = Math.min(Number(from.value), Number(to.value));
    const b = Math.max(Number(from.value), Number(to.value));
    out.textContent = `${label(a)} – ${label(b)}`;
    strip.show(a, b, lo, hi);
    fromField.value = label(a);
    toField.value = label(b);
    from.setAttribute('aria-valuetext', `from ${label(Number(from.value))}`);
    to.setAttribute('aria-valuetext', `to ${label(Number(to.value))}`);
    cy.batch(() => cy.edges('[!bundle][!suggestion]').forEach((e) => { // suggestions are undated proposals, not relations
      const first = toMonth(e.data('firstDate'), false);
      const last = toMonth(e.data('lastDate'), true);
      e.toggleClass('out-of-time', first == null ? !undated.checked : (last < a || first > b));
    }));
    root.dataset.range = `${label(a)}..${label(b)}`;
    root.dataset.span = `${label(lo)}..${label(hi)}`;
    root.dataset.undated = undated.checked ? 'shown' : 'hidden';
  }

  root.addEventListener('input', (e) => { if (e.target.type !== 'month') { apply(); onChange(); } });
  // the typed fields: a whole month moves its slider (clamped to the span); a half-typed one waits
  for (const [field, slider] of [[fromField, from], [toField, to]]) {
    field.addEventListener('change', () => {
      const m = toMonth(field.value, false);
      if (m == null || Number.isNaN(m) || lo == null) return;
      slider.value = String(Math.max(lo, Math.min(hi, m)));
      apply();
      onChange();
    });
  }
  setBounds(bounds);
  apply();
  return {
    apply,
    /** The chosen range, or null for the whole span (which then follows the data, also in a link). */
    range: () => (lo == null || (Number(from.value) === lo && Number(to.value) === hi) ? null
      : `${label(Number(from.value))}..${label(Number(to.value))}`),
    /** Whether undated relations are shown (the switch). */
    undatedShown: () => undated.checked,
    /** The span after the data changed (a new /api/timeline answer); the caller redraws. */
    setBounds,
    /** Sets the range ("2023-01..2024-06", or the whole span when absent) and the undated switch. */
    restore(range, undatedOn = true) {
      undated.checked = undatedOn;
      if (lo != null) {
        const m = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(range || '');
        from.value = String(m ? Number(m[1]) * 12 + Number(m[2]) - 1 : lo);
        to.value = String(m ? Number(m[3]) * 12 + Number(m[4]) - 1 : hi);
      }
      apply();
    },
  };
}

// suggestions.js — relations the learned scorer was unsure of, for an analyst to decide. The Review dialog's
// Suggestions section: the scorer's cross-validated figures in a sentence or two, the count open, then the open
// suggestions (highest expected value first), each with its sentence and both entities marked, its type, its score
// and Accept / Reject (with a reason) / Change type. Keys while the list has focus: J/K next/previous, A accept,
// R reject, T change the type. A decided item leaves at once and the next one takes the focus; the caller
// redraws what the decision touched. A verdict the server refuses puts the item back, with the reason. The same controls serve a suggestion picked in the graph (details.js).
// DOM from text nodes only.
import { api } from './api.js';
import { el, readableType } from './dom.js';
import { button, highlighted } from './panel-parts.js';
import { REASONS, fold, relationTypes, select, suggestionVerdict } from './review.js';

/** A figure from 0 to 1 as people write it in a sentence: 0.8759 → ".88". */
const figure = (x) => (typeof x === 'number' ? x.toFixed(2).replace(/^0\./, '.') : '?');
/** A score as a badge shows it. */
export const score = (x) => (typeof x === 'number' ? x.toFixed(2) : '?');

/** What the scorer's file says of itself, in one or two plain sentences ("No scorer model" without one). */
export function modelSummary(model) {
  if (!model) return 'No scorer model: the extractor reads with its patterns alone and suggests nothing.';
  const cv = model.crossValidation || {};
  const claims = cv.claims || {};
  const wide = cv.withSuggestions || {};
  const trained = typeof model.trained === 'string' ? model.trained.slice(0, 10) : 'at an unknown date';
  let text = `Scorer trained ${trained}${cv.articles ? ` on ${cv.articles} articles` : ''}; cross-validated`
    + `${cv.folds ? ` (${cv.folds} folds, by article)` : ''}: claims P ${figure(claims.precision)} R ${figure(claims.recall)},`
    + ` with suggestions recall ${figure(wide.recall)}.`;
  if (typeof cv.suggestionsPerGold === 'number') {
    const band = model.threshold > 1 ? `It adds no claim of its own; what scores ${figure(model.floor)} or more is suggested`
      : `What scores from ${figure(model.floor)} up to ${figure(model.threshold)} is suggested`;
    text += ` ${band}: ${cv.suggestionsPerGold.toFixed(1)} suggestions per true relation.`;
  }
  return text;
}

/** The suggestion's sentence with both entities marked: the source and the target each with their own class. */
export function markedSentence(s) {
  return highlighted(s.sentence, s.marks || [], (m) => (m.entity === s.source ? 'mark-source' : 'mark-target'));
}

/** What tells the two marks apart, for a legend. */
export function markLegend() {
  const p = el('p', 'note mark-legend');
  p.append(document.createTextNode('Marked: '), el('mark', 'mark-source', 'source'), document.createTextNode(' and '),
    el('mark', 'mark-target', 'target'), document.createTextNode('.'));
  return p;
}

/**
 * Accept, a reason and Reject ("not stated" unless another is chosen), and "Change type…" (a relation type, then
 * Change type or Enter) for one suggestion; {@code act(kind, options)} with kind accept, reject or type.
 */
export async function suggestionControls(s, act) {
  const box = el('div', 'review suggestion-actions');
  const reason = select('reason for rejecting', REASONS.map((r) => [r, r]), REASONS[0]);
  reason.classList.add('suggestion-reason');
  const type = select('relation type', (await relationTypes()).map((t) => [t, readableType(t)]), s.type);
  type.classList.add('suggestion-type');
  type.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { e.preventDefault(); act('type', { type: type.value }); }
  });
  box.append(button('Accept', () => act('accept'), null), reason,
    button('Reject', () => act('reject', { reason: reason.value }), null),
    fold('Change type…', type, button('Change type', () => act('type', { type: type.value }), null)));
  return box;
}

/** Sends the verdict; resolves to the decision. */
export const decideSuggestion = (s, kind, options = {}) => api.review(s.claim, suggestionVerdict(s, kind, options));

/**
 * The Review dialog's section. {@code render(quality)} builds it anew (the dialog is rebuilt after every decision);
 * {@code settle()}, once it is in the page, gives the focus back to the item the analyst was on.
 * {@code onDecided(s, kind, options, decision)} redraws what a verdict touched; {@code onStale()} shows the list as
 * the server has it after a refused verdict (changed since, gone), which {@code onError} reports.
 */
export function createSuggestionList({ onDecided, onError, onStale }) {
  let list = null;
  let heading = null;
  let current = null; // the claim of the item the analyst is on
  let index = 0; // and its place, for when it has gone
  let open = 0;
  let hadFocus = false;
  // whether the analyst is working in the list: set by where the focus goes, kept while a focused item is removed
  // or the list is rebuilt (the focus then falls to the body or the dialog), so quick redraws do not lose it
  let inList = false;
  let pending = 0;
  let redrawing = 0; // renders under way: focus moves meanwhile are the page's, not the analyst's
  document.addEventListener('focusin', (e) => {
    // the body and a modal dialog take the focus by themselves when the focused item is removed (focus fixup)
    if (pending > 0 || redrawing > 0 || e.target === document.body || e.target.tagName === 'DIALOG') return;
    inList = Boolean(list && list.contains(e.target));
  });
  let queue = Promise.resolve(); // verdicts go one after another, each followed by its redraw
  const sent = new Set(); // decided here, not answered yet: not listed again meanwhile

  const items = () => (list ? [...list.querySelectorAll(':scope > li.suggestion')] : []);
  const say = () => {
    heading.textContent = `Suggestions (${open} open)`;
    list.dataset.pending = String(pending);
  };

  /** Makes {@code li} the item the keys act on: highlighted, the only one in the tab order, in view. */
  function setCurrent(li, focus) {
    for (const x of items()) {
      const on = x === li;
      x.tabIndex = on ? 0 : -1;
      if (on) x.setAttribute('aria-current', 'true'); else x.removeAttribute('aria-current');
      x.querySelectorAll('button, select, summary').forEach((c) => { c.tabIndex = on ? 0 : -1; });
    }
    if (!li) return;
    current = li.dataset.claim;
    index = items().indexOf(li);
    if (focus) li.focus();
    li.scrollIntoView({ block: 'nearest' });
  }

  function empty(focus) {
    const note = el('li', { className: 'empty', tabIndex: -1 }, 'No suggestion left to decide.');
    list.append(note);
    if (focus) note.focus();
  }

  /** A verdict from the keys or the buttons: the item leaves at once, the next one takes its place. */
  function decide(li, kind, options = {}) {
    const s = li.suggestion;
    if (!list.contains(li) || sent.has(s.claim)) return;
    const all = items();
    const at = all.indexOf(li);
    const next = all[at + 1] || all[at - 1] || null;
    const focused = inList || list.contains(document.activeElement);
    inList = focused;
    sent.add(s.claim);
    li.remove();
    open = Math.max(0, open - 1);
    pending++;
    say();
    if (next) setCurrent(next, focused); else empty(focused);
    queue = queue.then(() => decideSuggestion(s, kind, options).then((d) => onDecided(s, kind, options, d),
      (e) => refused(li, at, e)))
      .catch(onError)
      .finally(() => { sent.delete(s.claim); pending--; if (list) list.dataset.pending = String(pending); });
  }

  /**
   * A verdict the server refused: the item comes back where it was, saying why (and takes the keyboard back when the
   * analyst is in the list). When the suggestion is gone or someone decided it meanwhile, the list is shown as the
   * server has it instead.
   */
  function refused(li, at, e) {
    const s = li.suggestion;
    sent.delete(s.claim);
    onError(e);
    const current = e.body && e.body.current;
    if (e.status === 404 || (current && current.verdict)) return onStale();
    if (current && Number.isInteger(current.rev)) s.rev = current.rev; // changed since: the next try names the new revision
    li.querySelectorAll('.verdict-error').forEach((x) => x.remove());
    li.append(el('p', { className: 'verdict-error', role: 'alert' }, `Not saved: ${e.message}`));
    const focus = inList || list.contains(document.activeElement);
    const note = list.querySelector(':scope > li.empty');
    if (note) note.remove();
    list.insertBefore(li, items()[at] || null);
    open += 1;
    say();
    setCurrent(li, focus);
    return null;
  }

  function onKey(e) {
    if (e.ctrlKey || e.metaKey || e.altKey || ['SELECT', 'INPUT', 'TEXTAREA'].includes(e.target.tagName)) return;
    const li = e.target.closest('li.suggestion');
    if (!li || !list.contains(li)) return; // an item of a list being replaced
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const move = (step) => { const to = items()[items().indexOf(li) + step]; if (to) setCurrent(to, true); };
    if (key === 'j' || key === 'ArrowDown') move(1);
    else if (key === 'k' || key === 'ArrowUp') move(-1);
    else if (key === 'a') decide(li, 'accept');
    else if (key === 'r') decide(li, 'reject', { reason: li.querySelector('.suggestion-reason').value });
    else if (key === 't') {
      li.querySelector('details').open = true;
      li.querySelector('.suggestion-type').focus();
    } else return;
    e.preventDefault();
  }

  async function item(s) {
    const li = el('li', { className: 'suggestion', tabIndex: -1 });
    li.dataset.claim = s.claim;
    li.suggestion = s;
    li.append(el('div', 'suggestion-what', `${s.sourceName || s.source} — ${readableType(s.type)} — ${s.targetName || s.target}`),
      markedSentence(s),
      el('div', 'badges', `score ${score(s.score)} · accepted, it reads as ${s.readStatus || 'reported'}`
        + `${s.rule ? ` · ${s.rule}` : ''}${s.article ? ` · ${s.article}` : ''}`),
      await suggestionControls(s, (kind, options) => decide(li, kind, options)));
    return li;
  }

  return {
    async render(q) {
      redrawing++;
      try {
        return await this.build(q);
      } finally {
        redrawing--;
      }
    },

    async build(q) {
      const section = el('section', 'suggestions');
      section.setAttribute('aria-labelledby', 'suggestions-title');
      const fresh = el('ol', { id: 'suggestion-list', className: 'suggestion-list' });
      fresh.setAttribute('aria-labelledby', 'suggestions-title');
      fresh.setAttribute('aria-describedby', 'suggestion-keys');
      fresh.addEventListener('keydown', onKey);
      fresh.addEventListener('focusin', (e) => {
        const li = e.target.closest('li.suggestion');
        if (li && li.dataset.claim !== current) setCurrent(li, false);
      });
      for (const s of q.suggestions || []) fresh.append(await item(s));
      // the old list stays in use until here: what was decided in it meanwhile is not shown again
      hadFocus = inList || Boolean(list && list.isConnected && list.contains(document.activeElement));
      const shown = [...fresh.children].filter((li) => !sent.has(li.dataset.claim));
      fresh.replaceChildren(...shown);
      open = Math.max(0, (q.suggestionsOpen || 0) - ((q.suggestions || []).length - shown.length));
      list = fresh;
      heading = el('h4', { id: 'suggestions-title' });
      if (!shown.length) empty(false);
      say();
      const keys = el('p', { id: 'suggestion-keys', className: 'note' }, 'Keys in the list: J / K (or ↓ / ↑) next / previous'
        + ' · A accept · R reject (for the reason shown, "not stated" unless changed) · T change the type (pick one, then Enter).');
      section.append(heading, el('p', 'model-figures', modelSummary(q.model)), keys, markLegend(), list);
      if (open > shown.length) section.append(el('p', 'note', `The ${shown.length} of ${open} worth deciding first.`));
      return section;
    },

    /** After the section is in the page: the item the analyst was on (or the one now in its place) is current. */
    settle() {
      const all = items();
      const li = all.find((x) => x.dataset.claim === current) || all[Math.min(index, all.length - 1)] || null;
      const focus = hadFocus || inList;
      setCurrent(li, focus);
      if (!li && focus) list.querySelector('li.empty').focus();
    },
  };
}

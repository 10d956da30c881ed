// review.js — the analyst's controls in the side panel: accept, reject (with a reason) or correct a claim, add a
// relation the extractor missed from a sentence, undo; and for an entity: rename, retype, aliases, merge into
// another, split an alias off; the verdict on a suggestion (accept, reject, another type; its controls are in
// suggestions.js). Every decision goes to the server (curation, kept in import/curation) and then
// onChanged({ids, message}) redraws what it touched. A verdict shows at once, before the server has answered
// (the claim marked, struck through when rejected, "saving…"); when the server refuses it, the claim goes back to
// how it was and says why. DOM from text nodes only.
import { analystName, api } from './api.js';
import { addOptions, el, readableType } from './dom.js';
import { button } from './panel-parts.js';
import { STATUSES } from './style.js';

export const REASONS = ['not stated', 'wrong relation type', 'wrong direction', 'wrong entity', 'wrong status'];
const TYPES = ['Person', 'Country', 'Organization', 'Place', 'Weapon', 'Commodity', 'Event'];
let vocabulary = null;

/** The relation types an analyst may choose (the whole vocabulary), asked once. */
export async function relationTypes() {
  if (!vocabulary) vocabulary = (await api.relationTypes()).vocabulary;
  return vocabulary;
}

export function select(label, pairs, value) {
  const s = el('select', { className: 'review-select' });
  s.setAttribute('aria-label', label);
  addOptions(s, pairs);
  if (value != null) s.value = value;
  return s;
}

/** A one-line form inside a <details>: the summary opens it, the controls and a go button in a row. */
export function fold(summary, ...controls) {
  const d = el('details', 'review-fold');
  const row = el('div', 'review-row');
  row.append(...controls);
  d.append(el('summary', null, summary), row);
  return d;
}

/** What the verdict of a claim says, for the mark beside it. */
function verdictText(c) {
  if (c.origin === 'analyst') return `added by ${c.reviewedBy || 'an analyst'}`;
  if (!c.verdict) return 'not reviewed';
  return `${c.verdict}${c.reason ? `: ${c.reason}` : ''}${c.reviewedBy ? ` (${c.reviewedBy})` : ''}`;
}

/**
 * The review request for a verdict on a suggestion: accept it, reject it with a reason, or accept it as another
 * type. A correction sends the status the suggestion reads as, else the corrected claim would stay a suggestion.
 */
export function suggestionVerdict(s, kind, { reason, type } = {}) {
  if (kind === 'accept') return { verdict: 'accept', rev: s.rev };
  if (kind === 'reject') return { verdict: 'reject', reason: REASONS.includes(reason) ? reason : REASONS[0], rev: s.rev };
  return { verdict: 'accept', rev: s.rev, correction: { type, status: STATUSES.includes(s.readStatus) ? s.readStatus : 'reported' } };
}

/** What the status line says after a verdict on a suggestion. */
export function suggestionMessage(s, kind, { type } = {}) {
  if (kind === 'reject') return 'Suggestion rejected: it makes no edge.';
  return `Suggestion accepted${kind === 'type' ? ` as "${readableType(type)}"` : ''}: the relation is drawn now.`;
}

/** What a verdict shows before the server answers: {verdict, reason} as the claim will have it. */
function shownVerdict(kind, reason) {
  return { verdict: kind, reason: reason || null, reviewedBy: analystName() };
}

export function createReview({ onChanged, onError }) {
  const run = (work, ids, message) => work().then((d) => onChanged({ ids, message, decision: d })).catch(onError);

  /**
   * A decision shown at once in {@code box} (the claim's controls, or a suggestion's): the mark says what was decided
   * ({@code shown}: verdict, reason), the claim's item is struck through when rejected, the controls give way to
   * "saving…". Then {@code work()} goes to the server; when it answers, {@code onChanged} redraws from what the server
   * holds. When it refuses, the box and its item go back to how they were, with the reason (and the keyboard where it
   * was). Resolves to the decision, or null when refused.
   */
  function optimistic(box, shown, work, ids, message) {
    const item = box.closest('li');
    const before = { nodes: [...box.childNodes], className: box.className, rejected: item ? item.classList.contains('rejected') : false };
    const hadFocus = box.contains(document.activeElement) ? document.activeElement : null;
    box.querySelectorAll('.verdict-error').forEach((x) => x.remove());
    const mark = el('span', `verdict-mark${shown.verdict === 'rejected' ? ' rejected' : ''}`, verdictText(shown));
    box.replaceChildren(mark, el('span', 'verdict-saving', 'saving…'));
    box.className = `review${shown.verdict ? ` verdict-${shown.verdict}` : ''} pending`;
    box.setAttribute('aria-busy', 'true');
    if (item) item.classList.toggle('rejected', shown.verdict === 'rejected');
    if (hadFocus) { mark.tabIndex = -1; mark.focus(); }
    return work().then((d) => {
      box.removeAttribute('aria-busy');
      box.classList.remove('pending');
      box.replaceChildren(mark); // saved: the story is redrawn from the server next, its Undo is here already
      if (shown.verdict && d && d.decision) {
        box.append(button('Undo', () => optimistic(box, { verdict: null }, () => api.undoDecision(d.decision), ids,
          'Decision taken back.'), null));
      }
      onChanged({ ids, message, decision: d });
      return d;
    }, (e) => {
      box.replaceChildren(...before.nodes);
      box.className = before.className;
      box.removeAttribute('aria-busy');
      if (item) item.classList.toggle('rejected', before.rejected);
      box.append(el('p', { className: 'verdict-error', role: 'alert' }, `Not saved: ${e.message}`));
      if (hadFocus && hadFocus.isConnected) hadFocus.focus();
      onError(e);
      return null;
    });
  }

  /** Accept / reject / correct / undo for one claim of an edge ({source, type, target} the edge). */
  async function claimControls(c, edge) {
    const box = el('div', `review${c.verdict ? ` verdict-${c.verdict}` : ''}`);
    box.dataset.claim = c.claim;
    box.append(el('span', `verdict-mark${c.verdict === 'rejected' ? ' rejected' : ''}`, verdictText(c)));
    const ids = [edge.source, edge.target];
    if (c.decision) {
      box.append(button('Undo', () => optimistic(box, { verdict: null }, () => api.undoDecision(c.decision), ids,
        'Decision taken back.'), null));
    }
    if (c.origin === 'analyst' || c.verdict) return box;
    const reason = select('reason for rejecting', REASONS.map((r) => [r, r]));
    box.append(button('Accept', () => optimistic(box, shownVerdict('accepted'), () => api.review(c.claim, { verdict: 'accept', rev: c.rev }),
      ids, 'Accepted.'), null),
    reason,
    button('Reject', () => optimistic(box, shownVerdict('rejected', reason.value),
      () => api.review(c.claim, { verdict: 'reject', reason: reason.value, rev: c.rev }), ids,
      'Rejected: the edge no longer counts it.'), null));
    const type = select('corrected relation type', (await relationTypes()).map((t) => [t, t]), edge.type);
    const swap = el('input', { type: 'checkbox' });
    const swapLabel = el('label', 'toggle');
    swapLabel.append(swap, document.createTextNode('swap direction'));
    const status = select('corrected status', STATUSES.map((s) => [s, s]), c.status);
    const save = button('Save correction', () => optimistic(box, shownVerdict('corrected'), () => api.review(c.claim, {
      verdict: 'accept', rev: c.rev, correction: { type: type.value, swap: swap.checked, status: status.value },
    }), ids, 'Corrected.'), null);
    box.append(fold('Correct…', type, swapLabel, status, save));
    return box;
  }

  /** "Add a relation from this sentence": two of the entities it names, a type and a status. */
  async function addFromSentence(sentenceId, named) {
    if (!sentenceId || !named || named.length < 2) return document.createTextNode('');
    const pairs = named.map((n) => [n.id, n.name]);
    const source = select('source', pairs, pairs[0][0]);
    const target = select('target', pairs, pairs[1][0]);
    const type = select('relation type', (await relationTypes()).map((t) => [t, t]), 'MET');
    const status = select('status', STATUSES.map((s) => [s, s]), 'reported');
    const add = button('Add', () => run(() => api.addClaim({
      sentence: sentenceId, source: source.value, type: type.value, target: target.value, status: status.value,
    }), [source.value, target.value], 'Relation added from the sentence.'), null);
    add.classList.add('add-relation');
    return fold('Add a relation from this sentence…', source, type, target, status, add);
  }

  /** Rename, retype and aliases; merge into another entity (found by search); split an alias off. */
  function entityControls(e) {
    const name = el('input', { type: 'text', value: e.name, className: 'review-name' });
    name.setAttribute('aria-label', 'name');
    const type = select('entity type', TYPES.map((t) => [t, t]), e.type);
    const aliases = el('textarea', { rows: 3, className: 'review-aliases', value: (e.aliases || []).join('\n') });
    aliases.setAttribute('aria-label', 'aliases, one per line');
    const save = button('Save', () => run(() => api.editEntity(e.id, {
      name: name.value, type: type.value, rev: e.rev,
      aliases: aliases.value.split('\n').map((a) => a.trim()).filter(Boolean),
    }), [e.id], 'Entity saved.'), 'entity-save');
    const into = el('input', { type: 'search', placeholder: 'merge into… (search)', className: 'review-name' });
    into.setAttribute('aria-label', 'merge into');
    const hits = select('entity to merge into', []);
    into.addEventListener('input', async () => {
      if (into.value.trim().length < 2) return;
      const res = await api.search(into.value.trim()).catch(() => ({ hits: [] }));
      hits.replaceChildren();
      addOptions(hits, res.hits.filter((h) => h.id !== e.id).map((h) => [h.id, `${h.name} (${h.type})`]));
    });
    const merge = button('Merge', () => {
      if (!hits.value || !window.confirm(`Merge ${e.name} into ${hits.selectedOptions[0].textContent}?`)) return;
      run(() => api.mergeEntity(e.id, hits.value, e.rev), [e.id, hits.value], `Merged ${e.name}.`);
    }, 'entity-merge');
    const alias = select('alias to split off', (e.aliases || []).filter((a) => a !== e.name).map((a) => [a, a]));
    const split = button('Split off', () => run(() => api.splitEntity(e.id, alias.value, e.rev), [e.id],
      `"${alias.value}" is its own entity now.`), 'entity-split');
    const box = el('div', 'review-entity');
    box.append(fold('Edit name, type, aliases…', name, type, aliases, save), fold('Merge into another entity…', into, hits, merge),
      fold('Split an alias off…', alias, split));
    return box;
  }

  /**
   * A verdict on a suggestion picked in the graph (its controls: suggestions.js), shown at once in {@code box} when
   * given. Resolves to the decision, or null when refused.
   */
  const decideSuggestion = (s, kind, options = {}, box = null) => {
    const work = () => api.review(s.claim, suggestionVerdict(s, kind, options));
    const ids = [s.source, s.target];
    const message = suggestionMessage(s, kind, options);
    if (!box) return run(work, ids, message);
    const shown = kind === 'reject' ? shownVerdict('rejected', options.reason || REASONS[0])
      : shownVerdict('accepted', kind === 'type' ? `as ${readableType(options.type)}` : null);
    return optimistic(box, shown, work, ids, message);
  };

  return { claimControls, addFromSentence, entityControls, decideSuggestion };
}

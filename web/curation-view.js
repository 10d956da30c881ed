// curation-view.js — what follows an analyst's decision in the page (the graph around the entities it touched is
// read again; an entity merged away leaves, one split off or brought back by an undo comes in), the name the
// page asks once, and the Review dialog: the suggestions to decide (suggestions.js), quality per relation type and
// rule, the queue of unreviewed claims (lowest confidence first, each sentence with both entities marked), recent
// decisions in words ("Ana rejected 'North Korea SUPPLIED Russia' (not stated), 14:02 local") with their undo, and
// the verdicts as JSON Lines.
import { api, onAnalystNeeded } from './api.js';
import { download, el, readableType } from './dom.js';
import { button } from './panel-parts.js';
import { suggestionMessage } from './review.js';
import { createSuggestionList, markLegend, markedSentence } from './suggestions.js';

/** Asks the analyst's name in a dialog; resolves to the name or '' (then the server's default is used). */
function nameAsker(dialog) {
  const input = dialog.querySelector('#analyst-name');
  return () => new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok' ? input.value.trim() : ''), { once: true });
    dialog.showModal();
    input.focus();
  });
}

function table(caption, rows, columns) {
  const t = el('table', 'relations quality');
  t.append(el('caption', null, caption));
  const head = el('tr');
  columns.forEach(([, label]) => head.append(el('th', { scope: 'col' }, label)));
  t.append(head);
  for (const r of rows) {
    const tr = el('tr');
    columns.forEach(([k]) => tr.append(el('td', null, r[k] == null ? '—' : r[k])));
    t.append(tr);
  }
  return t;
}

/** Entity ids a decision touched, read from what it recorded. */
function touched(d) {
  // a recent-decisions row holds the decision's data in "decision"; a write's answer in "data"
  const x = (d.decision && typeof d.decision === 'object' ? d.decision : d.data) || {};
  const ids = [x.entity, x.into, x.newId, x.relation && x.relation.subject, x.relation && x.relation.object,
    x.claim && x.claim.subject, x.claim && x.claim.object, x.after && x.after.subject, x.after && x.after.object];
  return ids.filter((i) => typeof i === 'string');
}

const pad = (n) => String(n).padStart(2, '0');

/** A moment in the analyst's own time: "14:02 local" today, "2024-09-03 14:02 local" on another day. */
export function localTime(iso, now = new Date()) {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return String(iso);
  const day = `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${day === today ? '' : `${day} `}${pad(t.getHours())}:${pad(t.getMinutes())} local`;
}

/** A decision in words: "Ana rejected 'North Korea SUPPLIED Russia' (not stated)" (without its time). */
export function decisionText(x) {
  const s = x.summary;
  if (!s) return `${x.analyst} · ${x.action}`;
  return `${x.analyst} ${s.verb} '${s.what}'${s.detail ? ` (${s.detail})` : ''}`;
}

/** One line of the recent decisions: what was decided, when in local time (the UTC moment as a tooltip), undone or not. */
function decisionLine(x) {
  const li = el('li', x.undone ? 'undone' : '');
  const when = el('time', { dateTime: x.at, title: `${x.at} (UTC)` }, localTime(x.at));
  li.append(document.createTextNode(`${decisionText(x)}, `), when);
  if (x.undone) li.append(document.createTextNode(' — taken back'));
  return li;
}

/**
 * @param hooks readInContext(article, sentence), when given, makes the control that opens the article reader at a
 *        queued claim's sentence (the dialog closes first)
 */
export function createCurationView({ view, redraw, details, report, status, dialogs, readInContext = null }) {
  onAnalystNeeded(nameAsker(dialogs.name));

  /** Redraws around the entities a decision touched and shows the panel again. */
  async function applyChange({ ids, message, decision }) {
    const all = new Set([...(ids || []), ...(decision ? touched(decision) : [])]);
    // only an undo, a merge or a split can bring entities back or make new ones: then the first view is read again
    const reshapes = !decision || ['undo', 'merge', 'split'].includes(decision.action);
    if (reshapes) view.merge(await api.graph());
    const present = [];
    for (const id of all) {
      const e = await api.entity(id).catch((err) => { if (err.status === 404) return null; throw err; });
      if (!e || e.id !== id) view.cy.getElementById(id).remove(); // merged away: its id now answers for another
      if (e) present.push(e.id);
    }
    for (const id of new Set(present)) {
      if (view.cy.getElementById(id).empty()) view.merge(await api.neighbours(id, { limit: 20 }), null);
      view.syncEdges([id], await api.neighbours(id, { limit: 500 }));
    }
    redraw();
    status(message);
    await details.refresh().catch(() => details.clear());
    if (dialogs.review.open) await showReview();
  }

  /** The dialog's suggestions: a verdict redraws what it touched (an accepted one's edge appears at once). */
  const suggestions = createSuggestionList({
    onDecided: (s, kind, options, decision) => applyChange({
      ids: [s.source, s.target], message: suggestionMessage(s, kind, options), decision,
    }),
    onError: report,
    onStale: () => showReview(),
  });

  async function showReview() {
    const [q, d] = await Promise.all([api.quality(30), api.decisions(30)]);
    const body = dialogs.review.querySelector('#review-body');
    const summary = el('p', null, `${q.reviewed} of ${q.claims} claims reviewed; ${q.added} added by analysts.`);
    const suggested = await suggestions.render(q);
    const queue = el('ol', 'review-queue');
    for (const c of q.queue) {
      const li = el('li');
      const what = button(`${c.sourceName || c.source} — ${readableType(c.type)} — ${c.targetName || c.target}`,
        () => { dialogs.review.close(); details.showRelation(c, { source: c.sourceName, target: c.targetName }, null).catch(report); });
      what.classList.add('link-button');
      const meta = el('div', 'badges', `${c.status || ''} · confidence ${c.confidence}${c.rule ? ` · ${c.rule}` : ''}`);
      if (readInContext && c.article) meta.append(document.createTextNode(' '), readInContext(c.article, c.sentenceId));
      li.append(what, markedSentence(c), meta);
      queue.append(li);
    }
    const recent = el('ul', 'review-decisions');
    for (const x of d.decisions) {
      const li = decisionLine(x);
      if (!x.undone) {
        li.append(document.createTextNode(' '), button('Undo', () => api.undoDecision(x.id)
          .then(() => applyChange({ ids: touched(x), message: 'Decision taken back.' })).catch(report), null));
      }
      recent.append(li);
    }
    const gold = button('Download the verdicts (JSON Lines for score.py)', async () => {
      download(await api.goldFile(), 'newsgraph-verdicts.jsonl');
    }, 'review-gold');
    const cols = [['key', 'type / rule'], ['reviewed', 'reviewed'], ['accepted', 'accepted'], ['rejected', 'rejected'],
      ['corrected', 'corrected'], ['precision', 'precision']];
    body.replaceChildren(summary, suggested, table('Precision per relation type', q.byType, cols),
      table('Precision per rule', q.byRule.slice(0, 15), cols), el('h4', null, 'To review (lowest confidence first)'),
      markLegend(), queue,
      el('h4', null, 'Recent decisions'), recent, gold);
    suggestions.settle();
  }

  document.getElementById('review-open').addEventListener('click', () => {
    showReview().then(() => dialogs.review.showModal()).catch(report);
  });
  dialogs.review.querySelector('#review-close').addEventListener('click', () => dialogs.review.close());

  return { applyChange };
}

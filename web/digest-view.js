// digest-view.js — "What's new": what changed since a day (new entities worth a line, new and changed relations
// with their newest evidence), and the same as a Markdown or HTML briefing to download. The day is the analyst's
// last visit (kept in the browser) until the analyst picks another; on a first visit the server's default, the last
// import. Every name is a button that focuses its entity; a relation opens its story.
import { api } from './api.js';
import { download, el, readableType } from './dom.js';
import { button } from './panel-parts.js';

/** When the analyst last opened the page (an ISO moment), kept in the browser. */
export const VISIT_KEY = 'newsgraph.lastVisit';

/**
 * Reads the last visit and records this one; the day of the last visit (YYYY-MM-DD), or null on a first visit.
 * Days are UTC days, as the date field's upper bound is.
 */
function lastVisit() {
  let previous = null;
  try {
    previous = localStorage.getItem(VISIT_KEY);
    localStorage.setItem(VISIT_KEY, new Date().toISOString());
  } catch {
    return null; // storage switched off: every visit is a first one
  }
  return previous && /^\d{4}-\d{2}-\d{2}/.test(previous) ? previous.slice(0, 10) : null;
}

/** A name that focuses its entity (a button that reads as a link). */
function nameButton(name, id, onEntity) {
  const b = el('button', { type: 'button', className: 'link-button digest-name' }, name);
  b.dataset.entity = id;
  b.addEventListener('click', () => onEntity(id));
  return b;
}

/** Why a new entity is listed. */
function why(e) {
  const because = [];
  if (e.known) because.push('in the gazetteer');
  if (e.named >= 2) because.push(`named in ${e.named} sentences`);
  if (e.reviewed) because.push('reviewed');
  return because.join(', ');
}

/**
 * @param hooks report(error); onEntity(id) focuses an entity (the dialog closes first); onRelation(edge) opens a
 *        relation's story ({source, type, target, statusNow, sourceName, targetName}); readInContext(article,
 *        sentence), when given, makes the control that opens the article reader at an item's sentence
 */
export function createDigestView(dialog, { report, onEntity, onRelation = null, readInContext = null }) {
  const since = dialog.querySelector('#digest-since');
  const body = dialog.querySelector('#digest-body');
  const basis = el('p', { id: 'digest-basis', className: 'note' });
  body.before(basis);
  since.max = new Date().toISOString().slice(0, 10);
  const visited = lastVisit();
  if (visited && visited <= since.max) since.value = visited;
  // where the day came from: the last visit, the last import (the server's default), or the analyst's choice
  let from = since.value ? 'visit' : 'import';

  const focus = (id) => { dialog.close(); onEntity(id); };

  function say(d) {
    if (from === 'visit') basis.textContent = `Since your last visit (${d.since}).`;
    else if (from === 'import') {
      basis.textContent = `Since the last import: from ${d.since}, the first day its articles were published.`;
    } else basis.textContent = '';
    dialog.dataset.since = from;
  }

  let asked = 0; // the newest request: an answer to an older one (a day changed twice quickly) is dropped
  async function show() {
    if (!since.value && from !== 'import') return;
    const mine = ++asked;
    const d = await api.digest(from === 'import' ? null : since.value);
    if (mine !== asked) return;
    since.value = d.since;
    say(d);
    const entities = el('ul', 'digest-entities');
    for (const e of d.entities) {
      const li = el('li');
      li.append(nameButton(e.name, e.id, focus), document.createTextNode(` (${e.type}), first named ${e.first}`),
        el('span', 'note', ` · ${why(e)}`));
      if (readInContext && e.firstNamed) li.append(document.createTextNode(' '), readInContext(e.firstNamed.article, e.firstNamed.sentenceId));
      entities.append(li);
    }
    const edges = el('ul', 'evidence digest-edges');
    for (const e of d.edges) {
      const li = el('li');
      const change = e.change === 'new' ? `new · ${e.claimsNow} claim(s) · ${e.statusNow}`
        : `claims ${e.claimsBefore} → ${e.claimsNow} · ${e.statusBefore === e.statusNow ? e.statusNow : `${e.statusBefore} → ${e.statusNow}`}`;
      const title = el('strong', 'digest-relation');
      title.append(nameButton(e.sourceName, e.source, focus), document.createTextNode(` — ${readableType(e.type)} — `),
        nameButton(e.targetName, e.target, focus));
      li.append(title, document.createTextNode(` ${change} `));
      if (onRelation) {
        const story = button('the story', () => { dialog.close(); onRelation(e); }, null);
        story.classList.add('link-button', 'digest-story');
        li.append(story);
      }
      if (e.newest) {
        const source = el('div', 'source', `${e.newest.title} · ${e.newest.outlet || ''} · ${e.newest.published}`);
        if (readInContext && e.newest.article) source.append(document.createTextNode(' '), readInContext(e.newest.article, e.newest.sentenceId));
        li.append(el('p', 'sentence', e.newest.sentence), source);
      }
      edges.append(li);
    }
    const parts = [el('h4', null, `New entities (${d.entities.length})`), entities];
    if (d.entitiesLeftOut) {
      parts.push(el('p', 'note digest-left-out', `${d.entitiesLeftOut} other new name${d.entitiesLeftOut === 1 ? '' : 's'} left out:`
        + ' found once by the recogniser, not in the gazetteer, not reviewed.'));
    }
    body.replaceChildren(...parts, el('h4', null, `New and changed relations (${d.edges.length})`), edges,
      button('Download as Markdown', () => api.digestFile(since.value, 'md').then((b) => download(b, `newsgraph-digest-${since.value}.md`)).catch(report), 'digest-md'),
      button('Download as HTML', () => api.digestFile(since.value, 'html').then((b) => download(b, `newsgraph-digest-${since.value}.html`)).catch(report), 'digest-html'));
    dialog.dataset.shown = d.since;
  }
  since.addEventListener('change', () => {
    from = 'chosen';
    show().catch(report);
  });
  document.getElementById('digest-open').addEventListener('click', () => show().then(() => dialog.showModal()).catch(report));
  dialog.querySelector('#digest-close').addEventListener('click', () => dialog.close());
}

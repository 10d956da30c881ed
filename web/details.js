// details.js — the side panel: an entity (details, its relations table, the sentences that mention it, what it is
// quoted about), the whole story of an edge, a bundle's relations, and a suggestion drawn dotted (its sentence and
// the analyst's controls); an entity and a relation with their shared notes (notes.js). Text only, never HTML.
import { api } from './api.js';
import { el, readableType } from './dom.js';
import { articleLine, button, highlighted, rows } from './panel-parts.js';
import { claimList, storySummary } from './edge-story.js';
import { relationsTable } from './relations-table.js';
import { entityLink } from './entity-link.js';
import { markLegend, markedSentence, score, suggestionControls } from './suggestions.js';
import { notesSection } from './notes.js';


/** Sentences that mention the entity, each with its article and the others named in it (and "Read in context"). */
function mentionList(m, readInContext) {
  const ul = el('ul', 'evidence mentions');
  for (const s of m.mentions) {
    const li = el('li');
    li.append(highlighted(s.sentence, s.marks || []));
    if (s.others && s.others.length) li.append(el('div', 'badges', `also named: ${s.others.join(', ')}`));
    const line = articleLine(s);
    if (readInContext && s.article) line.append(document.createTextNode(' '), readInContext(s.article, s.sentenceId));
    li.append(line);
    ul.append(li);
  }
  return ul;
}

/** Claims attributed to the entity: who it is quoted about. */
function quotedList(quoted) {
  const ul = el('ul', 'evidence quoted');
  for (const q of quoted) {
    const li = el('li');
    const what = el('strong');
    what.append(entityLink(q.source, q.sourceName || q.source), document.createTextNode(` — ${readableType(q.type)} — `),
      entityLink(q.target, q.targetName || q.target));
    li.append(what,
      el('p', 'sentence', q.sentence));
    ul.append(li);
  }
  return ul;
}

/**
 * @param panel the panel element
 * @param hooks onPathStart/onPathTo/onHide/onPin/onFocus(id); onRelation(row) opens a relations-table row;
 *        onPick(edge) opens one relation of a bundle; onBundle(edge) bundles a fanned-out pair again;
 *        isFannedOut(edge); review: the analyst's controls (review.js); readInContext(article, sentence, label) makes
 *        the control that opens the article reader (reader.js) at a sentence, or at the top without one;
 *        report(error) for what the notes section (notes.js) could not load
 */
export function createDetails(panel, hooks = {}) {
  let ticket = 0;
  const call = (name, ...args) => () => hooks[name] && hooks[name](...args);
  /** The entity's actions: hide, pin, focus, and the two ends of a path. */
  const entityActions = (id) => {
    const bar = el('div', 'actions');
    bar.append(button('Hide', call('onHide', id), 'node-hide'), button('Pin / unpin', call('onPin', id), 'node-pin'),
      button('Focus', call('onFocus', id), 'node-focus'), button('Path from here', call('onPathStart', id), 'path-start'),
      button('Path to here', call('onPathTo', id), 'path-to'));
    return bar;
  };
  let last = null; // the last thing shown, to show again after a curation decision
  return {
    clear() {
      ticket++;
      last = null;
      panel.replaceChildren(el('p', null, 'Click a node or an edge. Double-click a node to expand it.'));
    },

    /** Shows again what is shown (an entity or a relation), as the server has it now. */
    refresh() { return last ? last() : Promise.resolve(); },

    async showEntity(id) {
      const mine = ++ticket;
      last = () => this.showEntity(id);
      const [e, rel, men] = await Promise.all([api.entity(id), api.relations(id), api.mentions(id)]);
      if (mine !== ticket) return;
      panel.replaceChildren(el('h3', { tabIndex: -1 }, e.name), rows([
        ['Type', e.type], ['Role', e.role], ['Aliases', (e.aliases || []).join(', ')], ['Connections', e.degree],
        ['Source', e.discovered ? 'discovered from context' : 'gazetteer'],
      ]), entityActions(id));
      if (hooks.review) panel.append(hooks.review.entityControls(e));
      panel.append(notesSection({ kind: 'entity', key: id }, { report: hooks.report }));
      if (rel.total) panel.append(el('h4', null, 'Relations'), relationsTable(rel, (r) => hooks.onRelation(id, r)));
      else panel.append(el('p', 'note', 'No relation found for it yet: it is named in the sentences below.'));
      if (men.quoted.length) panel.append(el('h4', null, `Quoted on (${men.quoted.length})`), quotedList(men.quoted));
      const mentioned = mentionList(men, hooks.readInContext);
      panel.append(el('h4', null, `Mentioned in (${men.total} sentence${men.total === 1 ? '' : 's'})`), mentioned);
      if (hooks.review) {
        for (const [i, s] of men.mentions.entries()) {
          mentioned.children[i].append(await hooks.review.addFromSentence(s.sentenceId, s.named));
        }
      }
      const ul = el('ul', 'articles');
      for (const a of e.articles || []) {
        const li = el('li', null, `${a.title} (${a.outlet || 'unknown outlet'}, ${a.published || 'no date'}) — ${a.mentions}× `);
        if (hooks.readInContext) li.append(hooks.readInContext(a.id, null, 'Read'));
        ul.append(li);
      }
      panel.append(el('h4', null, e.articlesTotal > (e.articles || []).length
        ? `Articles (the ${e.articles.length} that name it most, of ${e.articlesTotal})` : 'Articles'), ul);
    },

    /**
     * The story of one relation. {@code d} holds source, target, type, status, dates (an edge's data or a
     * relations-table row); {@code names} the two ends' names; {@code edge} the drawn edge, when there is one.
     */
    async showRelation(d, names, edge) {
      const mine = ++ticket;
      const keyboard = panel.contains(document.activeElement); // opened from the panel: the keyboard follows
      const data = { ...d };
      last = () => this.showRelation(data, names, null);
      const ev = await api.evidence(d.source, d.type, d.target, hooks.asOf ? hooks.asOf() : null);
      if (mine !== ticket) return;
      const title = el('h3', { tabIndex: -1 });
      title.append(entityLink(d.source, names.source), document.createTextNode(` — ${readableType(d.type)} — `),
        entityLink(d.target, names.target));
      panel.replaceChildren(title, storySummary(d, ev.claims));
      if (keyboard) title.focus();
      if (edge && hooks.isFannedOut && hooks.isFannedOut(edge)) {
        panel.append(button('Bundle this pair again', call('onBundle', edge), 'bundle-again'));
      }
      panel.append(notesSection({ kind: 'relation', key: `${d.source}|${d.type}|${d.target}` }, { report: hooks.report }));
      const list = claimList(ev.claims, hooks.readInContext);
      panel.append(el('h4', null, `Evidence (${ev.claims.length})`), list);
      if (hooks.review) {
        for (const [i, c] of ev.claims.entries()) {
          list.children[i].append(await hooks.review.claimControls(c, d), await hooks.review.addFromSentence(c.sentenceId, c.named));
        }
      }
      panel.dataset.shown = `${d.source}|${d.type}|${d.target}`;
    },

    /**
     * A suggestion drawn dotted ({@code s}: its data from /api/suggestions): what the scorer read, the sentence with
     * both entities marked, Accept / Reject / Change type. After a verdict the panel shows the relation's story.
     */
    async showSuggestion(s, names) {
      const mine = ++ticket;
      const after = { type: s.type, status: s.readStatus };
      last = () => this.showRelation({ source: s.source, target: s.target, ...after }, names, null);
      const controls = hooks.review ? await suggestionControls(s, (kind, options = {}) => {
        const was = { ...after };
        Object.assign(after, { type: kind === 'type' ? options.type : s.type, status: kind === 'reject' ? 'suggested' : s.readStatus });
        // shown at once in the controls; refused, the panel stays on the suggestion
        hooks.review.decideSuggestion(s, kind, options, controls).then((d) => { if (!d) Object.assign(after, was); });
      }) : null;
      if (mine !== ticket) return;
      const evidence = el('ul', 'evidence');
      const li = el('li');
      li.append(markedSentence(s));
      evidence.append(li);
      panel.replaceChildren(el('h3', null, `${names.source} — ${readableType(s.type)}? — ${names.target}`),
        el('p', 'note', 'A suggestion: the scorer was unsure of this relation. It makes no edge until an analyst accepts it.'),
        rows([['Score', score(s.score)], ['Accepted, it reads as', s.readStatus || 'reported'], ['Rule', s.rule],
          ['Article', s.article]]),
        el('h4', null, 'Evidence'), evidence, markLegend());
      if (controls) li.append(controls);
      panel.dataset.shown = `suggestion:${s.claim}`;
    },

    /**
     * Something else in the panel (the paths between two entities, the articles of an element): {@code parts} its
     * elements. Resolves true (false when something else took the panel meanwhile, as every show does).
     */
    async showView(parts, shown = 'view') {
      ticket++;
      last = null;
      panel.replaceChildren(...parts);
      panel.dataset.shown = shown;
      return true;
    },

    showEdge(edge) {
      return this.showRelation(edge.data(), { source: edge.source().data('name'), target: edge.target().data('name') }, edge);
    },

    /** A bundle's relations, one button each (strongest first). */
    showPair(members) {
      ticket++;
      const first = members[0];
      const ul = el('ul', 'pair');
      for (const m of members.sort((a, b) => (b.data('claims') || 0) - (a.data('claims') || 0))) {
        const li = el('li');
        const d = m.data();
        li.append(button(`${m.source().data('name')} — ${readableType(d.type)} — ${m.target().data('name')}`, call('onPick', m)),
          document.createTextNode(` ${d.status} · ${d.claims} claims`));
        ul.append(li);
      }
      const title = el('h3');
      title.append(entityLink(first.source().id(), first.source().data('name')), document.createTextNode(' and '),
        entityLink(first.target().id(), first.target().data('name')), document.createTextNode(`: ${members.length} relations`));
      panel.replaceChildren(title, el('p', 'note', 'Drawn one by one now. Pick one for its evidence.'), ul);
      if (hooks.onBundle) panel.append(button('Bundle this pair again', call('onBundle', first), 'bundle-again'));
    },
  };
}

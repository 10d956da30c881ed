// pivot.js — "pivot from anything": the context menu of a node or an edge (context-menu.js) and what its items do.
// The items call the page's own functions (expand, focus, hide, pin, the path panel, the suggestion layer: handed in
// as `actions`), so the menu is a second door to them, not a second copy. It opens on a right-click or a long press
// on an element, and on the ContextMenu key or Shift+F10 for the selected element (graph-keys.js). "Read articles"
// lists the element's articles in the panel, each opening in the article reader (reader.js), at the sentence.
import { api } from './api.js';
import { el, readableType } from './dom.js';
import { articleLine } from './panel-parts.js';
import { createContextMenu } from './context-menu.js';
import { copyText } from './copy.js';
import { entityLink } from './entity-link.js';

/** A Cypher string literal. */
const literal = (s) => `'${String(s).replaceAll('\\', '\\\\').replaceAll('\'', '\\\'')}'`;
/** A relationship type as Cypher writes it (the page's types are upper-case words; anything else is quoted). */
const relType = (t) => (/^[A-Z_]+$/.test(t) ? t : `\`${String(t).replaceAll('`', '``')}\``);

/** A read query that returns the element: the entity, the relation with its two ends, or all relations of a pair. */
export function cypherOf(ele) {
  if (ele.isNode()) return `MATCH (e:Entity {id: ${literal(ele.id())}}) RETURN e`;
  const d = ele.data();
  const a = `(a:Entity {id: ${literal(d.source)}})`;
  const b = `(b:Entity {id: ${literal(d.target)}})`;
  if (d.bundle) return `MATCH ${a}-[r]-${b} RETURN a, r, b`;
  if (d.suggestion) {
    return `MATCH (c:Claim {id: ${literal(d.claim)}})-[:STATED_IN]->(s:Sentence) RETURN c, s`;
  }
  return `MATCH ${a}-[r:${relType(d.type)}]->${b} RETURN a, r, b`;
}

/**
 * @param view the graph view (graph-view.js)
 * @param actions the page's functions: details(ele), expand(id, options), focus(id), hide(id), pin(id) (true when now
 *        pinned), askPath(id, role), paths(from, to), waitingPath() ({known, role} or null), pickPath(id),
 *        suggestions(ele), asOf()
 * @param showPanel(parts) puts elements in the side panel (details.showView)
 * @param readButton(article, sentence, label) the control that opens an article in the reader (at the sentence)
 * @param say(message) the status line
 */
export function createPivot({ view, actions, showPanel, readButton, say }) {
  const menu = createContextMenu();
  const nameOf = (id) => view.cy.getElementById(id).data('name') || id;
  const copy = (text, what) => copyText(text, what).then(say);

  /** The element's articles in the panel, each with a way to read it and its source link. */
  async function readArticles(ele) {
    let title;
    let list = [];
    let total = 0;
    const d = ele.data();
    if (ele.isNode()) {
      const e = await api.entity(ele.id());
      title = el('h3', { tabIndex: -1 });
      title.append(document.createTextNode('Articles on '), entityLink(ele.id(), e.name));
      list = (e.articles || []).map((a) => ({ ...a, article: a.id, note: `named ${a.mentions}×` }));
      total = e.articlesTotal || list.length;
    } else {
      const relations = d.bundle ? view.cy.edges('[!bundle][!suggestion]').filter((m) => [m.data('source'), m.data('target')].sort().join('|') === d.key)
        .map((m) => m.data()) : [d];
      const byArticle = new Map();
      if (d.suggestion) {
        byArticle.set(d.article, { article: d.article, title: d.article, sentenceId: null, note: 'the suggestion\'s sentence' });
      } else {
        const answers = await Promise.all(relations.map((r) => api.evidence(r.source, r.type, r.target, actions.asOf())));
        answers.forEach((a, i) => a.claims.forEach((c) => {
          if (!byArticle.has(c.article)) byArticle.set(c.article, { ...c, types: new Set() });
          byArticle.get(c.article).types.add(readableType(relations[i].type));
        }));
        byArticle.forEach((a) => { a.note = [...a.types].join(', '); });
      }
      list = [...byArticle.values()];
      total = list.length;
      title = el('h3', { tabIndex: -1 });
      title.append(document.createTextNode('Articles behind '), entityLink(d.source, nameOf(d.source)),
        document.createTextNode(d.bundle || d.suggestion ? ' and ' : ` — ${readableType(d.type)} — `), entityLink(d.target, nameOf(d.target)));
    }
    const ul = el('ul', 'evidence article-list');
    for (const a of list) {
      const li = el('li');
      li.append(el('strong', null, a.title || a.article), articleLine({ ...a, title: a.note || '' }));
      li.append(readButton(a.article, a.sentenceId || null, a.sentenceId ? 'Read in context' : 'Read'));
      ul.append(li);
    }
    const parts = [title, el('p', 'note', list.length < total ? `The ${list.length} that name it most, of ${total}.`
      : `${list.length} article${list.length === 1 ? '' : 's'}.`), ul];
    if (await showPanel(parts, 'articles')) title.focus();
  }

  function nodeItems(node) {
    const id = node.id();
    const name = node.data('name') || id;
    const waiting = actions.waitingPath();
    const items = [];
    if (waiting && waiting.known !== id) {
      items.push({ id: 'menu-path-picked', run: () => actions.pickPath(id),
        label: waiting.role === 'from' ? `Paths from ${nameOf(waiting.known)} to here` : `Paths from here to ${nameOf(waiting.known)}` });
    }
    items.push(
      { id: 'menu-details', label: 'Show details', run: () => actions.details(node) },
      { id: 'menu-expand', label: 'Expand', submenu: async () => {
        const e = await api.entity(id);
        return [{ id: 'menu-expand-all', label: `All neighbours (${e.neighbours})`, run: () => actions.expand(id, null) },
          ...Object.entries(e.neighbourTypes || {}).map(([type, n]) => ({ label: `${type} (${n})`,
            run: () => actions.expand(id, { types: [type], limit: Math.min(500, Math.max(50, n)) }) }))];
      } },
      { id: 'menu-focus', label: 'Focus: only it and its neighbours', run: () => actions.focus(id) },
      { id: 'menu-hide', label: 'Hide', run: () => actions.hide(id) },
      { id: 'menu-pin', label: node.locked() ? 'Unpin' : 'Pin: layouts keep it in place', run: () => actions.pin(id) },
      { id: 'menu-paths-from', label: 'Paths from here to…', run: () => actions.askPath(id, 'from') },
      { id: 'menu-paths-to', label: 'Paths to here from…', run: () => actions.askPath(id, 'to') },
      { id: 'menu-articles', label: 'Read articles', run: () => readArticles(node) },
      { id: 'menu-suggestions', label: 'Show suggestions', run: () => actions.suggestions(node) },
      { id: 'menu-copy-id', label: 'Copy id', run: () => copy(id, 'id') },
      { id: 'menu-copy-cypher', label: 'Copy Cypher', run: () => copy(cypherOf(node), 'Cypher query') },
    );
    return { items, label: `Actions on ${name}` };
  }

  function edgeItems(edge) {
    const d = edge.data();
    const what = d.bundle ? `${nameOf(d.source)} and ${nameOf(d.target)}`
      : `${nameOf(d.source)} — ${readableType(d.type)}${d.suggestion ? '?' : ''} — ${nameOf(d.target)}`;
    const items = [
      { id: 'menu-details', label: d.bundle ? `Show its ${d.count} relations` : (d.suggestion ? 'Decide this suggestion' : 'Show evidence'),
        run: () => actions.details(edge) },
      { id: 'menu-expand-ends', label: 'Expand both ends', run: async () => { await actions.expand(d.source, null); await actions.expand(d.target, null); } },
      { id: 'menu-paths-between', label: 'Other paths between the two', run: () => actions.paths(d.source, d.target) },
      { id: 'menu-articles', label: 'Read articles', run: () => readArticles(edge) },
    ];
    if (!d.suggestion) items.push({ id: 'menu-suggestions', label: 'Show suggestions between the two', run: () => actions.suggestions(edge) });
    if (!d.bundle) items.push({ id: 'menu-copy-id', label: 'Copy id', run: () => copy(d.suggestion ? d.claim : d.id, 'id') });
    items.push({ id: 'menu-copy-cypher', label: 'Copy Cypher', run: () => copy(cypherOf(edge), 'Cypher query') });
    return { items, label: `Actions on ${what}` };
  }

  return {
    /** Opens the element's menu at (x, y) in the window. */
    open(ele, x, y) {
      if (!ele || ele.empty() || ele.removed()) return null;
      const { items, label } = ele.isNode() ? nodeItems(ele) : edgeItems(ele);
      view.cy.container().dataset.menu = ele.id();
      return menu.open(items, label, x, y);
    },
    close: () => menu.close(false),
    isOpen: () => menu.isOpen(),
    readArticles,
  };
}

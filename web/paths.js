// paths.js — the path panel: up to 5 shortest paths between two entities (GET /api/paths), filtered by relation
// type, status and length; each path lists its hops, each hop the relations joining its two entities with their
// evidence sentences, and the weakest hop (fewest independent sources, then lowest confidence) is marked. The
// chosen path is drawn highlighted in the graph. The other end is picked with a search field (keyboard: type,
// arrows, Enter) or by a click on an entity in the graph. DOM from text nodes only.
import { api } from './api.js';
import { el, readableType } from './dom.js';
import { articleLine, highlighted } from './panel-parts.js';
import { entityLink } from './entity-link.js';
import { STATUSES } from './style.js';

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const MAX_HOPS = 8;

/** A search field with its list of entities (combobox); {@code onPick(id, name)}. */
function entityPicker(label, onPick) {
  const wrap = el('div', 'path-picker');
  const input = el('input', { type: 'search', id: 'path-other', autocomplete: 'off', placeholder: 'Type a name…' });
  const list = el('ul', { id: 'path-other-results', className: 'search-results path-results-list', hidden: true });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-label', label);
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'entities found');
  let hits = [];
  let selected = -1;
  let pending = 0;
  const render = () => {
    list.replaceChildren();
    hits.forEach((h, i) => {
      const li = el('li', { id: `path-hit-${i}` });
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === selected));
      li.dataset.id = h.id;
      li.append(el('span', null, h.name), el('span', 'kind', h.type || ''));
      li.addEventListener('mousedown', (e) => { e.preventDefault(); pick(i); });
      list.append(li);
    });
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (selected >= 0 && hits.length) input.setAttribute('aria-activedescendant', `path-hit-${selected}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i) => {
    const h = hits[i];
    if (!h) return;
    hits = [];
    render();
    input.value = h.name;
    onPick(h.id, h.name);
  };
  input.addEventListener('input', async () => {
    const text = input.value.trim();
    const ticket = ++pending;
    if (text.length < 2) { hits = []; render(); return; }
    const res = await api.search(text).catch(() => ({ hits: [] }));
    if (ticket !== pending) return;
    hits = res.hits;
    selected = hits.length ? 0 : -1;
    render();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') { selected = Math.min(hits.length - 1, selected + 1); render(); }
    else if (e.key === 'ArrowUp') { selected = Math.max(0, selected - 1); render(); }
    else if (e.key === 'Enter') pick(Math.max(0, selected));
    else if (e.key === 'Escape' && hits.length) { hits = []; render(); }
    else return;
    e.preventDefault();
    e.stopPropagation();
  });
  input.addEventListener('blur', () => { hits = []; render(); });
  wrap.append(input, list);
  return { wrap, input };
}

/** A checkbox with its label. */
function toggle(name, value, label, checked = true) {
  const wrap = el('label', 'toggle');
  wrap.append(el('input', { type: 'checkbox', name, value, checked }), document.createTextNode(label));
  return wrap;
}

/**
 * @param show(parts) puts the panel's elements in the side panel (resolves false when something else took it)
 * @param draw(answer, path) draws a path of an answer highlighted in the graph
 * @param name(id) an entity's name when the page knows it
 * @param asOf() the "as known on" day (null: today)
 * @param onRelation(relation, names) opens the whole story of one relation
 * @param readInContext(article, sentence) the control that opens an article at a sentence (the article reader), or null
 * @param report(error)
 */
export function createPaths({ show, draw, name = () => null, asOf = () => null, onRelation, readInContext = null,
  onFilter = () => {}, report }) {
  /** While the panel waits for the other end: {known, role ('from': the known end is the start), root (the panel)}. */
  let waiting = null;
  /** The wait, while its panel is still shown (anything else shown in the panel ends it). */
  const current = () => (waiting && waiting.root.isConnected ? waiting : null);
  let ticket = 0;
  let typesPresent = null;

  const relationTypes = async () => {
    if (!typesPresent) typesPresent = (await api.relationTypes()).relationTypes;
    return typesPresent;
  };

  /** One relation of a hop: what it is, its counts, its best evidence sentences (both ends marked). */
  function relationItem(r, names) {
    const li = el('li', 'path-relation');
    li.dataset.type = r.type;
    li.dataset.status = r.status;
    const head = el('div', 'path-relation-head');
    head.append(el('strong', null, `${names[r.source] || r.source} — ${readableType(r.type)} — ${names[r.target] || r.target}`));
    li.append(head);
    const badges = el('div', 'badges');
    badges.append(el('span', `badge status-${r.status}`, r.status),
      el('span', 'badge', plural(r.independentSources, 'independent source')),
      el('span', 'badge', plural(r.claims, 'claim')));
    if (typeof r.confidence === 'number') badges.append(el('span', 'badge', `confidence ${r.confidence.toFixed(2)}`));
    if (r.disputed) badges.append(el('span', 'badge status-denied', 'disputed'));
    li.append(badges);
    const ul = el('ul', 'evidence path-evidence');
    for (const e of r.evidence || []) {
      const item = el('li');
      item.append(highlighted(e.sentence, e.marks || [], undefined, (m, text) => (m.entity ? entityLink(m.entity, text) : null)));
      const line = articleLine(e);
      if (readInContext && e.article) line.append(document.createTextNode(' '), readInContext(e.article, e.sentenceId));
      item.append(line);
      ul.append(item);
    }
    if (!(r.evidence || []).length) ul.append(el('li', 'note', 'No sentence reported by this day.'));
    li.append(ul);
    const all = el('button', { type: 'button', className: 'link-button path-story' },
      r.claims > (r.evidence || []).length ? `All ${plural(r.claims, 'claim')} and the story` : 'The whole story');
    all.addEventListener('click', () => onRelation(r, names));
    li.append(all);
    return li;
  }

  /** One hop: its two entities (each a link that focuses it), the weakest marked, its relations. */
  function hopItem(h, i, path, names) {
    const weakest = i === path.weakest && path.hops.length > 1;
    const li = el('li', weakest ? 'hop weakest' : 'hop');
    const head = el('div', 'hop-head');
    head.append(entityLink(h.from, names[h.from]), document.createTextNode(' → '), entityLink(h.to, names[h.to]));
    if (weakest) {
      head.append(document.createTextNode(' '), el('span', 'badge weakest-badge',
        `weakest hop: ${plural(h.independentSources, 'independent source')}`));
    }
    li.append(head);
    const rels = el('ul', 'path-relations');
    for (const r of h.relations) rels.append(relationItem(r, names));
    li.append(rels);
    if (h.total > h.relations.length) li.append(el('p', 'note', `and ${h.total - h.relations.length} more relations between the two`));
    return li;
  }

  /** The list of paths; a click on a path's button draws it. */
  function pathList(answer, chosen, onChoose) {
    const ol = el('ol', 'path-list');
    answer.paths.forEach((p, i) => {
      const li = el('li', 'path-item');
      li.dataset.path = String(i);
      const weak = p.hops[p.weakest];
      const b = el('button', { type: 'button', className: 'path-choose' },
        `Path ${i + 1}: ${plural(p.hops.length, 'hop')} — ${p.nodes.map((id) => answer.names[id] || id).join(' → ')}`);
      b.setAttribute('aria-pressed', String(i === chosen));
      b.addEventListener('click', () => onChoose(i));
      li.append(b, el('p', 'note', p.hops.length > 1 ? `Weakest hop: ${answer.names[weak.from] || weak.from} → ${answer.names[weak.to] || weak.to}`
        + ` (${plural(weak.independentSources, 'independent source')}, confidence ${weak.confidence.toFixed(2)})` : 'One hop.'));
      const hops = el('ol', 'hops');
      p.hops.forEach((h, j) => hops.append(hopItem(h, j, p, answer.names)));
      li.append(hops);
      ol.append(li);
    });
    return ol;
  }

  /**
   * The panel for two ends: header, filters, the paths (fetched again when a filter changes). {@code wanted}, from a
   * deep link: {types, statuses, maxHops, chosen} to start with (empty lists: all).
   */
  async function open(from, to, wanted = null) {
    waiting = null;
    const mine = ++ticket;
    const state = { statuses: new Set(STATUSES), types: null, maxHops: (wanted && wanted.maxHops) || 6, chosen: 0 };
    const only = (list, value) => !list || !list.length || list.includes(value);
    const title = el('h3', { tabIndex: -1, id: 'paths-title' });
    const heading = (names) => title.replaceChildren(document.createTextNode('Paths from '), entityLink(from, names[from] || from),
      document.createTextNode(' to '), entityLink(to, names[to] || to));
    heading({ [from]: name(from), [to]: name(to) });
    const statusBox = el('fieldset', 'toggles path-statuses');
    statusBox.append(el('legend', null, 'Status'));
    STATUSES.forEach((s) => statusBox.append(toggle('path-status', s, s, only(wanted && wanted.statuses, s))));
    const typeBox = el('details', 'path-types');
    const typeSummary = el('summary', null, 'Relation types: all');
    const typeList = el('fieldset', 'toggles');
    typeList.append(el('legend', 'visually-hidden', 'Relation types'));
    typeBox.append(typeSummary, typeList);
    const hops = el('select', { id: 'path-max-hops' });
    hops.setAttribute('aria-label', 'longest path, in hops');
    for (let n = 1; n <= MAX_HOPS; n++) hops.append(el('option', { value: String(n), selected: n === state.maxHops }, String(n)));
    const hopsLabel = el('label', 'path-hops');
    hopsLabel.append(document.createTextNode('At most '), hops, document.createTextNode(' hops'));
    const filters = el('div', 'path-filters');
    filters.append(statusBox, typeBox, hopsLabel);
    const results = el('div', { className: 'path-results', id: 'path-results' });
    results.setAttribute('aria-live', 'polite');
    const root = el('section', { className: 'paths-panel', id: 'paths-panel' });
    root.setAttribute('aria-labelledby', 'paths-title');
    root.append(title, filters, results);
    if (!(await show([root]))) return;
    title.focus();

    const types = await relationTypes().catch(() => []);
    if (mine !== ticket) return; // another panel took over meanwhile
    types.forEach((t) => typeList.append(toggle('path-type', t, readableType(t), only(wanted && wanted.types, t))));
    let answer = null;
    /** The filters and the path drawn, for the deep link. */
    const tell = () => onFilter({ types: state.types, statuses: state.statuses.size === STATUSES.length ? []
      : [...state.statuses], maxHops: Number(hops.value), chosen: state.chosen });
    const choose = (i) => {
      state.chosen = i;
      results.querySelectorAll('.path-choose').forEach((b, j) => b.setAttribute('aria-pressed', String(j === i)));
      root.dataset.chosen = String(i);
      draw(answer, answer.paths[i]);
      tell();
    };
    async function load() {
      const asked = ++ticket;
      const checked = [...typeList.querySelectorAll('input:checked')].map((x) => x.value);
      state.types = checked.length === types.length ? [] : checked;
      typeSummary.textContent = state.types.length ? `Relation types: ${state.types.map(readableType).join(', ')}`
        : (checked.length ? 'Relation types: all' : 'Relation types: none');
      state.statuses = new Set([...statusBox.querySelectorAll('input:checked')].map((x) => x.value));
      root.dataset.loading = 'true';
      if ((!checked.length && types.length) || !state.statuses.size) {
        results.replaceChildren(el('p', 'note', 'Choose at least one relation type and one status.'));
        root.dataset.loading = 'false';
        root.dataset.paths = '0';
        return;
      }
      const statuses = state.statuses.size === STATUSES.length ? [] : [...state.statuses];
      const got = await api.paths(from, to, { types: state.types, statuses, maxHops: Number(hops.value), asOf: asOf() });
      if (asked !== ticket) return;
      answer = got;
      if (!title.contains(document.activeElement)) heading(answer.names);
      const n = answer.paths.length;
      const parts = [el('p', 'path-summary', n
        ? `${plural(n, 'path')}, shortest first (${plural(answer.paths[0].hops.length, 'hop')}); the weakest hop of each is marked.`
        : `No chain of at most ${plural(answer.maxHops, 'relation')} of these types and statuses links the two.`)];
      if (n) parts.push(pathList(answer, 0, choose));
      results.replaceChildren(...parts);
      root.dataset.paths = String(n);
      root.dataset.filter = `${state.types.join(',')}|${statuses.join(',')}|${hops.value}`;
      root.dataset.loading = 'false';
      state.chosen = 0;
      if (n) choose(Math.min(first, n - 1));
      else tell();
      first = 0; // a filter changed later starts at the shortest path again
    }
    let first = (wanted && wanted.chosen) || 0;
    filters.addEventListener('change', () => load().catch(report));
    await load();
  }

  return {
    open,
    /**
     * Shows the panel asking for the other end: {@code role} 'from' when {@code known} is the start, 'to' when it is
     * the end. The answer comes from its search field or from {@link picked} (a click on an entity in the graph).
     */
    async ask(known, role) {
      ticket++;
      const knownName = name(known) || known;
      const title = el('h3', { tabIndex: -1, id: 'paths-title' }, role === 'from' ? `Paths from ${knownName} to …` : `Paths to ${knownName} from …`);
      const { wrap, input } = entityPicker(role === 'from' ? `paths from ${knownName} to` : `paths to ${knownName} from`,
        (id) => this.picked(id));
      const cancel = el('button', { type: 'button', id: 'path-cancel' }, 'Cancel');
      cancel.addEventListener('click', () => { waiting = null; show([el('p', null, 'Click a node or an edge. Double-click a node to expand it.')]); });
      const bar = el('div', 'actions');
      bar.append(cancel);
      const root = el('section', { className: 'paths-panel', id: 'paths-panel' });
      root.setAttribute('aria-labelledby', 'paths-title');
      root.dataset.waiting = role;
      waiting = { known, role, root };
      root.append(title, el('p', 'note', `Type the ${role === 'from' ? 'other end' : 'start'}'s name and press Enter, or click an entity in the graph.`),
        wrap, bar);
      if (await show([root])) input.focus();
    },
    /** Whether the panel waits for the other end (a click on an entity answers it). */
    waiting: () => { const w = current(); return w && { known: w.known, role: w.role }; },
    /** The other end, picked in the graph or the search field: the paths between the two are shown. */
    picked(id) {
      if (!current()) return false;
      const { known, role } = waiting;
      waiting = null;
      if (id === known) return false;
      (role === 'from' ? open(known, id) : open(id, known)).catch(report);
      return true;
    },
    cancel() { waiting = null; },
  };
}

// main.js — wires the page: graph, search, details and evidence, expand on double-click.
import { api, onTokenNeeded } from './api.js';
import { createTokenPrompt } from './token.js';
import { createGraphView } from './graph-view.js';
import { createSearch } from './search.js';
import { createDetails } from './details.js';
import { createFilters } from './filters.js';
import { readLink, writeLink } from './deeplink.js';
import { createBundles } from './bundles.js';
import { createSavedViews } from './saved-views.js';
import { createReview } from './review.js';
import { createCurationView } from './curation-view.js';
import { createAsOf } from './asof.js';
import { createDigestView } from './digest-view.js';
import { createTimeline } from './timeline.js';
import { createArticlePicker } from './articles.js';
import { createExpandPrompt } from './expand.js';
import { createQueryPanel } from './query-panel.js';
import { createExportMenu } from './export.js';
import { createAddArticles, watchArrivals } from './add-articles.js';
import { createSuggestionLayer } from './suggestion-layer.js';
import { createReader } from './reader.js';
import { createStructure } from './structure.js';
import { createSourceFilter } from './source-filter.js';
import { createPaths } from './paths.js';
import { createPivot } from './pivot.js';
import { installGraphKeys, screenPoint } from './graph-keys.js';
import { listenForEntityLinks } from './entity-link.js';
import { createNotesDialog } from './notes.js';

const statusEl = document.getElementById('status');
onTokenNeeded(createTokenPrompt(document.getElementById('token-dialog')));
/** What the view holds beyond the graph's drawing: it goes into the deep link (deeplink.js). */
const link = { focus: null, path: [], steps: [] };
/** Records a step of the analyst's (expand, only, hide) for the link; Undo takes it back with the view's. */
const step = (s) => { link.steps.push({ ...s, at: view.historySize() }); saveLink(); };
/** The analyst's controls; a decision redraws what it touched (curation-view.js, wired below). */
const review = createReview({
  onChanged: (change) => { sources.forget(); curation.applyChange(change).then(() => reader.refresh()).catch(report); },
  onError: (e) => report(e),
});
/** The article reader beside the graph; a mention in it focuses its entity (focusEntity, below). */
const reader = createReader(document.getElementById('reader'), {
  onEntity: (id) => focusEntity(id).catch(report),
  onToggle: () => view.cy.resize(),
  report: (e) => report(e),
});
/** "As known on" (asof.js): null is today; set once the reporting days have come. */
let asOf = { day: () => null, restore() {}, setDays() {} };
/** Counts the views asked for ("as known on" days, refreshes): only the answer for the last one is drawn. */
let asOfShown = 0;
/** Hide, pin and focus an entity: from its panel and from its context menu (pivot.js). */
const entityActions = {
  hide(id) {
    view.hide(id);
    if (link.focus === id) link.focus = null;
    step({ op: 'hide', id });
    details.clear();
  },
  pin(id) {
    const pinned = view.togglePin(id);
    statusEl.textContent = pinned ? 'Pinned: layouts keep it in place.' : 'Unpinned.';
    saveLink();
    return pinned;
  },
  focus(id) { view.focusOn(id); step({ op: 'only', id }); },
};
const details = createDetails(document.getElementById('details'), {
  review,
  asOf: () => asOf.day(),
  onPathStart: (id) => { link.path = [id]; statusEl.textContent = 'Path start set: now pick another entity and "Path to here".'; },
  onPathTo: (id) => showPath(link.path[0], id).catch(report),
  onHide: entityActions.hide,
  onPin: entityActions.pin,
  onFocus: entityActions.focus,
  onRelation: (id, row) => openRelation(id, row).catch(report),
  onPick: (edge) => { view.cy.elements().unselect(); edge.select(); details.showEdge(edge).catch(report); },
  onBundle: (edge) => { bundles.bundleAgain(edge); saveLink(); details.clear(); },
  isFannedOut: (edge) => bundles.isFannedOut(edge),
  readInContext: (article, sentence, label) => reader.readButton(article, sentence, label),
  report: (e) => report(e),
});

function report(e) {
  statusEl.textContent = e.message;
}

/**
 * An element's details (an entity, a relation's story, or a bundle fanned out into its relations); resolves when
 * shown. While the path panel waits for its other end, a click on an entity answers it instead.
 */
function select(ele) {
  if (ele && ele.isNode() && paths.waiting() && paths.picked(ele.id())) return Promise.resolve();
  const shown = (p) => p.catch(report);
  if (!ele) details.clear();
  else if (ele.isNode()) { link.focus = ele.id(); saveLink(); return shown(details.showEntity(ele.id())); }
  else if (ele.data('suggestion')) return shown(details.showSuggestion(ele.data(), { source: ele.source().data('name'), target: ele.target().data('name') }));
  else if (ele.data('bundle')) {
    const members = bundles.members(ele);
    bundles.fanOut(ele);
    saveLink();
    details.showPair(members);
  } else return shown(details.showEdge(ele));
  return Promise.resolve();
}

/** On narrow screens the panel is a drawer over the graph. */
const side = document.getElementById('side');
const panelToggle = document.getElementById('panel-toggle');
function openDrawer(open = !side.classList.contains('open')) {
  side.classList.toggle('open', open);
  panelToggle.setAttribute('aria-expanded', String(open));
}
panelToggle.addEventListener('click', () => openDrawer());

const view = createGraphView(document.getElementById('graph'), {
  onSelectionChange: () => exportMenu.describe(),
  onSelect: select,
  // a right-click or a long press: the element's actions at that point (a long press also selects it)
  onMenu: (ele, at) => menuAt(ele, at),
  onHold: (ele, at) => { select(ele); menuAt(ele, at); },
  onExpand: (id) => expand(id).catch(report),
});
/**
 * Handle for tests and the browser console; expandAskAt = new neighbours above which expansion asks first,
 * playMs = how long Play shows each reporting day.
 */
const settings = { expandAskAt: 50, playMs: 1500 };
window.newsgraph = { get cy() { return view.cy; }, settings };
const bundles = createBundles(view);
const filters = createFilters(document.getElementById('filters'), view, (name) => view.relayout(name),
  { hideEdge: (e) => sources.hides(e), hideNode: (n) => sources.hidesNode(n) });
/** Only the relations an outlet, article or author backs (source-filter.js); the answers redraw what they hide. */
const sources = createSourceFilter(document.getElementById('source-filter'), view, {
  asOf: () => asOf.day(), report, onChange: () => { filters.apply(); timeline.apply(); bundles.update(); },
});
/** Node size by PageRank or betweenness, colours by community (the server's measures of the whole graph). */
const structure = createStructure(document.getElementById('structure'), view, { onChange: () => saveLink() });
/** "Show suggestions": dotted edges between the entities in view, read again whenever the view changes. */
const suggestionLayer = createSuggestionLayer(view, { shown: () => filters.suggestionsShown(), onDrawn: () => filters.apply() });
/** After anything that adds or hides elements: filters, time and bundles, in that order; then the suggestions. */
function redraw() {
  filters.apply();
  timeline.apply();
  bundles.update();
  structure.changed();
  suggestionLayer.refresh().catch(report);
  sources.sync().catch(report);
}
document.getElementById('show-suggestions').addEventListener('change', () => suggestionLayer.refresh().then((r) => {
  if (!r) return;
  statusEl.textContent = !filters.suggestionsShown() ? 'Suggestions hidden.'
    : `${r.drawn} suggestion${r.drawn === 1 ? '' : 's'} drawn dotted${r.cut ? ` (among the ${r.asked} best-connected entities)` : ''};`
      + ' click one to decide it.';
}).catch(report));
const prompt = createExpandPrompt(document.getElementById('expand-dialog'));
let timeline = { range: () => null, apply() {}, restore() {}, setBounds() {}, undatedShown: () => true };
const saveLink = () => writeLink({
  ...filters.state(), ...link, time: timeline.range(), undated: timeline.undatedShown(), open: bundles.opened(),
  pinned: view.pinned(), article: articles.value(), asOf: asOf.day(), ...structure.state(), ...sources.state(),
});
const articleRemove = document.getElementById('article-remove');
const articleRead = document.getElementById('article-read');
const articles = createArticlePicker(document.getElementById('article'), view, saveLink, articleRemove, articleRead);
articleRead.addEventListener('click', () => reader.open(articles.value()).catch(report));

let arrivals = { sync: async () => {} };
/** After the data changed: the event-time span and the reporting days follow it (no reload needed). */
async function refreshBounds() {
  const bounds = await api.timeline();
  timeline.setBounds(bounds);
  asOf.setDays(bounds.reported || []);
}
/**
 * The relations of these articles (the first 5; at most 50 relations) that neither the view nor {@code elements}
 * holds — on a big graph, a new entity is not among the best connected of the first view — with their two ends.
 */
async function relationsOf(articleIds, elements) {
  const key = (source, type, target) => `${source}|${type}|${target}`;
  const known = new Set([...elements.edges.map((e) => key(e.data.source, e.data.type, e.data.target)),
    ...view.cy.edges('[!bundle][!suggestion]').map((e) => key(e.data('source'), e.data('type'), e.data('target')))]);
  const answers = await Promise.all(articleIds.slice(0, 5).map((id) => api.articleEdges(id).catch(() => ({ edges: [] }))));
  const missing = answers.flatMap((a) => a.edges).filter((e) => !known.has(key(e.source, e.type, e.target))).slice(0, 50);
  const paths = await Promise.all(missing.map((e) => api.path(e.source, e.target).catch(() => null)));
  return paths.filter(Boolean).map((p) => p.elements);
}

/** Several answers as one, each element once. */
function union(answers) {
  const once = (list) => [...new Map(list.map((e) => [e.data.id, e])).values()];
  return { nodes: once(answers.flatMap((a) => a.nodes)), edges: once(answers.flatMap((a) => a.edges)) };
}

/**
 * After articles came in: today's graph (an earlier "as known on" day gives way to today, where they are) and the
 * relations of the articles named, new ones drawn without moving what is drawn, and marked; the time span, the
 * reporting days, the picker, the counts. Resolves to a sentence on the new relations for the status line.
 */
async function refreshGraph(articleIds = []) {
  const [first] = await Promise.all([api.graph(), refreshBounds()]);
  const elements = union([first, ...(await relationsOf(articleIds, first))]);
  if (asOf.day()) asOf.restore(null);
  asOfShown += 1; // an "as known on" answer still under way is of the view before this one
  Object.assign(document.getElementById('graph').dataset, { asof: '', asofDrawn: 'today' });
  sources.forget(); // new claims may back more relations
  const fresh = view.refresh(elements);
  redraw();
  await articles.load();
  await sources.load();
  await arrivals.sync();
  const edges = fresh.edges();
  const hidden = edges.filter((e) => e.hasClass('out-of-time')).length;
  return edges.length ? `${edges.length} new relation${edges.length === 1 ? '' : 's'} (green halo)`
    + `${hidden ? `, ${hidden} of them outside the time range` : ''}` : 'no new relations';
}
const addArticles = createAddArticles(document.getElementById('add-dialog'), {
  onAdded: async (ids) => {
    const news = await refreshGraph(ids);
    articles.pick(ids[0]);
    statusEl.textContent = `${ids.length} article${ids.length === 1 ? '' : 's'} added; ${news}; marked: what ${ids[0]} added`;
  },
});
document.getElementById('add-open').addEventListener('click', () => addArticles.open());
articleRemove.addEventListener('click', async () => {
  const id = document.getElementById('article').value;
  if (!id || !window.confirm(`Remove the article "${id}" with its claims?`)) return;
  try {
    await api.removeArticle(id);
    if (asOf.day()) asOf.restore(null);
    sources.forget();
    view.syncAll(await api.graph()); // its edges and orphaned entities go; everything else stays where it is
    await refreshBounds();
    redraw();
    await articles.load();
    await arrivals.sync();
    await reader.refresh(); // closes when it showed the article removed
    statusEl.textContent = `Removed ${id}.`;
  } catch (e) { report(e); }
});
document.getElementById('filters').addEventListener('change', () => { bundles.update(); saveLink(); });

const consoleEl = document.getElementById('console');
const consoleToggle = document.getElementById('console-toggle');
const queryPanel = createQueryPanel(consoleEl, { view, onShown: redraw });
function toggleConsole(open = consoleEl.hidden) {
  consoleEl.hidden = !open;
  consoleToggle.setAttribute('aria-expanded', String(open));
  view.cy.resize();
  if (open) document.getElementById('query-text').focus();
}
consoleToggle.addEventListener('click', () => toggleConsole());
const exportMenu = createExportMenu(document.getElementById('export-format'), document.getElementById('export-go'),
  {
    view,
    onDone: (message) => { statusEl.textContent = message; },
    asOf: () => asOf.day(),
    filters: () => [...filters.describe(), ...(timeline.range() ? [`dated ${timeline.range()}`] : []),
      ...(timeline.undatedShown() ? [] : ['undated relations hidden']), ...sources.describe()],
    structure: () => structure.state(),
    /** The entity the view is focused on ("only it and its neighbours"), while that is the last step. */
    focusName: () => {
      const last = link.steps[link.steps.length - 1];
      return last && last.op === 'only' ? view.cy.getElementById(last.id).data('name') : null;
    },
  });

/** The path panel (paths.js): its other end picked by search or a click; a path drawn highlighted, its weakest hop marked. */
const paths = createPaths({
  show: (parts) => details.showView(parts, 'paths'),
  draw: drawPath,
  name: (id) => view.cy.getElementById(id).data('name'),
  asOf: () => asOf.day(),
  onRelation: (r, names) => details.showRelation(r, { source: names[r.source] || r.source, target: names[r.target] || r.target },
    view.cy.getElementById(r.id).nonempty() ? view.cy.getElementById(r.id) : null).catch(report),
  readInContext: (article, sentence) => reader.readButton(article, sentence),
  onFilter: (f) => { link.pathFilter = f; saveLink(); },
  report,
});

/** Shows an element's details and, once there, moves the keyboard to them (the drawer opens on a phone). */
function showDetails(ele) {
  view.cy.elements().unselect();
  ele.select();
  openDrawer(true);
  return select(ele).then(() => { const h = document.querySelector('#details h3'); if (h) h.focus(); });
}

/** "Show suggestions" for an element: the layer on, and the open suggestions at the entity (or between the two) selected. */
async function showSuggestionsAt(ele) {
  const box = document.getElementById('show-suggestions');
  box.checked = true;
  saveLink();
  const drawn = await suggestionLayer.refresh();
  const ends = ele.isNode() ? [ele.id()] : [ele.data('source'), ele.data('target')];
  const at = view.cy.edges('.suggestion').filter((e) => (ele.isNode()
    ? ends.includes(e.data('source')) || ends.includes(e.data('target'))
    : ends.includes(e.data('source')) && ends.includes(e.data('target'))));
  view.cy.elements().unselect();
  at.select();
  const where = ele.isNode() ? `at ${ele.data('name') || ele.id()}` : 'between the two';
  statusEl.textContent = `${at.length} open suggestion${at.length === 1 ? '' : 's'} ${where} drawn dotted and selected`
    + `${drawn ? ` (${drawn.drawn} in view)` : ''}${at.length ? '; click one to decide it.' : '.'}`;
}

/** The context menu of nodes and edges (pivot.js): the same actions as the panel's, from the graph. */
const pivot = createPivot({
  view,
  say: (message) => { statusEl.textContent = message; },
  showPanel: (parts, shown) => { openDrawer(true); return details.showView(parts, shown); },
  readButton: (article, sentence, label) => reader.readButton(article, sentence, label),
  actions: {
    details: (ele) => showDetails(ele).catch(report),
    expand: (id, options) => expand(id, options, !options).catch(report),
    focus: entityActions.focus,
    hide: entityActions.hide,
    pin: entityActions.pin,
    askPath: (id, role) => { openDrawer(true); return paths.ask(id, role).catch(report); },
    paths: (from, to) => { openDrawer(true); return showPath(from, to).catch(report); },
    waitingPath: () => paths.waiting(),
    pickPath: (id) => paths.picked(id),
    suggestions: (ele) => showSuggestionsAt(ele).catch(report),
    asOf: () => asOf.day(),
  },
});
/** Opens an element's menu at a point of the graph (Cytoscape's rendered position). */
function menuAt(ele, at) {
  const r = view.cy.container().getBoundingClientRect();
  const p = at ? { x: r.left + at.x, y: r.top + at.y } : screenPoint(view, ele);
  pivot.open(ele, p.x, p.y);
}
installGraphKeys(document.getElementById('graph'), view, {
  onShow: (ele) => showDetails(ele).catch(report),
  onMenu: (ele, x, y) => pivot.open(ele, x, y),
  isMenuOpen: () => pivot.isOpen(),
  say: (message) => { statusEl.textContent = message; },
});
/** Every entity name shown as a link (panels, evidence, paths, the digest) focuses its entity, the keyboard going along. */
listenForEntityLinks(document.body, (id) => focusEntity(id)
  .then(() => { const h = document.querySelector('#details h3'); if (h) h.focus(); }).catch(report));

/** ?query=…&params=… opens the console with that query and runs it. */
async function openQueryLink() {
  const p = new URLSearchParams(window.location.search);
  if (!p.get('query')) return false;
  toggleConsole(true);
  await queryPanel.open(p.get('query'), p.get('params'));
  return true;
}

/** The paths between two entities in the panel (up to 5, with filters), the first drawn. */
async function showPath(from, to, filter = null) {
  if (!from) { statusEl.textContent = 'Pick a start first ("Path from here").'; return; }
  link.pathFilter = null;
  await paths.open(from, to, filter);
}

/** Draws one path of a /api/paths answer: its entities and relations added, highlighted, the weakest hop marked. */
function drawPath(answer, p) {
  view.merge(answer.elements, answer.from);
  redraw();
  bundles.restore([...bundles.opened(), ...pairsOf(p.edges)]); // a path's relations are shown one by one
  view.highlightPath(p.nodes, p.edges);
  view.cy.edges('.path-weakest').removeClass('path-weakest');
  if (p.hops.length > 1) p.hops[p.weakest].relations.forEach((r) => view.cy.getElementById(r.id).addClass('path-weakest'));
  link.path = [answer.from, answer.to];
  saveLink();
  statusEl.textContent = `Path: ${p.nodes.map((id) => answer.names[id] || id).join(' → ')}`;
}

/** A row of an entity's relations table: its edge selected (fanned out of its bundle) and its story shown. */
function openRelation(id, r) {
  const edge = view.cy.getElementById(r.edge);
  const [source, target] = r.direction === 'out' ? [id, r.other] : [r.other, id];
  if (edge.nonempty()) {
    if (edge.hasClass('bundled')) { bundles.fanOut(edge); saveLink(); }
    view.cy.elements().unselect();
    edge.select();
    return details.showEdge(edge);
  }
  const name = (x) => view.cy.getElementById(x).data('name') || (x === r.other ? r.otherName : x);
  return details.showRelation({ ...r, source, target }, { source: name(source), target: name(target) }, null);
}

/**
 * The graph as it was known on a day (null: today), drawn over the current view's places: what that day has
 * not known yet leaves, and comes back to the same place.
 */
async function showAsOf(day) {
  const ticket = ++asOfShown;
  const elements = await api.graph(500, day);
  if (ticket !== asOfShown) return;
  view.syncAll(elements);
  redraw();
  document.getElementById('graph').dataset.asof = day || '';
  document.getElementById('graph').dataset.asofDrawn = day || 'today';
  statusEl.textContent = day ? `As known on ${day}: ${elements.nodes.length} entities, ${elements.edges.length} relations`
    + `${elements.note ? ` (${elements.note})` : ''}` : 'As known today.';
  saveLink();
}

/** The pairs (bundle keys) that the given edges join. */
function pairsOf(edgeIds) {
  return edgeIds.map((id) => view.cy.getElementById(id)).filter((e) => e.nonempty())
    .map((e) => [e.data('source'), e.data('target')].sort().join('|'));
}

/**
 * Expands an entity. A large expansion asks first (limit, types) unless {@code ask} is false, as when a link
 * is replayed with the {@code options} it recorded.
 */
async function expand(id, options = null, ask = true) {
  const node = view.cy.getElementById(id);
  if (ask && node.nonempty()) {
    const entity = await api.entity(id);
    const fresh = entity.neighbours - node.neighborhood('node').length;
    if (fresh > settings.expandAskAt) {
      options = await prompt.ask(entity, fresh);
      if (!options) return;
    }
  }
  const answer = await api.neighbours(id, options || {});
  const added = view.merge(answer, id, { reveal: true });
  redraw();
  step({ op: 'expand', id, ...(options || {}) });
  statusEl.textContent = `${added} new neighbour${added === 1 ? '' : 's'} of ${view.cy.getElementById(id).data('name')}`
    + `${answer.edgesTruncated ? ' (only the strongest relations among them: an answer sized for a screen)' : ''}`;
}

/**
 * The story of a relation named by its ends and type (a digest item, a briefing's link): its source focused, the edge
 * selected (out of its bundle) when drawn; a symmetric relation is found either way round.
 */
async function openEdge(source, type, target) {
  await focusEntity(source);
  const ends = (e) => [e.data('source'), e.data('target')].join('|');
  const edge = view.cy.edges('[!bundle][!suggestion]').filter((e) => e.data('type') === type
    && (ends(e) === `${source}|${target}` || (e.data('symmetric') && ends(e) === `${target}|${source}`))).first();
  if (edge.empty()) {
    const name = (x) => view.cy.getElementById(x).data('name') || x;
    return details.showRelation({ source, type, target }, { source: name(source), target: name(target) }, null);
  }
  if (edge.hasClass('bundled')) { bundles.fanOut(edge); saveLink(); }
  view.cy.elements().unselect();
  edge.select();
  return details.showEdge(edge);
}

async function focusEntity(id) {
  if (view.cy.getElementById(id).empty()) await expand(id);
  view.focus(id);
  link.focus = id;
  saveLink();
  await details.showEntity(id);
}

/** A search pick: the entity focused, and the keyboard moved to its panel (actions, relations table next). */
createSearch(document.getElementById('search'), document.getElementById('search-results'), (id) => focusEntity(id)
  .then(() => { const h = document.querySelector('#details h3'); if (h) h.focus(); }).catch(report));

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && document.activeElement === document.body) { view.cy.elements().unselect(); details.clear(); }
  if ((e.ctrlKey || e.metaKey) && e.key === 'z' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement.tagName)) { undo(); e.preventDefault(); }
});
function undo() {
  view.undo();
  link.steps = link.steps.filter((s) => s.at <= view.historySize());
  saveLink();
}
document.getElementById('undo').addEventListener('click', undo);
const curation = createCurationView({
  view, redraw, details, report,
  status: (message) => { statusEl.textContent = message; },
  dialogs: { review: document.getElementById('review-dialog'), name: document.getElementById('analyst-dialog') },
  readInContext: (article, sentence) => reader.readButton(article, sentence, 'Read in context',
    { before: () => document.getElementById('review-dialog').close(), returnTo: document.getElementById('review-open') }),
});
const digestDialog = document.getElementById('digest-dialog');
createDigestView(digestDialog, {
  report,
  onEntity: (id) => focusEntity(id).then(() => { const h = document.querySelector('#details h3'); if (h) h.focus(); }).catch(report),
  onRelation: (e) => openEdge(e.source, e.type, e.target).catch(report),
  readInContext: (article, sentence) => reader.readButton(article, sentence, 'Read in context',
    { before: () => digestDialog.close(), returnTo: document.getElementById('digest-open') }),
});
createSavedViews(document.getElementById('saved-views'), { onSaved: (message) => { statusEl.textContent = message; } });
/** Every shared note, searchable (notes.js); a note opens what it is about, the keyboard going along. */
createNotesDialog(document.getElementById('notes-dialog'), {
  report,
  open: {
    entity: (id) => focusEntity(id).then(() => { const h = document.querySelector('#details h3'); if (h) h.focus(); }).catch(report),
    relation: (source, type, target) => openEdge(source, type, target).catch(report),
    article: (id) => reader.open(id, null, document.getElementById('notes-open')).catch(report),
  },
});


/**
 * Applies the view held in the URL hash: expansions replayed in order, then focus, hidden entities, pins,
 * filters, time, fanned-out pairs, the article and the path. True when it asked for a focus or a path.
 */
async function openLink(wanted = readLink()) {
  const valid = (id) => typeof id === 'string' && /^[a-z0-9_]+$/.test(id);
  if (wanted.asOf) await showAsOfFromLink(wanted.asOf);
  for (const s of wanted.steps.filter((x) => valid(x.id))) {
    if (s.op === 'expand') await expand(s.id, s.limit ? { limit: s.limit, types: s.types || [] } : null, false);
    else if (s.op === 'only') { view.focusOn(s.id); step(s); } else { view.hide(s.id); step(s); }
  }
  for (const p of wanted.pinned.filter((x) => valid(x.id))) view.pinAt(p.id, p.x, p.y);
  filters.restore(wanted);
  structure.restore(wanted);
  sources.restore(wanted);
  timeline.restore(wanted.time, wanted.undated);
  bundles.restore(wanted.open);
  redraw();
  if (wanted.article) articles.pick(wanted.article);
  if (valid(wanted.focus)) await focusEntity(wanted.focus);
  if (wanted.edge && valid(wanted.edge[0]) && valid(wanted.edge[2]) && /^[A-Z_]+$/.test(wanted.edge[1])) {
    await openEdge(...wanted.edge).catch(report);
  }
  if (wanted.read) await reader.open(wanted.read, wanted.readAt).catch(report);
  if (wanted.path.length === 2 && wanted.path.every(valid)) await showPath(wanted.path[0], wanted.path[1], wanted.pathFilter);
  saveLink();
  return Boolean(wanted.focus) || wanted.path.length === 2 || Boolean(wanted.read);
}

/** A link's day: the slider moves there, and the graph of that day is drawn before the other steps. */
async function showAsOfFromLink(day) {
  asOf.restore(day);
  await showAsOf(asOf.day());
}

/** A link pasted into an open page, or a saved view: back to the first view, then that view. */
async function reopen() {
  Object.assign(link, { focus: null, path: [], steps: [] });
  view.show(await api.graph());
  await openLink();
  statusEl.textContent = 'View restored from the link.';
}

window.addEventListener('hashchange', () => reopen().catch(report));

async function start() {
  try {
    const [health, elements, bounds] = await Promise.all([api.health(), api.graph(), api.timeline()]);
    view.show(elements);
    timeline = createTimeline(document.getElementById('timeline'), view, bounds, () => { bundles.update(); saveLink(); });
    asOf = createAsOf(document.getElementById('asof'), bounds.reported || [], (day) => showAsOf(day).catch(report),
      () => settings.playMs);
    bundles.update();
    structure.refresh().catch(report);
    api.relationTypes().then((r) => filters.addRelationTypes(r.relationTypes, readLink().hide)).catch(report);
    await articles.load().catch(report);
    sources.load().catch(report);
    queryPanel.loadExamples().catch(report);
    arrivals = watchArrivals(document.getElementById('arrivals'), health.articles,
      () => refreshGraph().then((news) => { statusEl.textContent = `New articles shown: ${news}.`; }).catch(report));
    const asked = (await openQueryLink()) || (await openLink());
    document.getElementById('graph').dataset.restored = 'true'; // the view the link asked for is there
    if (asked) return;
    statusEl.textContent = `${elements.nodes.length} entities, ${elements.edges.length} relations`
      + `${elements.truncated ? ` (showing the best connected of ${elements.totalNodes})` : ''}`
      + ` · ${health.articles} articles · Neo4j ${health.neo4j}`;
  } catch (e) {
    statusEl.textContent = `Could not load the graph: ${e.message}`;
  }
}

start();
if (new URLSearchParams(window.location.search).has('bench')) import('./bench.js').then((b) => b.install(view));

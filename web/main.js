// main.js — wires the page: graph, search, details and evidence, expand on double-click.
import { api, onTokenNeeded } from './api.js';
import { createTokenPrompt } from './token.js';
import { createGraphView } from './graph-view.js';
import { createSearch } from './search.js';
import { createDetails } from './details.js';
import { createFilters } from './filters.js';
import { readLink, writeLink } from './deeplink.js';
import { createTimeline } from './timeline.js';
import { createArticlePicker } from './articles.js';
import { createExpandPrompt } from './expand.js';
import { createQueryPanel } from './query-panel.js';
import { createExportMenu } from './export.js';
import { createAddArticles, watchArrivals } from './add-articles.js';

const statusEl = document.getElementById('status');
onTokenNeeded(createTokenPrompt(document.getElementById('token-dialog')));
const link = { focus: null, path: [] };
const details = createDetails(document.getElementById('details'), {
  onPathStart: (id) => { link.path = [id]; statusEl.textContent = 'Path start set: now pick another entity and "Path to here".'; },
  onPathTo: (id) => showPath(link.path[0], id).catch(report),
  onHide: (id) => { view.hide(id); details.clear(); },
  onPin: (id) => { statusEl.textContent = view.togglePin(id) ? 'Pinned: layouts keep it in place.' : 'Unpinned.'; },
  onFocus: (id) => view.focusOn(id),
});

function report(e) {
  statusEl.textContent = e.message;
}

const view = createGraphView(document.getElementById('graph'), {
  onSelectionChange: () => exportMenu.describe(),
  onSelect: (el) => {
    if (!el) details.clear();
    else if (el.isNode()) { link.focus = el.id(); saveLink(); details.showEntity(el.id()).catch(report); }
    else details.showEdge(el).catch(report);
  },
  onExpand: (id) => expand(id).catch(report),
});
/** Handle for tests and the browser console; expandAskAt = new neighbours above which expansion asks first. */
const settings = { expandAskAt: 50 };
window.newsgraph = { get cy() { return view.cy; }, settings };
const filters = createFilters(document.getElementById('filters'), view, (name) => view.relayout(name));
const prompt = createExpandPrompt(document.getElementById('expand-dialog'));
let timeline = { range: () => null, apply() {}, restore() {} };
const saveLink = () => writeLink({ ...filters.state(), focus: link.focus, path: link.path, time: timeline.range() });
const articleRemove = document.getElementById('article-remove');
const articles = createArticlePicker(document.getElementById('article'), view, saveLink, articleRemove);

let arrivals = { sync: async () => {} };
/** After articles came in or went: the graph's new best-connected part, the picker, the counts. */
async function refreshGraph() {
  view.merge(await api.graph());
  filters.apply();
  timeline.apply();
  await articles.load();
  await arrivals.sync();
}
const addArticles = createAddArticles(document.getElementById('add-dialog'), {
  onAdded: async (ids) => {
    await refreshGraph();
    articles.pick(ids[0]);
    statusEl.textContent = `${ids.length} article${ids.length === 1 ? '' : 's'} added; marked: what ${ids[0]} added`;
  },
});
document.getElementById('add-open').addEventListener('click', () => addArticles.open());
articleRemove.addEventListener('click', async () => {
  const id = document.getElementById('article').value;
  if (!id || !window.confirm(`Remove the article "${id}" with its claims?`)) return;
  try {
    await api.removeArticle(id);
    view.show(await api.graph()); // its edges and orphaned entities are gone: draw the graph anew
    filters.apply();
    timeline.apply();
    await articles.load();
    await arrivals.sync();
    statusEl.textContent = `Removed ${id}.`;
  } catch (e) { report(e); }
});
document.getElementById('filters').addEventListener('change', saveLink);

const consoleEl = document.getElementById('console');
const consoleToggle = document.getElementById('console-toggle');
const queryPanel = createQueryPanel(consoleEl, { view, onShown: () => { filters.apply(); timeline.apply(); } });
function toggleConsole(open = consoleEl.hidden) {
  consoleEl.hidden = !open;
  consoleToggle.setAttribute('aria-expanded', String(open));
  view.cy.resize();
  if (open) document.getElementById('query-text').focus();
}
consoleToggle.addEventListener('click', () => toggleConsole());
const exportMenu = createExportMenu(document.getElementById('export-format'), document.getElementById('export-go'),
  { view, onDone: (message) => { statusEl.textContent = message; } });

/** ?query=…&params=… opens the console with that query and runs it. */
async function openQueryLink() {
  const p = new URLSearchParams(window.location.search);
  if (!p.get('query')) return false;
  toggleConsole(true);
  await queryPanel.open(p.get('query'), p.get('params'));
  return true;
}

async function showPath(from, to) {
  if (!from) { statusEl.textContent = 'Pick a start first ("Path from here").'; return; }
  const p = await api.path(from, to);
  view.merge(p.elements);
  filters.apply();
  view.highlightPath(p.nodes, p.edges);
  link.path = [from, to];
  saveLink();
  statusEl.textContent = `Path: ${p.nodes.map((id) => view.cy.getElementById(id).data('name')).join(' → ')}`;
}

async function expand(id) {
  let options = {};
  const node = view.cy.getElementById(id);
  if (node.nonempty()) {
    const entity = await api.entity(id);
    const fresh = entity.neighbours - node.neighborhood('node').length;
    if (fresh > settings.expandAskAt) {
      options = await prompt.ask(entity, fresh);
      if (!options) return;
    }
  }
  const added = view.merge(await api.neighbours(id, options));
  filters.apply();
  timeline.apply();
  statusEl.textContent = `${added} new neighbour${added === 1 ? '' : 's'} of ${view.cy.getElementById(id).data('name')}`;
}

async function focusEntity(id) {
  if (view.cy.getElementById(id).empty()) await expand(id);
  view.focus(id);
  link.focus = id;
  saveLink();
  await details.showEntity(id);
}

createSearch(document.getElementById('search'), document.getElementById('search-results'),
  (id) => focusEntity(id).catch(report));

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && document.activeElement === document.body) { view.cy.elements().unselect(); details.clear(); }
  if ((e.ctrlKey || e.metaKey) && e.key === 'z' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement.tagName)) { view.undo(); e.preventDefault(); }
});
document.getElementById('undo').addEventListener('click', () => view.undo());

/** Applies the view held in the URL hash; true when it asked for a focus or a path. */
async function openLink() {
  const wanted = readLink();
  filters.restore(wanted);
  timeline.restore(wanted.time);
  const valid = (id) => /^[a-z0-9_]+$/.test(id);
  if (wanted.focus && valid(wanted.focus)) await focusEntity(wanted.focus);
  if (wanted.path.length === 2 && wanted.path.every(valid)) await showPath(wanted.path[0], wanted.path[1]);
  return Boolean(wanted.focus) || wanted.path.length === 2;
}

window.addEventListener('hashchange', () => openLink().catch(report)); // a link pasted into an open page

async function start() {
  try {
    const [health, elements, bounds] = await Promise.all([api.health(), api.graph(), api.timeline()]);
    view.show(elements);
    timeline = createTimeline(document.getElementById('timeline'), view, bounds, saveLink);
    api.relationTypes().then((r) => filters.addRelationTypes(r.relationTypes, readLink().hide)).catch(report);
    articles.load().catch(report);
    queryPanel.loadExamples().catch(report);
    arrivals = watchArrivals(document.getElementById('arrivals'), health.articles, () => refreshGraph().catch(report));
    if (await openQueryLink()) return;
    if (await openLink()) return;
    statusEl.textContent = `${elements.nodes.length} entities, ${elements.edges.length} relations`
      + `${elements.truncated ? ` (showing the best connected of ${elements.totalNodes})` : ''}`
      + ` · ${health.articles} articles · Neo4j ${health.neo4j}`;
  } catch (e) {
    statusEl.textContent = `Could not load the graph: ${e.message}`;
  }
}

start();
if (new URLSearchParams(window.location.search).has('bench')) import('./bench.js').then((b) => b.install(view));

// main.js — wires the page: graph, search, details and evidence, expand on double-click.
import { api } from './api.js';
import { createGraphView } from './graph-view.js';
import { createSearch } from './search.js';
import { createDetails } from './details.js';
import { createFilters } from './filters.js';

const statusEl = document.getElementById('status');
const details = createDetails(document.getElementById('details'));

function report(e) {
  statusEl.textContent = e.message;
}

const view = createGraphView(document.getElementById('graph'), {
  onSelect: (el) => {
    if (!el) details.clear();
    else if (el.isNode()) details.showEntity(el.id()).catch(report);
    else details.showEdge(el).catch(report);
  },
  onExpand: (id) => expand(id).catch(report),
});
window.newsgraph = { cy: view.cy }; // handle for tests and the browser console
const filters = createFilters(document.getElementById('filters'), view.cy, (name) => view.relayout(name));

async function expand(id) {
  const added = view.merge(await api.neighbours(id));
  filters.apply();
  statusEl.textContent = `${added} new neighbour${added === 1 ? '' : 's'} of ${view.cy.getElementById(id).data('name')}`;
}

async function focusEntity(id) {
  if (view.cy.getElementById(id).empty()) await expand(id);
  view.focus(id);
  await details.showEntity(id);
}

createSearch(document.getElementById('search'), document.getElementById('search-results'),
  (id) => focusEntity(id).catch(report));

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && document.activeElement === document.body) { view.cy.elements().unselect(); details.clear(); }
});

async function start() {
  try {
    const [health, elements] = await Promise.all([api.health(), api.graph()]);
    view.show(elements);
    statusEl.textContent = `${elements.nodes.length} entities, ${elements.edges.length} relations`
      + `${elements.truncated ? ` (showing the best connected of ${elements.totalNodes})` : ''}`
      + ` · ${health.articles} articles · Neo4j ${health.neo4j}`;
  } catch (e) {
    statusEl.textContent = `Could not load the graph: ${e.message}`;
  }
}

start();

// main.js — wires the page: loads the graph, fills the legend, shows details of the clicked element.
import { api } from './api.js';
import { createGraphView } from './graph-view.js';
import { TYPES } from './style.js';

const statusEl = document.getElementById('status');
const detailsEl = document.getElementById('details');

function legend() {
  const ul = document.getElementById('legend');
  for (const type of Object.keys(TYPES)) {
    const li = document.createElement('li');
    const sw = document.createElement('span');
    sw.className = `swatch type-${type}`;
    li.append(sw, document.createTextNode(type));
    ul.append(li);
  }
}

// Names and evidence are always inserted as text, never as HTML.
function showDetails(el) {
  detailsEl.replaceChildren();
  if (!el) { detailsEl.textContent = 'Click a node or an edge.'; return; }
  const d = el.data();
  const rows = el.isNode()
    ? [['Name', d.name], ['Type', d.type], ['Role', d.role], ['Connections', d.degree], ['Discovered', d.discovered ? 'yes (from context)' : 'no (gazetteer)']]
    : [['Relation', `${el.source().data('name')} → ${d.type} → ${el.target().data('name')}`], ['Status', d.status],
      ['Claims', d.claims], ['Dates', [d.firstDate, d.lastDate].filter(Boolean).join(' – ') || '—']];
  const dl = document.createElement('dl');
  for (const [k, v] of rows) {
    const dt = document.createElement('dt'); dt.textContent = k;
    const dd = document.createElement('dd'); dd.textContent = v == null || v === '' ? '—' : String(v);
    dl.append(dt, dd);
  }
  detailsEl.append(dl);
}

async function start() {
  legend();
  const view = createGraphView(document.getElementById('graph'), showDetails);
  window.newsgraph = { cy: view.cy }; // handle for tests and the browser console
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

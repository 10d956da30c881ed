// query-panel.js — the Cypher console: editor, JSON parameters, Run (Ctrl/Cmd+Enter), history kept in the
// browser, example queries, and the answer as a table (always) and in the graph view (when it has nodes).
import { api } from './api.js';
import { el } from './dom.js';

const HISTORY_KEY = 'newsgraph.queryHistory';
const HISTORY_MAX = 50;

/** A table cell as text: nodes as (:Label name), relationships as [:TYPE], paths as chains, the rest as JSON. */
export function cellText(v) {
  if (v == null) return '';
  if (typeof v !== 'object') return String(v);
  if (v._kind === 'node') return `(:${v._labels.join(':')} ${v.name ?? v.title ?? v.id ?? ''})`.replace(' )', ')');
  if (v._kind === 'relationship') return `[:${v._type}]`;
  if (v._kind === 'path') {
    return v.nodes.map((n, i) => cellText(n) + (i < v.relationships.length ? `-${cellText(v.relationships[i])}-` : '')).join('');
  }
  return JSON.stringify(v, (k, x) => (x && x._kind ? cellText(x) : x));
}

function loadHistory() {
  try { return JSON.parse(localStorage.getItem(HISTORY_KEY) || '[]'); } catch (e) { return []; }
}

export function createQueryPanel(root, { view, onShown }) {
  const text = root.querySelector('#query-text');
  const params = root.querySelector('#query-params');
  const meta = root.querySelector('#query-meta');
  const error = root.querySelector('#query-error');
  const table = root.querySelector('#query-table');
  const examples = root.querySelector('#query-examples');
  const history = root.querySelector('#query-history');
  const merge = root.querySelector('#query-merge');
  const back = root.querySelector('#query-back');
  const keep = root.querySelector('#query-keep');
  let examplesById = new Map();

  function fillHistory() {
    history.replaceChildren(el('option', null, 'History…'));
    history.firstChild.value = '';
    loadHistory().forEach((h, i) => {
      const o = el('option', null, h.query.replace(/\s+/g, ' ').slice(0, 80));
      o.value = String(i);
      history.append(o);
    });
  }

  function remember(query, paramText) {
    const items = loadHistory().filter((h) => h.query !== query);
    items.unshift({ query, params: paramText });
    try { localStorage.setItem(HISTORY_KEY, JSON.stringify(items.slice(0, HISTORY_MAX))); } catch (e) { /* storage full or off */ }
    fillHistory();
  }

  function showError(message, position) {
    error.hidden = false;
    error.textContent = message;
    if (position && position.offset >= 0 && position.offset <= text.value.length) {
      text.focus();
      text.setSelectionRange(position.offset, Math.min(text.value.length, position.offset + 1));
    }
  }

  function showTable(res) {
    const head = el('tr');
    res.columns.forEach((c) => head.append(el('th', null, c)));
    const body = el('tbody');
    for (const row of res.rows) {
      const tr = el('tr');
      row.forEach((c) => tr.append(el('td', null, cellText(c))));
      body.append(tr);
    }
    const thead = el('thead');
    thead.append(head);
    table.replaceChildren(thead, body);
  }

  /**
   * A result's graph is a layer over the analyst's graph: added to it (marked) or drawn instead of it; "Back to
   * the graph" takes the layer away again, "Keep" makes it part of the graph.
   */
  let layer = null;
  function showLayer(graph) {
    if (layer) dropLayer();
    const { cy } = view;
    if (merge.checked) {
      const before = new Set(cy.elements().map((e) => e.id()));
      view.merge(graph);
      layer = { added: cy.elements().filter((e) => !before.has(e.id())).addClass('layer') };
    } else {
      layer = { snapshot: view.snapshot() };
      view.show(graph);
    }
    onShown();
    back.hidden = false;
    keep.hidden = false;
    root.dataset.layer = merge.checked ? 'added' : 'replaced';
  }
  function dropLayer() {
    if (layer.added) layer.added.remove();
    if (layer.snapshot) view.restore(layer.snapshot);
    endLayer();
    onShown();
  }
  function endLayer() {
    if (layer && layer.added) layer.added.removeClass('layer');
    layer = null;
    back.hidden = true;
    keep.hidden = true;
    delete root.dataset.layer;
  }
  back.addEventListener('click', () => { if (layer) dropLayer(); });
  keep.addEventListener('click', endLayer);

  async function run() {
    const query = text.value;
    error.hidden = true;
    let parsed = {};
    if (params.value.trim()) {
      try {
        parsed = JSON.parse(params.value);
      } catch (e) {
        showError(`Parameters are not valid JSON: ${e.message}`);
        root.dataset.state = 'error';
        return;
      }
    }
    meta.textContent = 'running…';
    root.dataset.state = 'running';
    try {
      const res = await api.query(query, parsed);
      remember(query, params.value);
      showTable(res);
      meta.replaceChildren(document.createTextNode(`${res.rowCount} row${res.rowCount === 1 ? '' : 's'} · ${res.millis} ms`));
      if (res.truncated) meta.append(' · ', el('span', 'truncated', `truncated (${res.truncatedBy})`));
      if (res.graph.nodes.length) showLayer(res.graph);
      root.dataset.state = 'done';
    } catch (e) {
      meta.textContent = '';
      table.replaceChildren();
      showError(e.body ? `${e.body.error}: ${e.body.detail}` : e.message, e.body && e.body.position);
      root.dataset.state = 'error';
    }
  }

  root.querySelector('#query-run').addEventListener('click', () => run());
  let escaped = false;
  root.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); run(); }
    // Tab indents in the editor; Esc first lets the next Tab leave it (as in code editors)
    if (e.key === 'Escape' && e.target === text) { escaped = true; meta.textContent = 'Tab now leaves the editor.'; }
    else if (e.key === 'Tab' && e.target === text && !escaped && !e.shiftKey) {
      e.preventDefault();
      text.setRangeText('  ', text.selectionStart, text.selectionEnd, 'end');
    } else if (e.key !== 'Shift') escaped = false;
  });
  examples.addEventListener('change', () => {
    const ex = examplesById.get(examples.value);
    if (!ex) return;
    text.value = ex.query;
    params.value = Object.keys(ex.params || {}).length ? JSON.stringify(ex.params) : '';
    examples.title = ex.description;
  });
  history.addEventListener('change', () => {
    const h = loadHistory()[Number(history.value)];
    if (h) { text.value = h.query; params.value = h.params || ''; }
  });
  fillHistory();

  return {
    run,
    async loadExamples() {
      const { queries } = await api.examples();
      examplesById = new Map(queries.map((q) => [q.id, q]));
      for (const q of queries) {
        const o = el('option', null, q.name);
        o.value = q.id;
        o.title = q.description;
        examples.append(o);
      }
    },
    /** Fills the editor (from a ?query=…&params=… link) and runs it. */
    open(query, paramText) {
      text.value = query;
      params.value = paramText || '';
      return run();
    },
  };
}

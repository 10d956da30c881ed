// graph-view.js — owns the Cytoscape instance: draws elements, lays them out, expands, focuses, reports clicks.
import { stylesheet } from './style.js';
import { drawn, layoutOptions, placeAround, runSeeded } from './layout.js';
import { atLayoutSize, watchLabels } from './labels.js';

/**
 * Views at least this big (nodes + edges) use Cytoscape's WebGL renderer; `?webglAt=N` overrides it. Measured
 * (rendering benchmark, README): canvas paints first up to 5k elements, and stalls at 10k where WebGL goes on.
 */
const WEBGL_AT = Number(new URLSearchParams(window.location.search).get('webglAt')) || 6000;
/**
 * Automatic zooms (a fit to a path, a focus, an undo, an article's relations) stop here: labels keep their size on
 * screen from this zoom on (labels.js), so zooming closer only spreads a few nodes over the screen.
 */
export const AUTO_ZOOM_MAX = 1.5;

function webglAvailable() {
  try {
    return Boolean(document.createElement('canvas').getContext('webgl2'));
  } catch (e) {
    return false;
  }
}

/** One line on what an element is, for the hover tooltip. */
export function tooltip(ele) {
  const d = ele.data();
  const fresh = ele.hasClass('fresh') ? ' · new since the page was opened' : '';
  if (ele.isNode()) return `${d.name || d.label || d.id}${d.type ? ` (${d.type})` : ''}${d.degree ? ` · ${d.degree} relations` : ''}${fresh}`;
  const ends = `${ele.source().data('name') || d.source} — ${ele.target().data('name') || d.target}`;
  if (d.bundle) return `${ends}: ${d.count} relations (${d.types}) · click to show them one by one`;
  if (d.suggestion) return `${ends}: suggested "${d.type}" (score ${Number(d.score).toFixed(2)}) · click to decide it`;
  const counts = [d.claims && `${d.claims} claims`, d.articles && `${d.articles} articles`].filter(Boolean).join(', ');
  const dates = [d.firstDate, d.lastDate].filter(Boolean);
  return `${ele.source().data('name') || d.source} — ${d.type} — ${ele.target().data('name') || d.target}`
    + `${d.status ? ` · ${d.status}` : ''}${counts ? ` · ${counts}` : ''}`
    + ` · ${dates.length ? [...new Set(dates)].join(' – ') : 'undated'}${fresh}`;
}

export function createGraphView(container, { onSelect, onExpand, onHold = onSelect, onMenu = () => {}, onSelectionChange = () => {} }) {
  if (window.cytoscapeFcose) window.cytoscape.use(window.cytoscapeFcose);
  const make = (webgl) => {
    const c = window.cytoscape({
      container, style: stylesheet, minZoom: 0.05, maxZoom: 4,
      renderer: { name: 'canvas', webgl }, hideEdgesOnViewport: webgl,
    });
    c.on('tap', 'node, edge', (evt) => onSelect(evt.target));
    c.on('tap', (evt) => { if (evt.target === c) onSelect(null); });
    c.on('dbltap', 'node', (evt) => onExpand(evt.target.id()));
    c.on('taphold', 'node, edge', (evt) => onHold(evt.target, evt.renderedPosition)); // a long press: its actions
    c.on('cxttap', 'node, edge', (evt) => onMenu(evt.target, evt.renderedPosition)); // a right-click: its actions
    // hover: the element's label and a tooltip (the container's title) that says what it is
    c.on('mouseover', 'node, edge', (evt) => { evt.target.addClass('hover'); container.title = tooltip(evt.target); });
    c.on('mouseout', 'node, edge', (evt) => { evt.target.removeClass('hover'); container.title = ''; });
    let pending = false; // one call per burst of (un)select events
    c.on('select unselect', () => {
      if (pending) return;
      pending = true;
      setTimeout(() => { pending = false; onSelectionChange(); });
    });
    container.dataset.renderer = webgl ? 'webgl' : 'canvas';
    watchLabels(c); // which labels have room at this zoom (labels.js)
    return c;
  };
  let cy = make(false);
  /** Moves the view to the WebGL renderer (or back) when its size crosses WEBGL_AT; keeps positions. */
  const fitRenderer = (size) => {
    const webgl = size >= WEBGL_AT && webglAvailable();
    if (webgl === (container.dataset.renderer === 'webgl')) return false;
    const json = cy.elements().jsons();
    cy.destroy();
    cy = make(webgl);
    cy.add(json);
    history.length = 0; // undo entries point at the old instance
    return true;
  };
  /** Fits {@code eles} (default: everything) into the view, zooming in no further than AUTO_ZOOM_MAX. */
  const fit = (eles, padding) => {
    cy.fit(eles, padding);
    if (cy.zoom() <= AUTO_ZOOM_MAX) return;
    const bb = (eles || cy.elements()).boundingBox();
    cy.zoom({ level: AUTO_ZOOM_MAX, position: { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 } });
  };

  let layoutName = window.cytoscapeFcose ? 'fcose' : 'cose';
  /** Lays out what is drawn; room for labels as they are at zoom 1, so that the zoom never changes a layout. */
  const layout = () => {
    const eles = drawn(cy);
    atLayoutSize(cy, () => runSeeded(eles, layoutOptions(layoutName, eles.nodes().length)));
  };
  /** Where every node is, so Undo can put them back. */
  const positions = () => new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));

  const history = []; // undo stack: {add: collection} or {removed: collection}, with the positions before
  const remember = (entry) => { history.push(entry); container.dataset.undo = String(history.length); };
  /** Where nodes were when they left the view (another day, a hide, a focus): they come back to the same place. */
  const places = new Map();
  const leave = (removed) => removed.nodes().forEach((n) => places.set(n.id(), { ...n.position() }));
  /** The edges the server has sent since the page loaded: one it sends after an import and not before is new. */
  const seen = new Set();
  const see = (elements) => elements.edges.forEach((e) => seen.add(e.data.id));

  /**
   * Pans (or, when they do not fit at this zoom, fits) so that {@code eles} are on screen with a margin; does
   * nothing when they already are. Moves the viewport only, never a node.
   */
  function reveal(eles, padding = 40) {
    if (eles.empty()) return;
    const bb = eles.boundingBox();
    const ext = cy.extent();
    const pad = padding / cy.zoom();
    const box = { x1: ext.x1 + pad, x2: ext.x2 - pad, y1: ext.y1 + pad, y2: ext.y2 - pad };
    if (bb.x1 >= box.x1 && bb.x2 <= box.x2 && bb.y1 >= box.y1 && bb.y2 <= box.y2) return;
    if (bb.w > box.x2 - box.x1 || bb.h > box.y2 - box.y1) { fit(eles, padding); return; }
    const shift = (lo, hi, min, max) => (lo < min ? lo - min : (hi > max ? hi - max : 0));
    const dx = shift(bb.x1, bb.x2, box.x1, box.x2);
    const dy = shift(bb.y1, bb.y2, box.y1, box.y2);
    cy.panBy({ x: -dx * cy.zoom(), y: -dy * cy.zoom() });
  }

  return {
    get cy() { return cy; },
    /** The elements drawn now (layout.js). */
    drawn: () => drawn(cy),
    /** Everything drawn, with positions and viewport, to come back to (the console's "Back to the graph"). */
    snapshot: () => ({ elements: cy.elements().jsons(), zoom: cy.zoom(), pan: { ...cy.pan() } }),
    restore(snap) {
      cy.elements().remove();
      cy.add(snap.elements);
      cy.viewport({ zoom: snap.zoom, pan: snap.pan });
      container.dataset.nodes = String(cy.nodes().length);
    },
    /**
     * After a curation decision: the edges at these entities become those of {@code elements} (their fresh
     * neighbourhoods), new edges only between entities already drawn; names and types of drawn entities follow.
     */
    syncEdges(ids, elements) {
      const fresh = new Set(elements.edges.map((e) => e.data.id));
      const at = new Set(ids);
      cy.batch(() => {
        cy.edges('[!bundle][!suggestion]').filter((e) => (at.has(e.data('source')) || at.has(e.data('target'))) && !fresh.has(e.id())).remove();
        for (const n of elements.nodes) {
          const drawn = cy.getElementById(n.data.id);
          if (drawn.nonempty()) drawn.data({ ...n.data });
        }
        cy.add(elements.edges.filter((e) => (at.has(e.data.source) || at.has(e.data.target))
          && cy.getElementById(e.data.id).empty()
          && cy.getElementById(e.data.source).nonempty() && cy.getElementById(e.data.target).nonempty()));
      });
    },
    /**
     * Makes the view show exactly these elements (another day's graph): what is not in them goes, what is there
     * takes their data, new nodes are placed around the others, which keep their places.
     */
    syncAll(elements) {
      const ids = new Set([...elements.nodes, ...elements.edges].map((e) => e.data.id));
      cy.batch(() => {
        leave(cy.elements().filter((e) => !e.hasClass('bundle') && !ids.has(e.id())).remove());
        for (const e of [...elements.nodes, ...elements.edges]) {
          const drawn = cy.getElementById(e.data.id);
          if (drawn.nonempty()) drawn.data(e.data);
        }
      });
      return this.merge(elements, null, { undoable: false });
    },
    /**
     * After an import: drawn elements take their new data, what is new comes in (back to its old place, or next to
     * the entity it is related to), nobody else moves. Edges the server never sent this page before, and the nodes
     * that came with them, are marked (class "fresh"); returns them.
     */
    refresh(elements) {
      cy.batch(() => {
        cy.edges().filter((e) => e.id().startsWith('asof:')).remove(); // another day's edge that today has no more
        for (const e of [...elements.nodes, ...elements.edges]) {
          const drawn = cy.getElementById(e.data.id);
          if (drawn.nonempty()) drawn.data(e.data);
        }
      });
      const unseen = new Set(elements.edges.map((e) => e.data.id).filter((id) => !seen.has(id)));
      const before = new Set(cy.nodes().map((n) => n.id()));
      this.merge(elements, null, { undoable: false });
      const edges = cy.edges().filter((e) => unseen.has(e.id()));
      const fresh = edges.union(edges.connectedNodes().filter((n) => !before.has(n.id())));
      fresh.addClass('fresh');
      return fresh;
    },
    /** Brings elements on screen by panning, zooming out only when they do not fit (see reveal above). */
    reveal,
    /** Fits elements (default: everything) into the view, zooming in no further than a readable AUTO_ZOOM_MAX. */
    fit,
    /** How many steps Undo can take back. */
    historySize: () => history.length,
    /** Takes back the last expansion, hide or focus. */
    undo() {
      const last = history.pop();
      if (!last) return false;
      if (last.add) last.add.remove();
      if (last.removed) last.removed.restore();
      if (last.positions) cy.nodes().forEach((n) => { const p = last.positions.get(n.id()); if (p) n.position(p); });
      fit(drawn(cy), 30);
      container.dataset.undo = String(history.length);
      container.dataset.nodes = String(cy.nodes().length);
      return true;
    },
    hide(id) {
      const before = positions();
      const removed = cy.getElementById(id).remove().not('.bundle'); // bundles are drawn anew from their members
      leave(removed);
      if (removed.length) remember({ removed, positions: before });
      container.dataset.nodes = String(cy.nodes().length);
    },
    /** Keeps only the entity and its direct neighbours in view. */
    focusOn(id) {
      const keep = cy.getElementById(id).closedNeighborhood();
      const before = positions();
      const removed = cy.elements().difference(keep).remove().not('.bundle');
      leave(removed);
      if (removed.length) remember({ removed, positions: before });
      fit(keep, 40);
      container.dataset.nodes = String(cy.nodes().length);
    },
    /** The pinned entities and where they are. */
    pinned: () => cy.nodes(':locked').map((n) => ({ id: n.id(), ...n.position() })),
    /** Puts an entity at a place and pins it there. */
    pinAt(id, x, y) {
      const n = cy.getElementById(id);
      if (n.empty()) return;
      n.unlock().position({ x, y }).lock().addClass('pinned');
    },
    togglePin(id) {
      const n = cy.getElementById(id);
      if (n.locked()) n.unlock(); else n.lock();
      n.toggleClass('pinned', n.locked());
      return n.locked();
    },
    show(elements) {
      cy.elements().remove();
      fitRenderer(elements.nodes.length + elements.edges.length);
      cy.add([...elements.nodes, ...elements.edges]);
      see(elements);
      places.clear();
      layout();
      fit(undefined, 30);
      container.dataset.nodes = String(cy.nodes().length);
      container.dataset.ready = 'true';
      container.dataset.readyMs = String(Math.round(performance.now())); // since navigation start
    },
    /**
     * Adds elements not yet shown; the others stay where they are. New nodes go around {@code anchorId} when given
     * (an expansion); without one, a node that was drawn before goes back to its place, and the others next to the
     * entity they are related to (layout.js). {@code reveal}: then pan so that the new nodes (and the anchor) are on
     * screen; {@code undoable}: Undo takes the addition back. Returns how many nodes were new.
     */
    merge(elements, anchorId, { reveal: pan = false, undoable = true } = {}) {
      const fresh = [...elements.nodes, ...elements.edges].filter((e) => cy.getElementById(e.data.id).empty());
      see(elements);
      const before = positions();
      if (fitRenderer(cy.elements().length + fresh.length)) container.dataset.undo = '0';
      const added = cy.add(fresh);
      if (added.length && undoable) remember({ add: added, positions: before });
      const anchor = anchorId ? cy.getElementById(anchorId) : cy.collection();
      const back = anchor.nonempty() ? cy.collection() : added.nodes().filter((n) => places.has(n.id()));
      back.forEach((n) => { n.position(places.get(n.id())); });
      const placed = added.nodes().difference(back);
      if (placed.nonempty()) atLayoutSize(cy, () => placeAround(cy, placed, anchor, layoutName === 'fcose'));
      if (pan && added.nodes().nonempty()) reveal(added.nodes().union(anchor));
      container.dataset.nodes = String(cy.nodes().length);
      return added.nodes().length;
    },
    /** Replaces the view and resolves when laid out and painted: {add, layout, paint, total} in ms, renderer. */
    async showTimed(elements, name) {
      const t0 = performance.now();
      cy.elements().remove();
      fitRenderer(elements.nodes.length + elements.edges.length);
      cy.add([...elements.nodes, ...elements.edges]);
      const t1 = performance.now();
      await new Promise((done) => {
        const l = cy.elements().layout(layoutOptions(name || layoutName, elements.nodes.length));
        l.one('layoutstop', done);
        atLayoutSize(cy, () => l.run());
      });
      const t2 = performance.now();
      cy.fit(undefined, 30);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const t3 = performance.now();
      container.dataset.nodes = String(cy.nodes().length);
      return { add: Math.round(t1 - t0), layout: Math.round(t2 - t1), paint: Math.round(t3 - t2), total: Math.round(t3 - t0),
        renderer: container.dataset.renderer, layoutName: name || layoutName };
    },
    relayout(name) {
      layoutName = name === 'fcose' && !window.cytoscapeFcose ? 'cose' : name;
      layout();
      fit(drawn(cy), 30);
      container.dataset.layout = layoutName;
    },
    /** Marks a path (node ids, edge ids) and fits it. */
    highlightPath(nodeIds, edgeIds) {
      cy.elements().removeClass('path');
      nodeIds.forEach((id) => cy.getElementById(id).addClass('path'));
      edgeIds.forEach((id) => cy.getElementById(id).addClass('path'));
      fit(cy.elements('.path'), 60);
      container.dataset.path = nodeIds.join(',');
    },
    focus(id) {
      const n = cy.getElementById(id);
      if (n.empty()) return false;
      cy.elements().unselect();
      n.select();
      // closer when far out, but not past AUTO_ZOOM_MAX on its own (an analyst's closer zoom stays)
      cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
      return true;
    },
  };
}

// graph-view.js — owns the Cytoscape instance: draws elements, lays them out, expands, focuses, reports clicks.
import { stylesheet } from './style.js';

/**
 * Views at least this big (nodes + edges) use Cytoscape's WebGL renderer; `?webglAt=N` overrides it. Measured
 * (rendering benchmark, README): canvas paints first up to 5k elements, and stalls at 10k where WebGL goes on.
 */
const WEBGL_AT = Number(new URLSearchParams(window.location.search).get('webglAt')) || 6000;

function webglAvailable() {
  try {
    return Boolean(document.createElement('canvas').getContext('webgl2'));
  } catch (e) {
    return false;
  }
}

/**
 * Views with more nodes than this get fcose's draft quality (its spectral step only): measured in the rendering
 * benchmark, the full quality's force phase grows to minutes at a few thousand nodes.
 */
const DRAFT_AT = 800;
/** Beyond this many nodes "fcose" means concentric by degree: 2.7 s instead of 5.1 s for 10k elements (benchmark). */
const CONCENTRIC_AT = 2500;
/** Views at least this big (nodes + edges) hide labels that would be drawn smaller than 9 px. */
const LABELS_AT = 1500;

/** Options of a layout by name; "fcose-full" and "fcose-draft" force fcose's quality (benchmark). */
function layoutOptions(name, nodes) {
  if (name === 'fcose' && nodes > CONCENTRIC_AT) return layoutOptions('concentric', nodes);
  if (name.startsWith('fcose') || name === 'cose') {
    const quality = name === 'fcose-draft' || (name === 'fcose' && nodes > DRAFT_AT) ? 'draft' : 'default';
    return { name: name === 'cose' ? 'cose' : 'fcose', quality, animate: false, randomize: true, nodeRepulsion: 9000,
      idealEdgeLength: 90, padding: 30 };
  }
  if (name === 'concentric') {
    return { name, animate: false, padding: 30, concentric: (n) => n.data('degree') || n.degree(), levelWidth: () => 3 };
  }
  return { name, animate: false, padding: 30 };
}

export function createGraphView(container, { onSelect, onExpand, onSelectionChange = () => {} }) {
  if (window.cytoscapeFcose) window.cytoscape.use(window.cytoscapeFcose);
  const make = (webgl) => {
    const c = window.cytoscape({
      container, style: stylesheet, minZoom: 0.05, maxZoom: 4,
      renderer: { name: 'canvas', webgl }, hideEdgesOnViewport: webgl,
    });
    c.on('tap', 'node, edge', (evt) => onSelect(evt.target));
    c.on('tap', (evt) => { if (evt.target === c) onSelect(null); });
    c.on('dbltap', 'node', (evt) => onExpand(evt.target.id()));
    let pending = false; // one call per burst of (un)select events
    c.on('select unselect', () => {
      if (pending) return;
      pending = true;
      setTimeout(() => { pending = false; onSelectionChange(); });
    });
    container.dataset.renderer = webgl ? 'webgl' : 'canvas';
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
  /** Large views skip labels too small to read: drawing thousands of labels is what makes canvas slow. */
  const fitLabels = (size) => {
    cy.style().selector('node, edge').style('min-zoomed-font-size', size >= LABELS_AT ? 9 : 0).update();
  };

  let layoutName = window.cytoscapeFcose ? 'fcose' : 'cose';
  const layout = () => cy.elements(':visible').layout(layoutOptions(layoutName, cy.nodes(':visible').length)).run();

  const history = []; // undo stack: {add: collection} or {removed: collection}
  const remember = (entry) => { history.push(entry); container.dataset.undo = String(history.length); };

  return {
    get cy() { return cy; },
    /** Takes back the last expansion, hide or focus. */
    undo() {
      const last = history.pop();
      if (!last) return false;
      if (last.add) last.add.remove();
      if (last.removed) last.removed.restore();
      container.dataset.undo = String(history.length);
      container.dataset.nodes = String(cy.nodes().length);
      return true;
    },
    hide(id) {
      const removed = cy.getElementById(id).remove();
      if (removed.length) remember({ removed });
      container.dataset.nodes = String(cy.nodes().length);
    },
    /** Keeps only the entity and its direct neighbours in view. */
    focusOn(id) {
      const keep = cy.getElementById(id).closedNeighborhood();
      const removed = cy.elements().difference(keep).remove();
      if (removed.length) remember({ removed });
      cy.fit(keep, 40);
      container.dataset.nodes = String(cy.nodes().length);
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
      fitLabels(elements.nodes.length + elements.edges.length);
      cy.add([...elements.nodes, ...elements.edges]);
      layout();
      cy.fit(undefined, 30);
      container.dataset.nodes = String(cy.nodes().length);
      container.dataset.ready = 'true';
      container.dataset.readyMs = String(Math.round(performance.now())); // since navigation start
    },
    /** Adds elements not yet shown; returns how many nodes were new. */
    merge(elements) {
      const fresh = [...elements.nodes, ...elements.edges].filter((e) => cy.getElementById(e.data.id).empty());
      if (fitRenderer(cy.elements().length + fresh.length)) container.dataset.undo = '0';
      fitLabels(cy.elements().length + fresh.length);
      const added = cy.add(fresh);
      if (added.length) remember({ add: added });
      if (added.nodes().length) layout();
      container.dataset.nodes = String(cy.nodes().length);
      return added.nodes().length;
    },
    /** Replaces the view and resolves when laid out and painted: {add, layout, paint, total} in ms, renderer. */
    async showTimed(elements, name) {
      const t0 = performance.now();
      cy.elements().remove();
      fitRenderer(elements.nodes.length + elements.edges.length);
      fitLabels(elements.nodes.length + elements.edges.length);
      cy.add([...elements.nodes, ...elements.edges]);
      const t1 = performance.now();
      await new Promise((done) => {
        const l = cy.elements().layout(layoutOptions(name || layoutName, elements.nodes.length));
        l.one('layoutstop', done);
        l.run();
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
      cy.fit(cy.elements(':visible'), 30);
      container.dataset.layout = layoutName;
    },
    /** Marks a path (node ids, edge ids) and fits it. */
    highlightPath(nodeIds, edgeIds) {
      cy.elements().removeClass('path');
      nodeIds.forEach((id) => cy.getElementById(id).addClass('path'));
      edgeIds.forEach((id) => cy.getElementById(id).addClass('path'));
      cy.fit(cy.elements('.path'), 60);
      container.dataset.path = nodeIds.join(',');
    },
    focus(id) {
      const n = cy.getElementById(id);
      if (n.empty()) return false;
      cy.elements().unselect();
      n.select();
      cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
      return true;
    },
  };
}

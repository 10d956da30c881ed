// labels.js — level of detail for labels, so that the graph reads at every zoom. Labels keep a readable size on
// screen (style.js scales their fonts by the view's label scale: about 11 px zoomed out, growing up to zoom 1.5),
// and only labels with room for them are drawn: greedily by importance, a label that would touch one already
// placed stays hidden. First the hovered and selected elements' labels, then a path's, then the entities by
// importance (the structure measure in data(sizeBy) when nodes are sized by one, else the degree), then the bundles'
// counts, and once few edges are on screen every relation's type. Placed again once per frame after zoom and pan and
// after anything changed. Hidden labels are transparent (text-opacity 0), not removed, so Cytoscape still measures
// them and fitting a view leaves room for them.
import { drawn } from './layout.js';

/** The class of an element whose label is drawn. */
export const SHOWN = 'label-shown';
/** The scratch key of the view's label scale: model pixels per screen pixel of a label's font (style.js). */
export const LABEL_SCALE = '_labelScale';
/** At most this many edges on screen: every one of their labels may show (where it has room). */
export const EDGE_LABELS_AT = 12;
/** Room kept free between two labels, in screen pixels. */
const GAP = 3;
/** The label scale moves in steps of this factor: each step restyles every element. */
const STEP = 1.25;
/** From zoom 1 up to this zoom labels grow with the view; beyond it they keep their size on screen. */
const GROW_UNTIL = 1.5;
/** Views of more elements than this place labels near the viewport only (the rest stay hidden). */
const NEAR_AT = 1500;
/** The label alone, in model coordinates (Cytoscape's measure, the one the browser tests take). */
const LABEL_BOX = { includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false,
  includeUnderlays: false };

/** A node's body alone, in model coordinates. */
const BODY_BOX = { includeLabels: false, includeOverlays: false, includeUnderlays: false };

/** The font factor at a zoom: 1 from zoom 1 to 1.5, else what keeps labels near their size on screen there. */
export function labelScale(zoom) {
  const want = zoom < 1 ? 1 / zoom : (zoom > GROW_UNTIL ? GROW_UNTIL / zoom : 1);
  return STEP ** Math.round(Math.log(want) / Math.log(STEP));
}

/** Boxes already taken (each with its owner's id), in cells of a grid so that a test looks at the few near it. */
function occupancy(cell) {
  const cells = new Map();
  const keys = (b, f) => {
    for (let i = Math.floor(b.x1 / cell); i <= Math.floor(b.x2 / cell); i++) {
      for (let j = Math.floor(b.y1 / cell); j <= Math.floor(b.y2 / cell); j++) f(`${i},${j}`);
    }
  };
  const meets = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  return {
    /** Whether {@code b} meets no box taken, but those of {@code owner} (a node's label lies by its own body). */
    free(b, owner) {
      let free = true;
      keys(b, (k) => { if (free && (cells.get(k) || []).some((o) => o.owner !== owner && meets(o, b))) free = false; });
      return free;
    },
    take(b) { keys(b, (k) => { if (!cells.has(k)) cells.set(k, []); cells.get(k).push(b); }); },
  };
}

/** Larger first: the structure measure's size when nodes have one, then the degree; ties by id, so it is stable. */
function byImportance(a, b) {
  return ((b.data('sizeBy') ?? -1) - (a.data('sizeBy') ?? -1))
    || ((b.data('degree') ?? b.degree()) - (a.data('degree') ?? a.degree()))
    || (a.id() < b.id() ? -1 : 1);
}

/** Whether an edge's straight line between its ends' places meets a box (enough to count what is on screen). */
function edgeMeets(e, box) {
  const s = e.source().position();
  const t = e.target().position();
  return Math.min(s.x, t.x) < box.x2 && Math.max(s.x, t.x) > box.x1 && Math.min(s.y, t.y) < box.y2 && Math.max(s.y, t.y) > box.y1;
}

/** Sets the font scale (style.js reads it). */
function setScale(cy, scale) {
  if (scale === (cy.scratch(LABEL_SCALE) || 1)) return;
  cy.scratch(LABEL_SCALE, scale);
  // the fonts are functions of the scale: restyle, and measure the labels anew (Cytoscape keeps their old size)
  cy.elements().updateStyle().dirtyBoundingBoxCache();
}

/**
 * Decides which labels show at {@code zoom}: over the whole graph (or near the viewport in a large view) for nodes,
 * on screen for edges. {@code whole}: every node of the graph, whatever its size (a picture of everything).
 */
function place(cy, zoom, whole) {
  setScale(cy, labelScale(zoom));
  const eles = drawn(cy);
  const ext = cy.extent();
  const near = whole || eles.length <= NEAR_AT ? null : { x1: ext.x1 - ext.w / 2, x2: ext.x2 + ext.w / 2,
    y1: ext.y1 - ext.h / 2, y2: ext.y2 + ext.h / 2 };
  const taken = occupancy(120 / zoom);
  const half = GAP / zoom / 2;
  const on = [];
  const put = (ele, always) => {
    const bb = ele.boundingBox(LABEL_BOX);
    if (!(bb.w > 0 && bb.h > 0)) return;
    const b = { x1: bb.x1 - half, x2: bb.x2 + half, y1: bb.y1 - half, y2: bb.y2 + half, owner: ele.id() };
    if (!always && !taken.free(b, ele.id())) return;
    taken.take(b);
    on.push(ele);
  };
  const inside = (n) => !near || (n.position('x') > near.x1 && n.position('x') < near.x2
    && n.position('y') > near.y1 && n.position('y') < near.y2);
  const forced = eles.filter('.hover, :selected');
  const nodes = eles.nodes().not(forced).filter(inside).sort(byImportance);
  const edges = eles.edges().not(forced).filter((e) => whole || edgeMeets(e, ext));
  forced.forEach((e) => put(e, true));
  // no label over an entity: the nodes' bodies are taken before any label but the hovered and selected ones
  eles.nodes().filter(inside).forEach((n) => taken.take({ ...n.boundingBox(BODY_BOX), owner: n.id() }));
  nodes.filter('.path').forEach((n) => put(n));
  edges.filter('.path').forEach((e) => put(e));
  nodes.not('.path').forEach((n) => put(n));
  edges.filter('.bundle').forEach((e) => put(e));
  if (edges.length <= EDGE_LABELS_AT) edges.not('.path, .bundle').forEach((e) => put(e));
  const shown = cy.collection(on);
  cy.batch(() => {
    cy.elements(`.${SHOWN}`).difference(shown).removeClass(SHOWN);
    shown.addClass(SHOWN);
  });
  const box = cy.container();
  if (box) Object.assign(box.dataset, { labelZoom: zoom.toFixed(3), labelsShown: String(on.length),
    labelPass: String(Number(box.dataset.labelPass || 0) + 1) });
}

const watched = new WeakMap();

/**
 * Runs {@code run} (a layout) with the labels at their size at zoom 1, whatever the zoom: layouts leave room for
 * labels, and the same graph must be laid out the same at every zoom. Then the labels follow the view again.
 */
export function atLayoutSize(cy, run) {
  const before = cy.scratch(LABEL_SCALE) || 1;
  setScale(cy, 1);
  try { return run(); } finally {
    setScale(cy, before);
    const w = watched.get(cy);
    if (w) w.schedule();
  }
}

/**
 * Keeps a Cytoscape instance's labels placed: once per frame after zoom, pan, resize, and anything added, removed,
 * moved, restyled, hovered or selected.
 */
export function watchLabels(cy) {
  let frame = 0;
  let busy = false; // placing: the classes it changes ask for no other placement
  let frozen = false;
  const run = () => {
    frame = 0;
    if (frozen || cy.destroyed()) return;
    busy = true;
    try { place(cy, cy.zoom(), false); } finally { busy = false; }
  };
  const schedule = () => { if (!frame && !busy) frame = requestAnimationFrame(run); };
  cy.on('viewport resize add remove position data class select unselect layoutstop', schedule);
  watched.set(cy, {
    schedule,
    async whole(draw) {
      frozen = true;
      busy = true;
      try { place(cy, 1, true); } finally { busy = false; }
      try { return await draw(); } finally { frozen = false; schedule(); }
    },
  });
  schedule();
}

/**
 * Runs {@code draw} (a picture of the whole graph: cy.png full) with the labels placed as for zoom 1 over the whole
 * graph; then they follow the view again.
 */
export function withWholeGraphLabels(cy, draw) {
  const w = watched.get(cy);
  return w ? w.whole(draw) : draw();
}

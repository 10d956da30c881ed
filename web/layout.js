// layout.js — where nodes go. Layouts are seeded (the same graph looks the same on every load), leave room for
// labels, and an expansion places only the new nodes around their anchor while the others keep their places.

/**
 * Views with more nodes than this get fcose's draft quality (its spectral step only): measured in the rendering
 * benchmark, the full quality's force phase grows to minutes at a few thousand nodes.
 */
const DRAFT_AT = 800;
/** Beyond this many nodes "fcose" means concentric by degree: 2.7 s instead of 5.1 s for 10k elements (benchmark). */
const CONCENTRIC_AT = 2500;
/** The seed of every layout: a fixed number, so a reload draws the same picture. */
const SEED = 20240613;

/** Options of a layout by name; "fcose-full" and "fcose-draft" force fcose's quality (benchmark). */
export function layoutOptions(name, nodes) {
  if (name === 'fcose' && nodes > CONCENTRIC_AT) return layoutOptions('concentric', nodes);
  if (name.startsWith('fcose') || name === 'cose') {
    const quality = name === 'fcose-draft' || (name === 'fcose' && nodes > DRAFT_AT) ? 'draft' : 'default';
    return { name: name === 'cose' ? 'cose' : 'fcose', quality, animate: false, randomize: true, nodeRepulsion: 12000,
      idealEdgeLength: 110, padding: 30, nodeDimensionsIncludeLabels: nodes <= DRAFT_AT, nodeSeparation: 90 };
  }
  if (name === 'concentric') {
    return { name, animate: false, padding: 30, concentric: (n) => n.data('degree') || n.degree(), levelWidth: () => 3 };
  }
  return { name, animate: false, padding: 30 };
}

/**
 * The elements drawn: not hidden by a filter, the time range or a bundle, and for edges both ends drawn. Read
 * from the classes that hide them, not from Cytoscape's visible(), whose cached answer can lag behind them.
 */
export function drawn(cy) {
  const hidden = '.filtered, .out-of-time, .bundled';
  const nodes = cy.nodes().not(hidden);
  return nodes.union(cy.edges().not(hidden).filter((e) => nodes.contains(e.source()) && nodes.contains(e.target())));
}

/** mulberry32: a small seeded generator with Math.random's contract. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs a layout to its end with Math.random seeded: the layouts draw their random start from it, and with
 * animate off they run synchronously, so the seeded generator is in place for exactly their run.
 */
export function runSeeded(eles, options) {
  const random = Math.random;
  Math.random = seeded(SEED);
  try {
    eles.layout(options).run();
  } finally {
    Math.random = random;
  }
}

/**
 * Puts new nodes on rings around their anchor (or around the middle of the view), then lets fcose settle them
 * with every other node fixed where it is. Returns nothing; positions change only for {@code fresh}.
 */
export function placeAround(cy, fresh, anchor, useFcose) {
  const centre = anchor && anchor.nonempty() ? anchor.position() : { x: cy.width() / 2, y: cy.height() / 2 };
  const perRing = 12;
  fresh.forEach((n, i) => {
    const ring = Math.floor(i / perRing);
    const angle = (2 * Math.PI * (i % perRing)) / Math.min(perRing, fresh.length - ring * perRing) + ring * 0.4;
    const r = 120 + ring * 80;
    n.position({ x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
  });
  if (!useFcose) return;
  const eles = drawn(cy);
  const fixed = eles.nodes().difference(fresh).map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  if (fixed.length === 0) return;
  runSeeded(eles, { ...layoutOptions('fcose', eles.nodes().length), randomize: false, fit: false, fixedNodeConstraint: fixed });
  // fcose keeps the fixed nodes' relative places but may shift the whole drawing: shift it back, exactly
  const dx = fixed.reduce((s, f) => s + cy.getElementById(f.nodeId).position('x') - f.position.x, 0) / fixed.length;
  const dy = fixed.reduce((s, f) => s + cy.getElementById(f.nodeId).position('y') - f.position.y, 0) / fixed.length;
  fresh.forEach((n) => { n.position({ x: n.position('x') - dx, y: n.position('y') - dy }); });
  fixed.forEach((f) => cy.getElementById(f.nodeId).position(f.position));
}

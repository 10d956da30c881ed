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

/** How far (model px) settling may take a new node from the ring place it was given before it is put back there. */
const STRAY = 400;

/** Puts {@code nodes} on rings around {@code centre}: 12 to a ring, the rings 80 px apart. */
function rings(nodes, centre) {
  const perRing = 12;
  nodes.forEach((n, i) => {
    const ring = Math.floor(i / perRing);
    const angle = (2 * Math.PI * (i % perRing)) / Math.min(perRing, nodes.length - ring * perRing) + ring * 0.4;
    const r = 120 + ring * 80;
    n.position({ x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
  });
}

/**
 * Puts new nodes near their anchor: the given one (an expansion), else the best-connected neighbour already in
 * place (a new node of an added article next to the known entity it is related to), else the middle of what is on
 * screen. Each anchor gets its new nodes on rings around it; then fcose settles them with every other node fixed
 * where it is. Positions change only for {@code fresh}.
 */
export function placeAround(cy, fresh, anchor, useFcose) {
  const ext = cy.extent();
  const middle = { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
  let left = fresh;
  while (left.nonempty()) {
    const groups = new Map(); // anchor id ('' for the middle of the screen) → its new nodes
    left.forEach((n) => {
      let a = anchor && anchor.nonempty() ? anchor : null;
      if (!a) {
        const placed = n.neighborhood('node').difference(left);
        a = placed.nonempty() ? placed.max((m) => m.data('degree') || m.degree()).ele : null;
      }
      const key = a ? a.id() : '';
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(n);
    });
    const anchored = [...groups.keys()].filter(Boolean);
    // nodes tied only to other new ones wait for those to be placed, unless nothing else is left
    const now = anchored.length ? anchored : [''];
    const done = new Set();
    for (const key of now) {
      rings(groups.get(key), key ? cy.getElementById(key).position() : middle);
      groups.get(key).forEach((n) => done.add(n.id()));
    }
    left = left.filter((n) => !done.has(n.id()));
  }
  const ringPlaces = new Map(fresh.map((n) => [n.id(), { ...n.position() }]));
  const eles = drawn(cy);
  if (!useFcose || eles.nodes().length > DRAFT_AT) return; // a big view keeps the rings: settling it takes too long
  const fixed = eles.nodes().difference(fresh).map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  if (fixed.length === 0) return;
  runSeeded(eles, { ...layoutOptions('fcose', eles.nodes().length), randomize: false, fit: false, packComponents: false,
    fixedNodeConstraint: fixed });
  // fcose keeps the fixed nodes' relative places but may shift the whole drawing: shift it back, exactly
  const dx = fixed.reduce((s, f) => s + cy.getElementById(f.nodeId).position('x') - f.position.x, 0) / fixed.length;
  const dy = fixed.reduce((s, f) => s + cy.getElementById(f.nodeId).position('y') - f.position.y, 0) / fixed.length;
  fresh.forEach((n) => {
    const p = { x: n.position('x') - dx, y: n.position('y') - dy };
    const ring = ringPlaces.get(n.id());
    n.position(Math.hypot(p.x - ring.x, p.y - ring.y) > STRAY ? ring : p); // settled far away: back near its anchor
  });
  fixed.forEach((f) => cy.getElementById(f.nodeId).position(f.position));
}

// bench.js — loaded only with ?bench: draws synthetic graphs of a given size and reports how long adding,
// layout and the first paint took, and the frame rate of a zoom. Used by the rendering benchmark (README).
function synthetic(total) {
  const nodes = Math.max(2, Math.round(total / 3));
  const edges = total - nodes;
  const types = ['Person', 'Country', 'Organization', 'Place', 'Weapon'];
  const statuses = ['fact', 'fact', 'reported', 'speculative', 'denied'];
  let seed = 42;
  const random = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
  const zipf = () => Math.min(nodes - 1, Math.floor(nodes ** random()) - 1 + (random() < 0.5 ? 0 : 0));
  const out = { nodes: [], edges: [] };
  for (let i = 0; i < nodes; i++) {
    out.nodes.push({ data: { id: `b${i}`, name: `Node ${i}`, label: `Node ${i}`, type: types[i % types.length], degree: 1 } });
  }
  for (let i = 0; i < edges; i++) {
    const s = Math.max(0, zipf());
    let t = Math.floor(random() * nodes);
    if (t === s) t = (s + 1) % nodes;
    out.edges.push({ data: { id: `e${i}`, source: `b${s}`, target: `b${t}`, type: 'MET', label: 'MET', status: statuses[i % 5], claims: 1 } });
  }
  return out;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));

export function install(view) {
  window.newsgraph.benchmark = async (total, layout) => {
    const elements = synthetic(total);
    const timing = await view.showTimed(elements, layout);
    const { cy } = view;
    const start = await frame();
    let frames = 0;
    const zoomed = cy.animation({ zoom: { level: cy.zoom() * 2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }, duration: 1000 });
    zoomed.play();
    let now = start;
    while (now - start < 1000) { now = await frame(); frames++; } // eslint-disable-line no-await-in-loop
    return { ...timing, zoomFps: Math.round((frames * 1000) / (now - start)) };
  };
}

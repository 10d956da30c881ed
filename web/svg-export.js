// svg-export.js — the visible graph as a standalone SVG: shapes, colours, line styles, arrows and labels taken
// from the current Cytoscape style, built with DOM calls (text is escaped by the serializer, never parsed).
const NS = 'http://www.w3.org/2000/svg';

function node(tag, attrs, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) e.setAttribute(k, String(v));
  if (text != null) e.textContent = String(text);
  return e;
}

function polygon(cx, cy, w, h, points) {
  return points.map(([x, y]) => `${(cx + x * w / 2).toFixed(1)},${(cy + y * h / 2).toFixed(1)}`).join(' ');
}

const SHAPES = {
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  triangle: [[0, -1], [1, 1], [-1, 1]],
  hexagon: [[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]],
  star: Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? 1 : 0.45;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return [r * Math.cos(a), r * Math.sin(a)];
  }),
};

function shapeOf(n) {
  const p = n.position();
  const w = n.width();
  const h = n.height();
  const style = { fill: n.style('background-color'), stroke: n.style('border-color'), 'stroke-width': n.style('border-width') };
  const shape = n.style('shape');
  if (SHAPES[shape]) return node('polygon', { points: polygon(p.x, p.y, w, h, SHAPES[shape]), ...style });
  if (shape.includes('rectangle') || shape === 'barrel' || shape.includes('tag')) {
    return node('rect', { x: p.x - w / 2, y: p.y - h / 2, width: w, height: h, rx: shape === 'rectangle' ? 0 : 4, ...style });
  }
  return node('ellipse', { cx: p.x, cy: p.y, rx: w / 2, ry: h / 2, ...style });
}

function edgePath(e) {
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  const cps = e.controlPoints && e.controlPoints();
  return cps && cps.length ? `M${s.x},${s.y} Q${cps[0].x},${cps[0].y} ${t.x},${t.y}` : `M${s.x},${s.y} L${t.x},${t.y}`;
}

/** The drawn elements ({@code shown}; by default what Cytoscape calls visible) as SVG text. */
export function toSvg(cy, shown = null) {
  const els = shown || cy.elements(':visible');
  const bb = els.boundingBox({ includeLabels: true });
  const pad = 20;
  const svg = node('svg', {
    xmlns: NS, width: Math.ceil(bb.w + 2 * pad), height: Math.ceil(bb.h + 2 * pad),
    viewBox: `${bb.x1 - pad} ${bb.y1 - pad} ${bb.w + 2 * pad} ${bb.h + 2 * pad}`,
    'font-family': 'DejaVu Sans, Arial, sans-serif',
  });
  svg.append(node('title', {}, 'newsgraph'));
  const defs = node('defs', {});
  const marker = node('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' });
  marker.append(node('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#9aa3b2' }));
  defs.append(marker);
  svg.append(node('rect', { x: bb.x1 - pad, y: bb.y1 - pad, width: bb.w + 2 * pad, height: bb.h + 2 * pad, fill: '#fafbfc' }), defs);
  for (const e of els.edges()) {
    const dash = { dashed: '6 4', dotted: '2 3' }[e.style('line-style')];
    svg.append(node('path', {
      d: edgePath(e), fill: 'none', stroke: e.style('line-color'), 'stroke-width': e.pstyle('width').pfValue,
      'stroke-dasharray': dash, 'marker-end': 'url(#arrow)',
    }));
    const m = e.midpoint();
    if (e.data('label')) svg.append(node('text', { x: m.x, y: m.y - 2, 'font-size': 8, fill: '#5a6272', 'text-anchor': 'middle' }, e.data('label')));
  }
  for (const n of els.nodes()) {
    svg.append(shapeOf(n));
    const p = n.position();
    svg.append(node('text', {
      x: p.x, y: p.y + n.height() / 2 + 12, 'font-size': 11, fill: '#1d2330', 'text-anchor': 'middle',
      stroke: '#fafbfc', 'stroke-width': 3, 'paint-order': 'stroke',
    }, n.data('label') || n.id()));
  }
  return new XMLSerializer().serializeToString(svg);
}

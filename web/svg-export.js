// svg-export.js — the visible graph as a standalone SVG: shapes, colours, line styles, arrows and labels taken
// from the current Cytoscape style, built with DOM calls (text is escaped by the serializer, never parsed). With a
// caption (title, date, filters) above the graph and a legend below it (picture.js lays them out); the graph itself
// is the group #graph, the caption #caption and the legend #legend.
import { BG, FONT, SHAPES, layoutBands } from './picture.js';
import { edgeText } from './style.js';

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

/** A node's shape: a polygon for the polygon shapes, a rectangle for the rectangular ones, else an ellipse. */
function shape(kind, x, y, w, h, style) {
  if (SHAPES[kind]) return node('polygon', { points: polygon(x, y, w, h, SHAPES[kind]), ...style });
  if (kind.includes('rectangle') || kind === 'barrel' || kind.includes('tag')) {
    return node('rect', { x: x - w / 2, y: y - h / 2, width: w, height: h, rx: kind === 'rectangle' ? 0 : 4, ...style });
  }
  return node('ellipse', { cx: x, cy: y, rx: w / 2, ry: h / 2, ...style });
}

function shapeOf(n) {
  const p = n.position();
  return shape(n.style('shape'), p.x, p.y, n.width(), n.height(),
    { fill: n.style('background-color'), stroke: n.style('border-color'), 'stroke-width': n.style('border-width') });
}

function edgePath(e) {
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  const cps = e.controlPoints && e.controlPoints();
  return cps && cps.length ? `M${s.x},${s.y} Q${cps[0].x},${cps[0].y} ${t.x},${t.y}` : `M${s.x},${s.y} L${t.x},${t.y}`;
}

/** A caption's or legend's layout (picture.js) as an SVG group, {@code top} below the picture's top. */
function band(id, layout, left, top) {
  const g = node('g', { id, transform: `translate(${left.toFixed(1)},${top.toFixed(1)})` });
  for (const s of layout.swatches || []) {
    g.append(shape(s.shape, s.x + s.size / 2, s.y + s.size / 2, s.size, s.size,
      { fill: s.color, stroke: '#000', 'stroke-opacity': 0.27, 'stroke-width': 1, 'data-type': s.type }));
  }
  for (const l of layout.lines || []) {
    g.append(node('line', { x1: l.x1, x2: l.x2, y1: l.y, y2: l.y, stroke: l.color, 'stroke-width': 2 * (l.x2 - l.x1) / 28,
      'stroke-dasharray': l.dash.length ? l.dash.join(' ') : null, 'data-status': l.status }));
  }
  for (const t of layout.texts) {
    g.append(node('text', { x: t.x, y: t.y, 'font-size': t.size, 'font-weight': t.bold ? 'bold' : null, fill: t.color }, t.text));
  }
  return g;
}

/**
 * The drawn elements ({@code shown}; by default what Cytoscape calls visible) as SVG text, with a caption (lines
 * of text, the first the title) and a legend (picture.js legendOf) when given. Call it inside withoutHighlights
 * (picture.js) for a picture without the selection and hover highlights.
 */
export function toSvg(cy, shown = null, { caption = [], legend = null } = {}) {
  const els = shown || cy.elements(':visible');
  const bb = els.boundingBox({ includeLabels: true });
  const pad = 20;
  const graphWidth = bb.w + 2 * pad;
  const k = Math.max(1, graphWidth / 800);
  const width = Math.max(graphWidth, 420 * k);
  const bands = layoutBands({ caption, legend: legend || { types: [], statuses: [], notes: [] } }, width, k);
  const capHeight = caption.length ? bands.caption.height : 0;
  const legHeight = legend ? bands.legend.height : 0;
  const height = capHeight + bb.h + 2 * pad + legHeight;
  // picture coordinates are the graph's own: the graph keeps its positions, the bands go above and below it
  const left = bb.x1 - pad - (width - graphWidth) / 2;
  const top = bb.y1 - pad - capHeight;
  const svg = node('svg', {
    xmlns: NS, width: Math.ceil(width), height: Math.ceil(height), viewBox: `${left} ${top} ${width} ${height}`, 'font-family': FONT,
  });
  svg.append(node('title', {}, caption[0] || 'newsgraph'));
  const defs = node('defs', {});
  const marker = node('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' });
  marker.append(node('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#9aa3b2' }));
  defs.append(marker);
  svg.append(node('rect', { x: left, y: top, width, height, fill: BG }), defs);
  if (caption.length) svg.append(band('caption', bands.caption, left, top));
  const g = node('g', { id: 'graph' });
  for (const e of els.edges()) {
    const dash = { dashed: '6 4', dotted: '2 3' }[e.style('line-style')];
    g.append(node('path', {
      d: edgePath(e), fill: 'none', stroke: e.style('line-color'), 'stroke-width': e.pstyle('width').pfValue,
      'stroke-dasharray': dash, 'marker-end': e.style('target-arrow-shape') === 'none' ? null : 'url(#arrow)',
    }));
    const m = e.midpoint();
    const label = edgeText(e); // as the page words it: "cooperates with", "3 relations"
    if (label) g.append(node('text', { x: m.x, y: m.y - 2, 'font-size': 8, fill: '#5a6272', 'text-anchor': 'middle' }, label));
  }
  for (const n of els.nodes()) {
    g.append(shapeOf(n));
    const p = n.position();
    g.append(node('text', {
      x: p.x, y: p.y + n.height() / 2 + 12, 'font-size': 11, fill: '#1d2330', 'text-anchor': 'middle',
      stroke: BG, 'stroke-width': 3, 'paint-order': 'stroke',
    }, n.data('label') || n.id()));
  }
  svg.append(g);
  if (legend) svg.append(band('legend', bands.legend, left, bb.y2 + pad));
  return new XMLSerializer().serializeToString(svg);
}

// picture.js — the graph as a picture someone else reads (PNG and SVG exports): drawn without the analyst's selection
// and hover highlights, with a caption above (title, date, filters) and a legend below (the entity types and relation
// statuses in the picture, and how to read sizes and lines). The layout of caption and legend is computed once, in
// picture units, and drawn either onto a canvas (PNG) or as SVG elements (svg-export.js).
import { STATUSES, TYPES } from './style.js';
import { withWholeGraphLabels } from './labels.js';

export const BG = '#fafbfc';
const INK = '#1d2330';
const MUTED = '#5a6272';
export const FONT = 'DejaVu Sans, Arial, sans-serif';
/** How each status is drawn (style.js): colour and dash pattern. */
export const STATUS_LINES = {
  fact: { color: '#9aa3b2', dash: [] },
  reported: { color: '#9aa3b2', dash: [6, 4] },
  speculative: { color: '#9aa3b2', dash: [2, 3] },
  denied: { color: '#c0392b', dash: [6, 4] },
};

const SIZE_NOTES = {
  pagerank: 'node size: PageRank over the whole graph',
  betweenness: 'node size: betweenness over the whole graph',
};

/**
 * What the legend must explain for these drawn elements: their types and statuses, and notes on what shows.
 * {@code structure} is how structure.js draws nodes ({size, colour}: sized by a measure, coloured by community — then
 * the swatches give the types' shapes only).
 */
export function legendOf(eles, structure = {}) {
  const nodes = eles.nodes();
  const edges = eles.edges('[!suggestion]');
  const types = Object.keys(TYPES).filter((t) => nodes.some((n) => n.data('type') === t));
  const statuses = STATUSES.filter((s) => edges.some((e) => e.data('status') === s));
  const byCommunity = structure.colour === 'community';
  const notes = [SIZE_NOTES[structure.size] || 'node size: how many relations', 'edge width: how many articles'];
  if (byCommunity) notes.push('colour: community (the shape tells the type)');
  if (edges.some((e) => e.data('symmetric'))) notes.push('no arrowhead: no direction (met, signed, …)');
  if (edges.some((e) => !e.data('bundle') && !e.data('firstDate'))) notes.push('faded: undated');
  if (edges.some((e) => e.data('contested'))) notes.push('red halo: contested by a denial');
  if (edges.some((e) => e.data('bundle'))) notes.push('"N relations": parallel relations drawn as one');
  return { types, statuses, notes, shapesOnly: byCommunity };
}

/**
 * Runs {@code draw} (which may return a promise) with nothing selected and nothing hovered, then gives the
 * selection and the hover back: a picture shows the graph, not where the analyst's pointer was.
 */
export async function withoutHighlights(cy, draw) {
  const selected = cy.elements(':selected');
  const hovered = cy.elements('.hover');
  cy.batch(() => {
    selected.unselect();
    hovered.removeClass('hover');
  });
  try {
    return await draw();
  } finally {
    cy.batch(() => {
      selected.select();
      hovered.addClass('hover');
    });
  }
}

let measurer = null;
function measure(text, size, bold) {
  measurer = measurer || document.createElement('canvas').getContext('2d');
  measurer.font = `${bold ? 'bold ' : ''}${size}px ${FONT}`;
  return measurer.measureText(text).width;
}

/** Words of {@code text} in lines no wider than {@code width}. */
function wrap(text, width, size, bold) {
  const lines = [];
  let line = '';
  for (const word of String(text).split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Where caption and legend go in a picture {@code width} wide whose text is {@code k} times the page's size:
 * {caption: {height, texts}, legend: {height, texts, swatches, lines}}, y measured from the top of each band.
 * texts: {x, y, text, size, bold, color}; swatches: {x, y, size, type, color, shape}; lines: {x1, x2, y, status,
 * color, dash}.
 */
export function layoutBands({ caption, legend }, width, k) {
  const pad = 12 * k;
  const inner = Math.max(width - 2 * pad, 200 * k);
  const cap = { texts: [], height: 0 };
  let y = pad;
  caption.forEach((line, i) => {
    const size = (i === 0 ? 15 : 11) * k;
    for (const part of wrap(line, inner, size, i === 0)) {
      y += size * 1.35;
      cap.texts.push({ x: pad, y, text: part, size, bold: i === 0, color: i === 0 ? INK : MUTED });
    }
  });
  cap.height = y + pad / 2;

  const leg = { texts: [], swatches: [], lines: [], height: 0 };
  const size = 11 * k;
  const sw = 14 * k;
  const rowHeight = 20 * k;
  let x = pad;
  y = pad / 2;
  const place = (w) => {
    if (x > pad && x + w > pad + inner) {
      x = pad;
      y += rowHeight;
    }
    const at = x;
    x += w + 14 * k;
    return at;
  };
  for (const type of legend.types) {
    const at = place(sw + 5 * k + measure(type, size, false));
    const { color, shape } = TYPES[type];
    leg.swatches.push({ x: at, y, size: sw, type, color: legend.shapesOnly ? '#c5cad3' : color, shape });
    leg.texts.push({ x: at + sw + 5 * k, y: y + sw * 0.8, text: type, size, bold: false, color: INK });
  }
  if (legend.types.length) {
    x = pad;
    y += rowHeight;
  }
  for (const status of legend.statuses) {
    const at = place(28 * k + 5 * k + measure(status, size, false));
    const { color, dash } = STATUS_LINES[status];
    leg.lines.push({ x1: at, x2: at + 28 * k, y: y + sw / 2, status, color, dash: dash.map((d) => d * k) });
    leg.texts.push({ x: at + 33 * k, y: y + sw * 0.8, text: status, size, bold: false, color: INK });
  }
  if (legend.statuses.length) {
    x = pad;
    y += rowHeight;
  }
  for (const note of legend.notes) {
    const at = place(measure(note, size, false));
    leg.texts.push({ x: at, y: y + sw * 0.8, text: note, size, bold: false, color: MUTED });
  }
  leg.height = y + rowHeight + pad / 2;
  return { caption: cap, legend: leg };
}

/** Unit shapes of the node shapes that are polygons (as svg-export.js draws nodes). */
export const SHAPES = {
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  triangle: [[0, -1], [1, 1], [-1, 1]],
  hexagon: [[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]],
  star: Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? 1 : 0.45;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return [r * Math.cos(a), r * Math.sin(a)];
  }),
};

function canvasSwatch(ctx, s) {
  const cx = s.x + s.size / 2;
  const cy = s.y + s.size / 2;
  const h = s.size / 2;
  ctx.beginPath();
  if (SHAPES[s.shape]) {
    SHAPES[s.shape].forEach(([px, py], i) => (i ? ctx.lineTo(cx + px * h, cy + py * h) : ctx.moveTo(cx + px * h, cy + py * h)));
    ctx.closePath();
  } else if (s.shape === 'ellipse') {
    ctx.ellipse(cx, cy, h, h, 0, 0, 2 * Math.PI);
  } else {
    ctx.rect(s.x, s.y, s.size, s.size);
  }
  ctx.fillStyle = s.color;
  ctx.fill();
  ctx.strokeStyle = 'rgba(0,0,0,0.27)';
  ctx.lineWidth = 1;
  ctx.stroke();
}

function canvasBand(ctx, band, top) {
  for (const s of band.swatches || []) canvasSwatch(ctx, { ...s, y: s.y + top });
  for (const l of band.lines || []) {
    ctx.beginPath();
    ctx.setLineDash(l.dash);
    ctx.strokeStyle = l.color;
    ctx.lineWidth = 2 * (l.x2 - l.x1) / 28;
    ctx.moveTo(l.x1, l.y + top);
    ctx.lineTo(l.x2, l.y + top);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  for (const t of band.texts) {
    ctx.font = `${t.bold ? 'bold ' : ''}${t.size}px ${FONT}`;
    ctx.fillStyle = t.color;
    ctx.fillText(t.text, t.x, t.y + top);
  }
}

/**
 * The PNG: the drawn graph at twice its size, without highlights, between caption and legend. Resolves to
 * {blob, width, height, graph: {x, y, width, height}} (where the graph's own image sits).
 */
export async function pngPicture(cy, { caption, legend }) {
  // the whole graph, its labels placed as at zoom 1 (labels.js: those with room, at their size at zoom 1)
  const graph = await withoutHighlights(cy, () => withWholeGraphLabels(cy, () => cy.png({ output: 'blob-promise', scale: 2,
    full: true, bg: BG })));
  const image = await createImageBitmap(graph);
  const k = 2 * Math.max(1, image.width / 1600);
  const width = Math.max(image.width, Math.round(420 * k));
  const bands = layoutBands({ caption, legend }, width, k);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.ceil(bands.caption.height + image.height + bands.legend.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = BG;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  canvasBand(ctx, bands.caption, 0);
  const at = { x: Math.round((width - image.width) / 2), y: Math.ceil(bands.caption.height) };
  ctx.drawImage(image, at.x, at.y);
  canvasBand(ctx, bands.legend, at.y + image.height);
  const blob = await new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
  return { blob, width: canvas.width, height: canvas.height, graph: { ...at, width: image.width, height: image.height } };
}

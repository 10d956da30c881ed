// style.js — the Cytoscape stylesheet: colour and shape per entity type, edge style by status. Labels are drawn only
// where labels.js placed them (class label-shown) and keep a readable size on screen at every zoom (its label scale).
import { readableType } from './dom.js';
import { LABEL_SCALE, SHOWN } from './labels.js';
/** Relation statuses, strongest first: an edge takes the strongest of its claims'. */
export const STATUSES = ['fact', 'reported', 'speculative', 'denied'];

export const TYPES = {
  Person: { color: '#4e79a7', shape: 'ellipse' },
  Country: { color: '#e15759', shape: 'round-rectangle' },
  Organization: { color: '#59a14f', shape: 'hexagon' },
  Place: { color: '#b07aa1', shape: 'diamond' },
  Weapon: { color: '#f28e2b', shape: 'triangle' },
  Commodity: { color: '#edc948', shape: 'barrel' },
  Event: { color: '#76b7b2', shape: 'star' },
};

/**
 * Colours of the ten largest communities (structure.js; app.css has the same for the legend's swatches); the others
 * share a grey. Colour-blind-safe neighbours apart where it matters most: the first four.
 */
export const COMMUNITY_COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf',
  '#bcbd22', '#393b79'];
export const COMMUNITY_OTHER = '#c5cad3';

/** A font size in screen pixels at zoom 1, kept readable zoomed out (labels.js sets the view's scale). */
const font = (size) => (ele) => size * (ele.cy().scratch(LABEL_SCALE) || 1);

/** An edge's label: a bundle's count, a suggestion's question, else the relation type as words ("cooperates with"). */
export function edgeText(e) {
  const d = e.data();
  if (d.bundle || d.suggestion) return d.label || '';
  return d.label ? readableType(String(d.label)) : '';
}

export const stylesheet = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': font(11),
      'text-opacity': 0,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-outline-color': '#fafbfc',
      'text-outline-width': 2,
      color: '#1d2330',
      width: 'mapData(degree, 1, 30, 18, 48)',
      height: 'mapData(degree, 1, 30, 18, 48)',
      'border-width': 1,
      'border-color': '#000',
      'border-opacity': 0.27,
    },
  },
  ...Object.entries(TYPES).map(([type, t]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': t.color, shape: t.shape },
  })),
  // node size by PageRank or betweenness over the whole graph (structure.js sets sizeBy; without it, the degree's)
  { selector: 'node[sizeBy]', style: { width: 'data(sizeBy)', height: 'data(sizeBy)' } },
  // colour by community (structure.js): the shape still tells the type
  ...COMMUNITY_COLOURS.map((colour, i) => ({ selector: `node.community-${i}`, style: { 'background-color': colour } })),
  { selector: 'node.community-other', style: { 'background-color': COMMUNITY_OTHER } },
  // claims, sentences and articles appear only when a console query returns them
  { selector: 'node[type = "Claim"], node[type = "Sentence"], node[type = "Article"]',
    style: { 'background-color': '#c5cad3', shape: 'round-tag', width: 14, height: 14, 'font-size': font(8) } },
  { selector: 'node[?discovered]', style: { 'border-style': 'dashed', 'border-width': 2 } },
  {
    selector: 'edge',
    style: {
      label: edgeText,
      'font-size': font(10),
      'text-opacity': 0,
      color: '#3d4451',
      'text-rotation': 'autorotate',
      'text-background-color': '#fafbfc',
      'text-background-opacity': 0.8,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      width: 1.5,
      'line-color': '#9aa3b2',
      'target-arrow-color': '#9aa3b2',
    },
  },
  // width: how many articles support it
  { selector: 'edge[articles]', style: { width: 'mapData(articles, 1, 5, 1.5, 6)' } },
  { selector: 'edge[status = "reported"]', style: { 'line-style': 'dashed' } },
  { selector: 'edge[status = "speculative"]', style: { 'line-style': 'dotted' } },
  { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
  // no date known: faded, so a time range does not seem to hold it
  { selector: 'edge[!firstDate]', style: { 'line-opacity': 0.45, 'target-arrow-fill': 'hollow' } },
  { selector: 'edge[status = "denied"]', style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', 'line-style': 'dashed' } },
  // parallel relations between two entities, drawn as one (bundles.js): count, strongest status, no direction
  { selector: 'edge.bundle', style: { 'target-arrow-shape': 'none',
    'text-background-opacity': 1, 'text-background-shape': 'round-rectangle', 'text-background-padding': 2,
    'text-border-opacity': 1, 'text-border-width': 1, 'text-border-color': '#9aa3b2' } },
  // new since the page was opened (an added article, main.js refreshGraph): a green halo; contested's red wins
  { selector: '.fresh', style: { 'underlay-color': '#15803d', 'underlay-opacity': 0.35, 'underlay-padding': 5 } },
  // a denial contests it: a red halo under the edge
  { selector: 'edge[?contested]', style: { 'underlay-color': '#c0392b', 'underlay-opacity': 0.3, 'underlay-padding': 4 } },
  // a suggestion (suggestion-layer.js): a relation the scorer was unsure of, not decided yet — dotted and muted
  { selector: 'edge.suggestion', style: { 'line-style': 'dotted', 'line-color': '#8a93a3', 'target-arrow-color': '#8a93a3',
    'target-arrow-fill': 'hollow', 'line-opacity': 0.85, width: 2, color: '#5a6272' } },
  { selector: '.filtered, .out-of-time, .bundled', style: { display: 'none' } },
  // labels.js shows a label where it has room; the hovered and the selected always show theirs (the others yield)
  { selector: `.${SHOWN}, .hover, :selected`, style: { 'text-opacity': 1 } },
  { selector: 'edge.hover, edge:selected', style: { 'z-index': 10 } },
  { selector: 'node.hover', style: { 'border-width': 2, 'border-opacity': 1 } },
  { selector: 'edge.from-article', style: { 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', width: 4 } },
  { selector: 'node.from-article', style: { 'border-width': 3, 'border-color': '#2563eb' } },
  { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#1d2330' } },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#f1c40f' } },
  { selector: 'edge.path', style: { 'line-color': '#f1c40f', 'target-arrow-color': '#f1c40f', width: 5 } },
  // the weakest hop of the path shown (paths.js): the same yellow, dashed
  { selector: 'edge.path.path-weakest', style: { 'line-style': 'dashed', 'line-dash-pattern': [8, 4] } },
  // a console result added to the graph, until the analyst keeps it or goes back
  { selector: 'node.layer', style: { 'border-width': 3, 'border-color': '#7c3aed', 'border-opacity': 1 } },
  { selector: 'edge.layer', style: { 'line-color': '#7c3aed', 'target-arrow-color': '#7c3aed' } },
  { selector: ':selected', style: { 'overlay-color': '#f1c40f', 'overlay-opacity': 0.25 } },
];

// export.js — the Export menu: PNG (2×) and SVG of what is drawn — with a caption (title, date, filters) and a legend,
// without the selection — and the server formats (Cytoscape JSON, JSON, GraphML, GEXF, CSV zip, Cypher script) of the
// selected elements, or of everything visible when none is selected, titled as the view is ("focus on …").
import { api } from './api.js';
import { toSvg } from './svg-export.js';
import { legendOf, pngPicture, withoutHighlights } from './picture.js';
import { addOptions, download } from './dom.js';

export const FORMATS = {
  png: 'PNG image (2×)', svg: 'SVG image', cyjs: 'Cytoscape JSON', json: 'JSON (nodes, relationships)',
  graphml: 'GraphML', gexf: 'GEXF (Gephi)', csv: 'CSV (entities, relations, claims; zip)', cypher: 'Cypher script',
};

/**
 * What to export: a selection of two or more entities (shift-click, box) when there is one, else everything
 * visible — one selected node is what reading its details leaves behind, not a choice to export it alone. Pictures
 * always show everything drawn ({@code whole}).
 */
function scope(view, focusName, whole = false) {
  const { cy } = view;
  const selected = cy.nodes(':selected');
  const chosen = selected.length >= 2 && !whole;
  const nodes = (chosen ? selected : view.drawn().nodes()).filter((n) => !n.id().startsWith('n:'));
  // the relations themselves, also those drawn inside a bundle; never the bundles (drawing only) nor suggestions
  const edges = cy.edges('[!bundle][!suggestion]').filter((e) => !e.hasClass('filtered') && !e.hasClass('out-of-time')
    && nodes.contains(e.source()) && nodes.contains(e.target()));
  const kind = chosen ? 'selection' : (focusName ? 'focus' : 'view');
  return { kind, focusName, entities: nodes.map((n) => n.id()), edges: edges.map((e) => e.id()) };
}

/** What the export is called: its file's header and the picture's caption say so. */
function titleOf(s) {
  if (s.kind === 'focus') return `focus on ${s.focusName}`;
  if (s.kind === 'selection') return `selection of ${s.entities.length} entities`;
  return 'view';
}

/** The server names a set of entities "newsgraph-view.…"; a selection or a focus says so in its name. */
function named(name, kind) {
  return name.replace(/^newsgraph-view/, `newsgraph-${kind}`);
}

/**
 * The Export menu. {@code filters()} says in words what the view hides (the caption's last line), {@code asOf()}
 * the "as known on" day (null: today), {@code structure()} how nodes are sized and coloured (structure.js).
 */
export function createExportMenu(select, button, {
  view, onDone, focusName = () => null, asOf = () => null, filters = () => [], structure = () => ({}),
}) {
  addOptions(select, Object.entries(FORMATS));
  const stamp = () => new Date().toISOString().slice(0, 10);
  /** The button says what it will export. */
  function describe() {
    const image = select.value === 'png' || select.value === 'svg';
    const s = scope(view, focusName());
    const what = s.kind === 'focus' ? `focus on ${s.focusName}` : s.kind;
    button.textContent = image ? 'Download the picture' : `Download the ${what} (${s.entities.length} entities)`;
  }
  select.addEventListener('change', describe);
  /** Title, date and filters of a picture of everything drawn. */
  function caption() {
    const s = scope(view, focusName(), true);
    const day = asOf();
    const hidden = filters();
    return [
      `newsgraph — ${titleOf(s)}: ${s.entities.length} entities, ${s.edges.length} relations`,
      `exported ${stamp()} · ${day ? `as known on ${day}` : 'as known today'}`,
      `filters: ${hidden.length ? hidden.join('; ') : 'none (everything in view is shown)'}`,
    ];
  }
  async function run() {
    const format = select.value;
    const { cy } = view;
    let blob;
    let name;
    let picture = null;
    if (format === 'png' || format === 'svg') {
      const shown = view.drawn();
      picture = { caption: caption(), legend: legendOf(shown, structure()) };
      if (format === 'png') {
        const png = await pngPicture(cy, picture);
        blob = png.blob;
        Object.assign(picture, { width: png.width, height: png.height, graph: png.graph });
      } else {
        blob = new Blob([await withoutHighlights(cy, () => toSvg(cy, shown, picture))], { type: 'image/svg+xml' });
      }
      name = `newsgraph-${stamp()}.${format}`;
    } else {
      const s = scope(view, focusName());
      const day = asOf(); // "as known on": that day's evidence and statuses
      // the file's header names the filters too: its relations are those they leave, each with all its evidence
      const hidden = filters();
      const title = `${titleOf(s)}${hidden.length ? ` (filters: ${hidden.join('; ')})` : ''}`;
      ({ blob, name } = await api.exportFile({ format, entities: s.entities, edges: s.edges,
        title: title.length > 200 ? `${title.slice(0, 199)}…` : title, ...(day ? { asOf: day } : {}) }));
      name = named(name, s.kind);
    }
    download(blob, name);
    window.newsgraph.lastExport = { name, size: blob.size, type: blob.type, text: format === 'svg' ? await blob.text() : null, ...picture };
    window.newsgraph.lastExportBlob = blob;
    onDone(`Exported ${name} (${Math.max(1, Math.round(blob.size / 1024))} KB)`);
  }
  button.addEventListener('click', () => run().catch((e) => onDone(`Export failed: ${e.message}`)));
  button.addEventListener('focus', describe);
  button.addEventListener('mouseenter', describe);
  return { run, describe };
}

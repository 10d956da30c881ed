// export.js — the Export menu: PNG (2×) and SVG of the canvas, and the server formats (Cytoscape JSON, JSON,
// GraphML, GEXF, CSV zip, Cypher script) of the selected elements, or of everything visible when none is selected.
import { api } from './api.js';
import { toSvg } from './svg-export.js';
import { addOptions, download } from './dom.js';

export const FORMATS = {
  png: 'PNG image (2×)', svg: 'SVG image', cyjs: 'Cytoscape JSON', json: 'JSON (nodes, relationships)',
  graphml: 'GraphML', gexf: 'GEXF (Gephi)', csv: 'CSV (neo4j-admin, zip)', cypher: 'Cypher script',
};

/**
 * What to export: a selection of two or more entities (shift-click, box) when there is one, else everything
 * visible — one selected node is what reading its details leaves behind, not a choice to export it alone.
 */
function scope(view, focusName) {
  const { cy } = view;
  const selected = cy.nodes(':selected');
  const chosen = selected.length >= 2;
  const nodes = (chosen ? selected : view.drawn().nodes()).filter((n) => !n.id().startsWith('n:'));
  // the relations themselves, also those drawn inside a bundle; never the bundles (drawing only) nor suggestions
  const edges = cy.edges('[!bundle][!suggestion]').filter((e) => !e.hasClass('filtered') && !e.hasClass('out-of-time')
    && nodes.contains(e.source()) && nodes.contains(e.target()));
  const kind = chosen ? 'selection' : (focusName ? 'focus' : 'view');
  return { kind, focusName, entities: nodes.map((n) => n.id()), edges: edges.map((e) => e.id()) };
}

/** The server names a set of entities "newsgraph-view.…"; a selection or a focus says so in its name. */
function named(name, kind) {
  return name.replace(/^newsgraph-view/, `newsgraph-${kind}`);
}

export function createExportMenu(select, button, { view, onDone, focusName = () => null, asOf = () => null }) {
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
  async function run() {
    const format = select.value;
    const { cy } = view;
    let blob;
    let name;
    if (format === 'png') {
      blob = await cy.png({ output: 'blob-promise', scale: 2, full: true, bg: '#fafbfc' });
      name = `newsgraph-${stamp()}.png`;
    } else if (format === 'svg') {
      blob = new Blob([toSvg(cy, view.drawn())], { type: 'image/svg+xml' });
      name = `newsgraph-${stamp()}.svg`;
    } else {
      const { kind, entities, edges } = scope(view, focusName());
      const day = asOf(); // "as known on": that day's evidence and statuses
      ({ blob, name } = await api.exportFile({ format, entities, edges, ...(day ? { asOf: day } : {}) }));
      name = named(name, kind);
    }
    download(blob, name);
    window.newsgraph.lastExport = { name, size: blob.size, type: blob.type, text: format === 'svg' ? await blob.text() : null };
    onDone(`Exported ${name} (${Math.max(1, Math.round(blob.size / 1024))} KB)`);
  }
  button.addEventListener('click', () => run().catch((e) => onDone(`Export failed: ${e.message}`)));
  button.addEventListener('focus', describe);
  button.addEventListener('mouseenter', describe);
  return { run, describe };
}

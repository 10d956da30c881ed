// graph-view.js — owns the Cytoscape instance: draws elements, lays them out, reports clicks.
import { stylesheet } from './style.js';

export function createGraphView(container, onSelect) {
  if (window.cytoscapeFcose) window.cytoscape.use(window.cytoscapeFcose);
  const cy = window.cytoscape({
    container,
    style: stylesheet,
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 4,
  });
  cy.on('tap', 'node, edge', (evt) => onSelect(evt.target));
  cy.on('tap', (evt) => { if (evt.target === cy) onSelect(null); });

  return {
    cy,
    show(elements) {
      cy.elements().remove();
      cy.add([...elements.nodes, ...elements.edges]);
      const layout = cy.layout({
        name: window.cytoscapeFcose ? 'fcose' : 'cose',
        animate: false,
        randomize: true,
        nodeRepulsion: 9000,
        idealEdgeLength: 90,
        padding: 30,
      });
      layout.run();
      cy.fit(undefined, 30);
      container.dataset.nodes = String(cy.nodes().length);
      container.dataset.ready = 'true';
    },
  };
}

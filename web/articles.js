// articles.js — the article picker: "what did this article add?" marks the edges one article supports.
import { api } from './api.js';
import { addOptions } from './dom.js';

export function createArticlePicker(select, view, onChange) {
  select.addEventListener('change', async () => {
    const { cy } = view;
    cy.elements().removeClass('from-article');
    if (select.value) {
      const res = await api.articleEdges(select.value);
      const marked = cy.collection();
      for (const e of res.edges) {
        marked.merge(cy.edges(`[source = "${e.source}"][target = "${e.target}"][type = "${e.type}"]`));
      }
      marked.addClass('from-article');
      marked.connectedNodes().addClass('from-article');
      if (marked.length) cy.fit(marked.union(marked.connectedNodes()), 50);
      select.dataset.marked = String(marked.length);
    }
    onChange();
  });
  return {
    async load() {
      const { articles } = await api.articles();
      addOptions(select, articles.map((a) => [a.id, `${a.published || '—'} · ${a.title}`]));
    },
  };
}

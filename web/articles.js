// articles.js — the article picker: "what did this article add?" marks the edges one article supports; "Read this
// article" (shown while one is chosen) opens it in the reader.
import { api } from './api.js';
import { addOptions } from './dom.js';

export function createArticlePicker(select, view, onChange, removeButton, readButton = null) {
  let origins = new Map();
  const showButtons = () => {
    removeButton.hidden = origins.get(select.value) !== 'added';
    if (readButton) readButton.hidden = !select.value;
  };
  select.addEventListener('change', async () => {
    showButtons();
    const { cy } = view;
    cy.elements().removeClass('from-article');
    if (select.value) {
      const res = await api.articleEdges(select.value);
      const marked = cy.collection();
      for (const e of res.edges) {
        marked.merge(cy.edges(`[source = "${e.source}"][target = "${e.target}"][type = "${e.type}"][!suggestion]`));
      }
      marked.addClass('from-article');
      marked.connectedNodes().addClass('from-article');
      if (marked.length) view.fit(marked.union(marked.connectedNodes()), 50); // at a readable zoom at most
      select.dataset.marked = String(marked.length);
    }
    onChange();
  });
  return {
    /** (Re)fills the picker; the current choice stays when its article is still there. */
    async load() {
      const { articles } = await api.articles();
      const chosen = select.value;
      origins = new Map(articles.map((a) => [a.id, a.origin]));
      select.replaceChildren(select.options[0]);
      addOptions(select, articles.map((a) => [a.id, `${a.published || '—'} · ${a.title}`]));
      select.value = origins.has(chosen) ? chosen : '';
      showButtons();
    },
    /** The chosen article's id, or '' for all. */
    value: () => select.value,
    /** Chooses an article and marks what it added. */
    pick(id) {
      if (id && !origins.has(id)) return;
      select.value = id || '';
      select.dispatchEvent(new Event('change'));
    },
  };
}

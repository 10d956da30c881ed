// suggestion-layer.js — "Show suggestions": the open suggestions between the entities in view, drawn as dotted,
// muted edges (class "suggestion", style.js). They are no relations yet: bundles, the time range and exports leave
// them out, the relation-type filter hides them with their type. A click on one shows its sentence and the
// analyst's controls (details.js). Read again after everything that changes what is in view (main.js redraw).
import { api } from './api.js';
import { readableType } from './dom.js';

/** Entities one request names at most (the server's limit), and the characters they may take in its address. */
const MAX_IDS = 500;
const MAX_URL_CHARS = 6000;
/** Suggestions drawn at most. */
const LIMIT = 500;
const ENTITY_ID = /^[a-z0-9_]{1,120}$/;

/**
 * @param view the graph view (graph-view.js)
 * @param shown whether the switch is on
 * @param onDrawn after the dotted edges changed (the filters apply to them)
 */
export function createSuggestionLayer(view, { shown, onDrawn }) {
  let ticket = 0;

  /** The entities in view, best connected first, as many as one request may name. */
  function inView() {
    const nodes = view.cy.nodes().filter((n) => ENTITY_ID.test(n.id()))
      .sort((a, b) => (b.data('degree') || 0) - (a.data('degree') || 0) || (a.id() < b.id() ? -1 : 1));
    const ids = [];
    let chars = 0;
    for (const n of nodes) {
      if (ids.length >= MAX_IDS || chars + n.id().length + 1 > MAX_URL_CHARS) break;
      ids.push(n.id());
      chars += n.id().length + 1;
    }
    return { ids, cut: ids.length < nodes.length };
  }

  function count() {
    const n = view.cy.edges('.suggestion').length;
    view.cy.container().dataset.suggestions = String(n);
    return n;
  }

  return {
    /**
     * Draws the suggestions among the entities in view (or takes them away when the switch is off); resolves to
     * {drawn, cut, asked} (cut: only the {@code asked} best-connected entities were asked about), or null when a
     * later call overtook it.
     */
    async refresh() {
      const mine = ++ticket;
      if (!shown()) {
        view.cy.edges('.suggestion').remove();
        count();
        return { drawn: 0, cut: false, asked: 0 };
      }
      const { ids, cut } = inView();
      const { edges } = ids.length >= 2 ? await api.suggestions(ids, LIMIT) : { edges: [] };
      if (mine !== ticket) return null;
      const { cy } = view;
      const fresh = new Set(edges.map((e) => e.id));
      cy.batch(() => {
        cy.edges('.suggestion').filter((e) => !fresh.has(e.id())).remove();
        cy.add(edges.filter((e) => cy.getElementById(e.id).empty() && cy.getElementById(e.source).nonempty()
          && cy.getElementById(e.target).nonempty())
          .map((e) => ({ group: 'edges', classes: 'suggestion',
            data: { ...e, suggestion: true, status: 'suggested', label: `${readableType(e.type)}?` } })));
      });
      const drawn = count();
      onDrawn();
      return { drawn, cut, asked: ids.length };
    },
  };
}

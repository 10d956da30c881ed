// filters.js — show or hide entity types and relation statuses; pick a layout; switch the suggestions on (drawn
// by suggestion-layer.js, off by default). Hidden elements get the class "filtered" (styled in style.js), so
// filters combine with expand and search.
import { STATUSES, TYPES } from './style.js';
import { addOptions, el, readableType } from './dom.js';

const LAYOUTS = { fcose: 'force (fcose)', concentric: 'concentric', breadthfirst: 'tree', grid: 'grid' };

function checkbox(name, value, label, className) {
  const wrap = el('label', 'toggle');
  wrap.append(el('input', { type: 'checkbox', name, value, checked: true }), el('span', className),
    document.createTextNode(label));
  return wrap;
}

/**
 * {@code also}: more reasons to hide an element ({@code hideEdge(edge)}, {@code hideNode(node)}), asked on every apply
 * — the source filter (source-filter.js) hides through them.
 */
export function createFilters(root, view, relayout, also = {}) {
  const { hideEdge = () => false, hideNode = () => false } = also;
  const types = root.querySelector('#filter-types');
  const statuses = root.querySelector('#filter-status');
  const relations = root.querySelector('#filter-relations');
  for (const [t, { shape }] of Object.entries(TYPES)) types.append(checkbox('type', t, t, `swatch type-${t} shape-${shape}`));
  for (const s of STATUSES) statuses.append(checkbox('status', s, s, `line status-${s}`));
  const suggestionToggle = checkbox('suggestions', 'on', 'Show suggestions', 'line status-suggested');
  const suggestions = suggestionToggle.querySelector('input');
  suggestions.id = 'show-suggestions';
  suggestions.checked = false;
  suggestions.setAttribute('aria-describedby', 'suggestions-help');
  root.querySelector('#filter-suggestions').append(suggestionToggle);
  const select = root.querySelector('#layout');
  addOptions(select, Object.entries(LAYOUTS));

  /** The type, status and relation toggles (not the other controls in the panel, such as the time switch). */
  const toggles = () => [types, statuses, relations].flatMap((g) => [...g.querySelectorAll('input[type=checkbox]')]);

  function apply() {
    const hiddenTypes = new Set([...types.querySelectorAll('input:not(:checked)')].map((i) => i.value));
    const hiddenStatus = new Set([...statuses.querySelectorAll('input:not(:checked)')].map((i) => i.value));
    const hiddenRelations = new Set([...relations.querySelectorAll('input:not(:checked)')].map((i) => i.value));
    const { cy } = view;
    cy.batch(() => {
      cy.nodes().forEach((n) => n.toggleClass('filtered', hiddenTypes.has(n.data('type')) || hideNode(n)));
      cy.edges('[!bundle]').forEach((e) => e.toggleClass('filtered', hiddenStatus.has(e.data('status'))
        || hiddenRelations.has(e.data('type')) || hideEdge(e) || e.source().hasClass('filtered') || e.target().hasClass('filtered')));
    });
  }

  root.addEventListener('change', (e) => {
    if (e.target.id === 'layout') relayout(e.target.value);
    else apply();
  });
  root.querySelector('#fit').addEventListener('click', () => view.fit(view.drawn(), 30));

  return {
    apply,
    /** Adds one toggle per relation type present in the database (checked unless a deep link hid it). */
    addRelationTypes(names, hidden = []) {
      for (const r of names) {
        const box = checkbox('relation', r, readableType(r));
        box.querySelector('input').checked = !hidden.includes(r);
        relations.append(box);
      }
      apply();
    },
    /** What the toggles hide, in words (a picture's caption). */
    describe() {
      const off = (g) => [...g.querySelectorAll('input:not(:checked)')].map((i) => i.value);
      const out = [];
      if (off(types).length) out.push(`hidden types: ${off(types).join(', ')}`);
      if (off(statuses).length) out.push(`hidden statuses: ${off(statuses).join(', ')}`);
      if (off(relations).length) out.push(`hidden relations: ${off(relations).map(readableType).join(', ')}`);
      return out;
    },
    /** Whether suggestions are drawn (dotted) between the entities in view. */
    suggestionsShown: () => suggestions.checked,
    /** Hidden types and statuses, the layout and the suggestions switch, for deep links. */
    state() {
      return { hide: [...toggles()].filter((i) => !i.checked).map((i) => i.value), layout: select.value,
        suggestions: suggestions.checked };
    },
    restore({ hide, layout, suggestions: on = false }) {
      suggestions.checked = Boolean(on);
      toggles().forEach((i) => { i.checked = !hide.includes(i.value); });
      apply();
      if (layout && LAYOUTS[layout]) {
        select.value = layout;
        relayout(layout);
      }
    },
  };
}

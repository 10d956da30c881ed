// structure.js — the graph's structure at a glance: node size by relations (degree), PageRank or betweenness over the
// whole graph, and a switch that colours nodes by community, with a legend of the communities in view. The server
// computes the measures (GET /api/structure) and sends them in each node's data; when it has computed them anew (after
// an import or a decision), the page asks for those of the nodes it has drawn.
import { api } from './api.js';
import { addOptions, el } from './dom.js';
import { COMMUNITY_COLOURS } from './style.js';

const SIZES = { degree: 'relations (degree)', pagerank: 'PageRank', betweenness: 'betweenness' };
/** Node widths for the smallest and the largest value of a measure: the area grows with the value. */
const MIN_SIZE = 16;
const MAX_SIZE = 64;
/** How often the page asks again while the server is computing. */
const POLL_MS = 1500;
const isEntityId = (id) => /^[a-z0-9_]+$/.test(id);

export function createStructure(root, view, { onChange = () => {} } = {}) {
  const size = el('select', { id: 'node-size' });
  addOptions(size, Object.entries(SIZES));
  const sizeLabel = el('label', 'structure-size', 'node size ');
  sizeLabel.append(size);
  const colour = el('input', { type: 'checkbox', id: 'community-colour' });
  const colourLabel = el('label', 'toggle');
  colourLabel.append(colour, document.createTextNode('colour by community'));
  const legend = el('ul', { id: 'community-legend', className: 'community-legend', hidden: true });
  legend.setAttribute('aria-label', 'communities in view');
  const note = el('p', { id: 'structure-note', className: 'structure-note' });
  note.setAttribute('aria-live', 'polite');
  root.append(sizeLabel, colourLabel, legend, note);

  /** The server's last answer: when the measures were computed, their largest values, the largest communities. */
  let status = null;
  /** The computation whose values the drawn nodes hold. */
  let shownAt = null;
  let poll = null;
  let soon = null;

  /** A node's size from the chosen measure, scaled to its largest value over the whole graph. */
  function applySize() {
    const { cy } = view;
    const measure = size.value;
    cy.batch(() => {
      if (measure === 'degree') { cy.nodes('[sizeBy]').removeData('sizeBy'); return; }
      const top = status && (measure === 'pagerank' ? status.maxPagerank : status.maxBetweenness);
      const max = top || Math.max(0, ...cy.nodes().map((n) => n.data(measure) || 0));
      cy.nodes().forEach((n) => {
        const v = n.data(measure);
        if (typeof v !== 'number' || !isEntityId(n.id())) n.removeData('sizeBy');
        else n.data('sizeBy', MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (max > 0 ? Math.sqrt(Math.min(1, v / max)) : 0));
      });
    });
  }

  const communityClass = (c) => (c < COMMUNITY_COLOURS.length ? `community-${c}` : 'community-other');
  const allClasses = [...COMMUNITY_COLOURS.map((_, i) => `community-${i}`), 'community-other'].join(' ');

  function applyColour() {
    const { cy } = view;
    cy.batch(() => {
      cy.nodes().removeClass(allClasses);
      if (colour.checked) cy.nodes('[community >= 0]').forEach((n) => n.addClass(communityClass(n.data('community'))));
    });
    legend.hidden = !colour.checked;
    if (colour.checked) describeCommunities();
  }

  /** The legend: each coloured community in view (largest first) by its leading entities, then the rest together. */
  function describeCommunities() {
    const inView = new Map();
    view.cy.nodes('[community >= 0]').filter((n) => n.visible()).forEach((n) => {
      inView.set(n.data('community'), (inView.get(n.data('community')) || 0) + 1);
    });
    const known = new Map(((status && status.communities) || []).map((c) => [c.id, c]));
    const items = [];
    let others = 0;
    let otherGroups = 0;
    for (const [id, count] of [...inView.entries()].sort((a, b) => a[0] - b[0])) {
      if (id >= COMMUNITY_COLOURS.length) { others += count; otherGroups += 1; continue; }
      const c = known.get(id);
      const names = c ? c.leaders.map((l) => l.name).join(', ') : `community ${id + 1}`;
      const li = el('li');
      li.append(el('span', `swatch community-swatch-${id}`), el('span', null,
        `${names}${c ? ` — ${c.size} entities` : ''}, ${count} in view`));
      items.push(li);
    }
    if (others) {
      const li = el('li');
      li.append(el('span', 'swatch community-swatch-other'), el('span', null,
        `${otherGroups} smaller ${otherGroups === 1 ? 'community' : 'communities'}, ${others} in view`));
      items.push(li);
    }
    if (!items.length) items.push(el('li', null, 'no community measured in view yet'));
    legend.replaceChildren(...items);
  }

  function describe() {
    if (!status) return;
    const at = status.computedAt ? new Date(status.computedAt).toLocaleTimeString() : null;
    const measured = at ? `Measured over ${status.entities} entities and ${status.links} links at ${at}`
      + ` (${status.millis} ms): ${status.communityCount} communities, modularity ${status.modularity.toFixed(2)}`
      + `${status.betweenness && status.betweenness !== 'all entities' ? `; betweenness among ${status.betweenness}` : ''}.` : '';
    const state = { computing: 'Taking in a change… ', failed: `Not computed: ${status.error}. `, none: 'Not measured yet. ' };
    note.textContent = `${state[status.state] || ''}${measured}`;
  }

  /** The measures of the drawn entities, asked again (500 at a time) after the server computed them anew. */
  async function refreshDrawn() {
    const ids = view.cy.nodes().map((n) => n.id()).filter(isEntityId);
    for (let i = 0; i < ids.length; i += 500) {
      const answer = await api.structure(ids.slice(i, i + 500));
      view.cy.batch(() => answer.measures.forEach((m) => {
        const n = view.cy.getElementById(m.id);
        for (const k of ['pagerank', 'betweenness', 'community']) {
          if (m[k] === null) n.removeData(k);
          else n.data(k, m[k]);
        }
      }));
    }
  }

  function apply() {
    applySize();
    applyColour();
    Object.assign(view.cy.container().dataset, { sizeBy: size.value, communities: colour.checked ? 'on' : 'off' });
  }

  /** Asks the server how the measures stand; while it computes, asks again; new values reach the drawn nodes. */
  async function refresh() {
    clearTimeout(poll);
    status = await api.structure();
    if (status.computedAt && status.computedAt !== shownAt) {
      await refreshDrawn();
      shownAt = status.computedAt;
    }
    describe();
    apply();
    view.cy.container().dataset.structureAt = shownAt || '';
    if (status.state === 'computing' || status.state === 'none') poll = setTimeout(() => refresh().catch(() => {}), POLL_MS);
  }

  // the section's other switches (types, statuses) change what is in view: the legend follows
  (root.closest('section') || root).addEventListener('change', (e) => {
    if (root.contains(e.target)) { apply(); onChange(); } else if (colour.checked) describeCommunities();
  });

  return {
    refresh,
    /** After the view changed (new nodes, filters, an import, a decision): sizes and colours now, the server soon. */
    changed() {
      apply();
      clearTimeout(soon);
      soon = setTimeout(() => refresh().catch(() => {}), 500);
    },
    /** The switches for the deep link: size=pagerank|betweenness, colour=community. */
    state: () => ({ size: size.value === 'degree' ? null : size.value, colour: colour.checked ? 'community' : null }),
    restore(wanted) {
      size.value = SIZES[wanted.size] ? wanted.size : 'degree';
      colour.checked = wanted.colour === 'community';
      apply();
    },
  };
}

// bundles.js — parallel relations between two entities are drawn as one bundled edge that carries their count and
// strongest status; it fans out into its relation types on request only (a click, a path through it, a relation
// opened from a panel), never by zooming: a close view keeps its bundles and labels.js gives their counts room.
// Bundles are drawing only: filters, time, exports and evidence work on the members.
// Suggestions (suggestion-layer.js) are no relations and are never bundled.
import { STATUSES } from './style.js';

const pairKey = (e) => [e.data('source'), e.data('target')].sort().join('|');
const shown = (e) => !e.hasClass('filtered') && !e.hasClass('out-of-time');

/** The data of a bundle over {@code members} (two or more parallel relations). */
function bundleData(key, members) {
  const statuses = members.map((m) => m.data('status'));
  const dates = members.map((m) => m.data('firstDate')).filter(Boolean).sort();
  const last = members.map((m) => m.data('lastDate')).filter(Boolean).sort();
  const [a, b] = key.split('|');
  return {
    id: `bundle:${key}`, source: a, target: b, bundle: true, key,
    count: members.length, label: `${members.length} relations`,
    status: STATUSES.find((s) => statuses.includes(s)) || statuses[0],
    types: members.map((m) => m.data('type')).join(', '),
    articles: Math.max(...members.map((m) => m.data('articles') || 1)),
    firstDate: dates[0] || null, lastDate: last[last.length - 1] || null,
  };
}

export function createBundles(view) {
  const open = new Set(); // pairs the analyst fanned out

  /** Draws (or removes) the bundles for the relations now shown; call after anything that adds or hides edges. */
  function update() {
    const { cy } = view;
    const groups = new Map();
    cy.edges('[!bundle][!suggestion]').forEach((e) => {
      if (!shown(e)) { e.removeClass('bundled'); return; }
      const key = pairKey(e);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(e);
    });
    cy.batch(() => {
      const wanted = new Set();
      for (const [key, members] of groups) {
        const bundled = members.length >= 2 && !open.has(key);
        members.forEach((m) => m.toggleClass('bundled', bundled));
        if (!bundled) continue;
        wanted.add(`bundle:${key}`);
        const data = bundleData(key, members);
        const existing = cy.getElementById(data.id);
        const fresh = members.some((m) => m.hasClass('fresh')); // a new relation inside: the bundle shows the mark
        if (existing.empty()) cy.add({ group: 'edges', data, classes: fresh ? 'bundle fresh' : 'bundle' });
        else existing.data(data).toggleClass('fresh', fresh);
      }
      cy.edges('.bundle').filter((b) => !wanted.has(b.id())).remove();
    });
  }

  return {
    update,
    /** The relations a bundle stands for. */
    members: (bundle) => view.cy.edges('[!bundle][!suggestion]').filter((e) => pairKey(e) === bundle.data('key') && shown(e)),
    /** Shows a pair's relations one by one (the bundle's click); takes the bundle or one of its relations. */
    fanOut(ele) { open.add(pairKey(ele)); update(); },
    /** Draws a pair as one bundle again. */
    bundleAgain(edge) { open.delete(pairKey(edge)); update(); },
    isFannedOut: (edge) => open.has(pairKey(edge)),
    /** Fanned-out pairs, for deep links. */
    opened: () => [...open],
    restore(keys) { open.clear(); (keys || []).forEach((k) => open.add(k)); update(); },
  };
}

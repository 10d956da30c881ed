// details.js — the side panel: entity details, and the evidence behind an edge. Text only, never HTML.
import { api } from './api.js';
import { el } from './dom.js';

function rows(pairs) {
  const dl = el('dl');
  for (const [k, v] of pairs) {
    dl.append(el('dt', null, k), el('dd', null, v == null || v === '' ? '—' : v));
  }
  return dl;
}

/** The sentence with the two entities' mentions wrapped in <mark>, built from text nodes. */
function highlighted(sentence, marks) {
  const p = el('p', 'sentence');
  const spans = [...marks].filter((m) => m.start >= 0 && m.end <= sentence.length).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const m of spans) {
    if (m.start < at) continue;
    p.append(document.createTextNode(sentence.slice(at, m.start)), el('mark', null, sentence.slice(m.start, m.end)));
    at = m.end;
  }
  p.append(document.createTextNode(sentence.slice(at)));
  return p;
}

export function createDetails(panel, { onPathStart, onPathTo, onHide, onPin, onFocus } = {}) {
  let ticket = 0;
  const button = (id, text, handler) => {
    const b = el('button', null, text);
    b.type = 'button';
    b.id = id;
    b.addEventListener('click', handler);
    return b;
  };
  /** The entity's actions: hide, pin, focus, and the two ends of a path. */
  const entityActions = (id) => {
    const bar = el('div', 'actions');
    bar.append(button('node-hide', 'Hide', () => onHide && onHide(id)),
      button('node-pin', 'Pin / unpin', () => onPin && onPin(id)),
      button('node-focus', 'Focus', () => onFocus && onFocus(id)),
      button('path-start', 'Path from here', () => onPathStart && onPathStart(id)),
      button('path-to', 'Path to here', () => onPathTo && onPathTo(id)));
    return bar;
  };
  return {
    clear() { ticket++; panel.replaceChildren(el('p', null, 'Click a node or an edge. Double-click a node to expand it.')); },

    async showEntity(id) {
      const mine = ++ticket;
      const e = await api.entity(id);
      if (mine !== ticket) return;
      panel.replaceChildren(el('h3', null, e.name), rows([
        ['Type', e.type], ['Role', e.role], ['Aliases', (e.aliases || []).join(', ')], ['Connections', e.degree],
        ['Source', e.discovered ? 'discovered from context' : 'gazetteer'],
      ]));
      const ul = el('ul', 'articles');
      for (const a of e.articles || []) ul.append(el('li', null, `${a.title} (${a.outlet || 'unknown outlet'}, ${a.published || 'no date'}) — ${a.mentions}×`));
      panel.append(entityActions(id), el('h4', null, 'Mentioned in'), ul);
    },

    async showEdge(edge) {
      const mine = ++ticket;
      const d = edge.data();
      const ev = await api.evidence(d.source, d.type, d.target);
      if (mine !== ticket) return;
      const title = `${edge.source().data('name')} — ${d.type} — ${edge.target().data('name')}`;
      panel.replaceChildren(el('h3', null, title), rows([
        ['Status', d.status + (d.disputed ? ' (disputed)' : '')], ['Claims', d.claims],
        ['Dates', [d.firstDate, d.lastDate].filter(Boolean).join(' – ')],
      ]));
      const ul = el('ul', 'evidence');
      for (const c of ev.claims) {
        const li = el('li');
        li.append(highlighted(c.sentence, c.marks || []));
        const meta = el('div', 'source');
        meta.append(el('span', `badge status-${c.status}`, c.status));
        if (c.attributedTo) meta.append(el('span', 'badge', `according to ${c.attributedTo}`));
        if (c.date) meta.append(el('span', 'badge', c.date));
        meta.append(document.createTextNode(`${c.title} · ${c.outlet || 'unknown outlet'} · ${c.published || 'no date'}`));
        if (c.url) {
          const a = el('a', null, ' (source)');
          a.href = c.url;
          a.rel = 'noopener noreferrer';
          a.target = '_blank';
          meta.append(a);
        }
        li.append(meta);
        ul.append(li);
      }
      panel.append(el('h4', null, `Evidence (${ev.claims.length})`), ul);
    },
  };
}

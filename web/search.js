// search.js — the search box: autocomplete over names and aliases, Enter or click focuses the entity. The server ranks
// an exact name or alias first, then the most important entities (PageRank, then relations); each suggestion shows
// the entity's type, role and how many relations it has, so two namesakes can be told apart.
import { api } from './api.js';
import { el } from './dom.js';

/** "Person · Supreme Leader of North Korea · 13 relations": what tells a hit from its namesakes. */
function describe(h) {
  const relations = `${h.degree} relation${h.degree === 1 ? '' : 's'}`;
  return [h.type, h.role, relations].filter(Boolean).join(' · ');
}

export function createSearch(input, list, onPick) {
  let hits = [];
  /** The text the hits are for: Enter on a newer text waits for its own hits. */
  let hitsFor = '';
  let selected = -1;
  let pending = 0;
  let latest = Promise.resolve();

  function render() {
    list.replaceChildren();
    hits.forEach((h, i) => {
      const li = el('li', 'hit');
      li.id = `search-hit-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === selected));
      li.dataset.id = h.id;
      li.append(el('span', 'hit-name', h.name), el('span', 'hit-meta', describe(h)));
      li.addEventListener('mousedown', (e) => { e.preventDefault(); pick(i); });
      list.append(li);
    });
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (selected >= 0 && hits.length) input.setAttribute('aria-activedescendant', `search-hit-${selected}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function pick(i) {
    const h = hits[i];
    if (!h) return;
    hits = [];
    hitsFor = '';
    render();
    input.value = h.name;
    onPick(h.id);
  }

  /** Asks for the hits of {@code text}; only the answer to the newest keystroke is shown. */
  async function lookUp(text) {
    const ticket = ++pending;
    if (text.length < 2) { hits = []; hitsFor = text; render(); return; }
    try {
      const res = await api.search(text);
      if (ticket !== pending) return; // a newer keystroke won
      hits = res.hits;
      hitsFor = text;
      selected = hits.length ? 0 : -1;
    } catch (e) {
      hits = [];
    }
    render();
  }

  input.addEventListener('input', () => { latest = lookUp(input.value.trim()); });

  input.addEventListener('keydown', async (e) => {
    if (e.key === 'ArrowDown') { selected = Math.min(hits.length - 1, selected + 1); render(); e.preventDefault(); }
    else if (e.key === 'ArrowUp') { selected = Math.max(0, selected - 1); render(); e.preventDefault(); }
    else if (e.key === 'Enter') {
      e.preventDefault();
      const text = input.value.trim();
      if (hitsFor !== text) { // typed faster than the answers came: the hits of what is in the box, then the best
        await latest;
        if (hitsFor !== text) await (latest = lookUp(text));
        selected = hits.length ? 0 : -1;
      }
      pick(Math.max(0, selected));
    } else if (e.key === 'Escape') { hits = []; hitsFor = ''; render(); input.blur(); }
  });
  input.addEventListener('blur', () => { hits = []; hitsFor = ''; render(); });

  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement.tagName)) { e.preventDefault(); input.focus(); }
  });
}

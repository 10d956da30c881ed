// search.js — the search box: autocomplete over names and aliases, Enter or click focuses the entity.
import { api } from './api.js';
import { el } from './dom.js';

export function createSearch(input, list, onPick) {
  let hits = [];
  let selected = -1;
  let pending = 0;

  function render() {
    list.replaceChildren();
    hits.forEach((h, i) => {
      const li = el('li');
      li.id = `search-hit-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === selected));
      li.dataset.id = h.id;
      li.append(el('span', null, h.name), el('span', 'kind', h.type || ''));
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
    render();
    input.value = h.name;
    onPick(h.id);
  }

  input.addEventListener('input', async () => {
    const text = input.value.trim();
    const ticket = ++pending;
    if (text.length < 2) { hits = []; render(); return; }
    try {
      const res = await api.search(text);
      if (ticket !== pending) return; // a newer keystroke won
      hits = res.hits;
      selected = hits.length ? 0 : -1;
      render();
    } catch (e) {
      hits = [];
      render();
    }
  });

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') { selected = Math.min(hits.length - 1, selected + 1); render(); e.preventDefault(); }
    else if (e.key === 'ArrowUp') { selected = Math.max(0, selected - 1); render(); e.preventDefault(); }
    else if (e.key === 'Enter') { pick(Math.max(0, selected)); e.preventDefault(); }
    else if (e.key === 'Escape') { hits = []; render(); input.blur(); }
  });
  input.addEventListener('blur', () => { hits = []; render(); });

  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement.tagName)) { e.preventDefault(); input.focus(); }
  });
}

// saved-views.js — named views kept in this browser (localStorage): a view is its deep link (deeplink.js), so
// it can also be shared as a link. Picking a saved view opens its link, which rebuilds the view step by step.
import { addOptions } from './dom.js';

const KEY = 'newsgraph.views';

function load() {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) || '[]');
    return Array.isArray(v) ? v.filter((x) => x && typeof x.name === 'string' && typeof x.hash === 'string') : [];
  } catch (e) {
    return [];
  }
}

export function createSavedViews(root, { onSaved }) {
  const name = root.querySelector('#view-name');
  const list = root.querySelector('#views');
  const copy = root.querySelector('#view-copy');
  const remove = root.querySelector('#view-delete');

  function fill() {
    list.replaceChildren();
    addOptions(list, [['', load().length ? 'Saved views…' : '(no saved view yet)'], ...load().map((v) => [v.name, v.name])]);
  }
  function store(views) {
    try { localStorage.setItem(KEY, JSON.stringify(views)); } catch (e) { /* storage full or off */ }
    fill();
  }
  root.querySelector('#view-save').addEventListener('click', () => {
    const n = name.value.trim() || `view ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`;
    store([...load().filter((v) => v.name !== n), { name: n, hash: window.location.hash }]);
    list.value = n;
    name.value = '';
    onSaved(`Saved the view "${n}" in this browser.`);
  });
  list.addEventListener('change', () => {
    const v = load().find((x) => x.name === list.value);
    if (v) window.location.hash = v.hash || '#'; // hashchange: the page rebuilds that view
  });
  remove.addEventListener('click', () => {
    if (!list.value) return;
    store(load().filter((v) => v.name !== list.value));
    onSaved('Removed the saved view.');
  });
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      onSaved('Link to this view copied.');
    } catch (e) {
      onSaved(`Copy this link: ${window.location.href}`);
    }
  });
  fill();
}

// saved-views.js — named views: a view is its deep link (deeplink.js), so it can also be shared as a link. They
// are the team's, kept by the server (/api/views, mirrored to import/curation/workspace/views.jsonl); without that
// API (a server without the review features) or while it fails, they are kept in this browser (localStorage), and
// listed after the team's, marked "(this browser)".
// Picking a saved view opens its link, which rebuilds the view step by step.
import { api } from './api.js';
import { addOptions } from './dom.js';

const KEY = 'newsgraph.views';

function loadLocal() {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) || '[]');
    return Array.isArray(v) ? v.filter((x) => x && typeof x.name === 'string' && typeof x.hash === 'string') : [];
  } catch (e) {
    return [];
  }
}

function storeLocal(views) {
  try { localStorage.setItem(KEY, JSON.stringify(views)); } catch (e) { /* storage full or off */ }
}

export function createSavedViews(root, { onSaved }) {
  const name = root.querySelector('#view-name');
  const list = root.querySelector('#views');
  const copy = root.querySelector('#view-copy');
  const remove = root.querySelector('#view-delete');
  let shared = false; // the server keeps them
  let views = []; // [{name, hash, analyst?, local?}]: the team's, then this browser's own

  function fill() {
    const chosen = list.value;
    list.replaceChildren();
    addOptions(list, [['', views.length ? 'Saved views…' : '(no saved view yet)'],
      ...views.map((v) => [v.name, v.local ? (shared ? `${v.name} (this browser)` : v.name) : `${v.name} (${v.analyst || 'team'})`])]);
    if (views.some((v) => v.name === chosen)) list.value = chosen;
    root.dataset.kept = shared ? 'server' : 'browser';
  }
  /** The team's views as the server has them, and those kept in this browser only (saved before, or while it failed). */
  async function load() {
    let team = [];
    try {
      team = (await api.views()).views.map((v) => ({ name: v.name, hash: v.link, analyst: v.analyst }));
      shared = true;
    } catch (e) {
      shared = false;
    }
    const names = new Set(team.map((v) => v.name));
    views = [...team, ...loadLocal().filter((v) => !names.has(v.name)).map((v) => ({ ...v, local: true }))];
    fill();
  }
  async function saveLocally(n, hash, why = '') {
    storeLocal([...loadLocal().filter((v) => v.name !== n), { name: n, hash }]);
    await load();
    list.value = n;
    onSaved(`Saved the view "${n}" in this browser${why}.`);
  }
  root.querySelector('#view-save').addEventListener('click', async () => {
    const n = name.value.trim() || `view ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`;
    const hash = window.location.hash;
    name.value = '';
    if (!shared) { await saveLocally(n, hash); return; }
    try {
      await api.saveView(n, hash);
      storeLocal(loadLocal().filter((v) => v.name !== n)); // the team's now
      await load();
      list.value = n;
      onSaved(`Saved the view "${n}" for the team.`);
    } catch (e) {
      if (e.status === 400) { name.value = n; onSaved(`Not saved: ${e.message}`); return; }
      await saveLocally(n, hash, ` (the server did not keep it: ${e.message})`);
    }
  });
  list.addEventListener('change', () => {
    const v = views.find((x) => x.name === list.value);
    if (v) window.location.hash = v.hash || '#'; // hashchange: the page rebuilds that view
  });
  remove.addEventListener('click', async () => {
    const v = views.find((x) => x.name === list.value);
    if (!v) return;
    if (v.local) storeLocal(loadLocal().filter((x) => x.name !== v.name));
    else {
      try {
        await api.deleteView(v.name);
      } catch (e) {
        onSaved(`Not removed: ${e.message}`);
        return;
      }
    }
    await load();
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
  views = loadLocal().map((v) => ({ ...v, local: true }));
  fill();
  load();
}

// add-articles.js — the "Add articles" dialog: paste a text, pick or drop files, or give web addresses. Shows
// progress (articles done / total and the current one), lists what failed and why, and when done draws the new
// relations and marks what the first new article added (through the article picker).
import { api } from './api.js';
import { el } from './dom.js';

export function createAddArticles(dialog, { onAdded }) {
  const $ = (id) => dialog.querySelector(`#${id}`);
  const progress = $('add-progress');
  const status = $('add-status');
  const failures = $('add-failures');
  const drop = $('add-drop');
  let busy = false;

  function show(job) {
    progress.hidden = job.state === 'done';
    progress.max = Math.max(1, job.total);
    progress.value = job.done;
    const current = job.current ? ` — ${job.current}` : '';
    status.textContent = job.state === 'done'
      ? `Done: ${job.articles.length} article${job.articles.length === 1 ? '' : 's'} added or updated.`
      : `${job.state} ${job.done} / ${job.total}${current}`;
    failures.replaceChildren(...job.items.filter((i) => i.skipped).map((i) => el('li', null, `${i.source}: ${i.skipped}`)));
  }

  async function run(start) {
    if (busy) return;
    busy = true;
    failures.replaceChildren();
    status.textContent = 'Working…';
    progress.hidden = false;
    progress.removeAttribute('value');
    try {
      let job = await start();
      while (job.state !== 'done' && job.state !== 'failed') {
        show(job);
        await new Promise((r) => setTimeout(r, 500));
        job = await api.importJob(job.id);
      }
      show(job);
      if (job.state === 'failed') status.textContent = job.summary;
      else if (job.articles.length) await onAdded(job.articles);
    } catch (e) {
      progress.hidden = true;
      status.textContent = e.message;
    } finally {
      busy = false;
    }
  }

  $('add-text-go').addEventListener('click', () => {
    const text = $('add-text').value;
    if (!text.trim()) { status.textContent = 'Paste a text first.'; return; }
    const field = (id) => $(id).value.trim() || null;
    run(() => api.addText({ text, title: field('add-title-field'), outlet: field('add-outlet'),
      published: field('add-published'), url: field('add-url') }));
  });
  const addFiles = (files) => {
    if (!files.length) { status.textContent = 'Pick one or more files first.'; return; }
    run(() => api.addFiles(files));
  };
  $('add-files-go').addEventListener('click', () => addFiles([...$('add-files').files]));
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('dragging'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('dragging');
    addFiles([...e.dataTransfer.files]);
  });
  $('add-urls-go').addEventListener('click', () => {
    const urls = $('add-urls').value.split(/\s+/).filter(Boolean);
    if (!urls.length) { status.textContent = 'Give at least one address.'; return; }
    run(() => api.importUrls(urls));
  });
  $('add-feed-go').addEventListener('click', () => {
    const feed = $('add-feed').value.trim();
    if (!feed) { status.textContent = 'Give the address of an RSS or Atom feed.'; return; }
    run(() => api.importFeed(feed));
  });
  $('add-close').addEventListener('click', () => dialog.close());
  return {
    open() {
      dialog.showModal();
      $('add-text').focus();
    },
  };
}

/**
 * Articles that come in while the page is open (a watched feed, another analyst): every minute the article count
 * is compared, and a button in the bar says how many are new and shows them.
 */
export function watchArrivals(button, known, onShow) {
  let seen = known;
  setInterval(async () => {
    const { articles } = await api.health().catch(() => ({ articles: seen }));
    if (articles > seen) {
      button.textContent = `${articles - seen} new article${articles - seen === 1 ? '' : 's'} — show`;
      button.hidden = false;
    }
  }, 60_000);
  const sync = async () => {
    button.hidden = true;
    seen = (await api.health()).articles;
  };
  button.addEventListener('click', async () => {
    await sync();
    await onShow();
  });
  /** After this page added or removed articles itself: nothing new to announce. */
  return { sync };
}

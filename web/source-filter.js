// source-filter.js — show only the relations an outlet, an article or an author backs, with at least N independent
// sources. The server decides (POST /api/sources/edges: claims read in matching articles, open suggestions and
// rejected claims never; independent sources counted as the loader counts them); the answers are kept per relation
// until the filter, the "as known on" day or the data change. filters.js asks hides()/hidesNode() when it applies the
// other filters, so everything keeps combining through the one class "filtered"; entities left without a relation so
// backed are hidden too. In the deep link: outlet=…&author=…&inArticle=…&minSources=N.
import { api } from './api.js';
import { addOptions, el } from './dom.js';

/** Relations asked about per request (the server takes 5000). */
const BATCH = 2000;
const key = (e) => `${e.data('source')}|${e.data('type')}|${e.data('target')}`;
const relations = (cy) => cy.edges('[!bundle][!suggestion]');

export function createSourceFilter(root, view, { asOf = () => null, onChange = () => {}, report = () => {} } = {}) {
  const select = (id, any) => {
    const s = el('select', { id });
    addOptions(s, [['', any]]);
    return s;
  };
  const outlet = select('source-outlet', 'any outlet');
  const author = select('source-author', 'any author');
  const article = select('source-article', 'any article');
  const min = el('input', { id: 'source-min', type: 'number', min: '1', max: '100', step: '1', value: '1', inputMode: 'numeric' });
  const clear = el('button', { id: 'source-clear', type: 'button' }, 'All sources');
  const status = el('p', { id: 'source-status', className: 'source-status' });
  status.setAttribute('aria-live', 'polite');
  const field = (label, control) => {
    const l = el('label', 'source-field');
    l.append(el('span', 'source-label', label), control);
    return l;
  };
  root.append(field('Outlet', outlet), field('Article', article), field('Author', author),
    field('At least this many independent sources', min), clear, status);

  /** The filter as chosen (kept apart from the selects, so a link's choice waits for the options to come). */
  const chosen = { outlet: '', author: '', inArticle: '', minSources: 1 };
  const titles = new Map(); // article id → its title, for the caption
  /** Per relation key: whether the current filter keeps it; answers for another filter are dropped. */
  const verdicts = new Map();
  let answeredFor = '';
  const signature = () => JSON.stringify([chosen.outlet, chosen.author, chosen.inArticle, chosen.minSources, asOf()]);
  const active = () => Boolean(chosen.outlet || chosen.author || chosen.inArticle) || chosen.minSources > 1;

  function setState(state, text = '') {
    root.dataset.state = state;
    status.textContent = text;
  }

  /** Puts a value into a select, adding it as an option when the list does not hold it (a link to an old outlet). */
  function show(s, value) {
    if (value && ![...s.options].some((o) => o.value === value)) addOptions(s, [[value, value]]);
    s.value = value;
  }

  function showChosen() {
    show(outlet, chosen.outlet);
    show(author, chosen.author);
    show(article, chosen.inArticle);
    min.value = String(chosen.minSources);
    clear.disabled = !active();
  }

  /** Asks for the relations in the view not answered yet for this filter; true when it learned something. */
  async function syncOnce() {
    if (!active()) {
      setState('off');
      return false;
    }
    const sig = signature();
    if (sig !== answeredFor) {
      verdicts.clear();
      answeredFor = sig;
    }
    const unknown = [...new Set(relations(view.cy).map(key))].filter((k) => !verdicts.has(k));
    if (unknown.length) {
      setState('pending', 'Checking the sources…');
      const day = asOf();
      for (let i = 0; i < unknown.length; i += BATCH) {
        const batch = unknown.slice(i, i + BATCH);
        const answer = await api.backedEdges({
          edges: batch, minSources: chosen.minSources, ...(chosen.outlet ? { outlet: chosen.outlet } : {}),
          ...(chosen.author ? { author: chosen.author } : {}), ...(chosen.inArticle ? { article: chosen.inArticle } : {}),
          ...(day ? { asOf: day } : {}),
        });
        if (signature() !== sig) return false; // the filter changed meanwhile: the next round asks again
        const yes = new Set(answer.edges.map((e) => e.key));
        batch.forEach((k) => verdicts.set(k, yes.has(k)));
      }
    }
    return unknown.length > 0;
  }

  let running = null;
  let again = false;
  /** Brings the answers up to date with the view; calls onChange when the drawing must follow. One round at a time. */
  function sync() {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let learned = false;
      do {
        again = false;
        learned = (await syncOnce()) || learned;
      } while (again);
      if (learned) onChange();
      if (active()) { // said once the drawing follows the answers
        const all = relations(view.cy);
        const kept = all.filter((e) => verdicts.get(key(e)) === true).length;
        setState('done', `${kept} of ${all.length} relations backed so`);
      }
    })().finally(() => { running = null; });
    return running;
  }

  function changed() {
    clear.disabled = !active();
    // filters.js applies at once (relations not answered yet wait hidden); the answers then redraw
    sync().catch((e) => { setState('error', e.message); report(e); });
  }

  outlet.addEventListener('change', () => { chosen.outlet = outlet.value; changed(); });
  author.addEventListener('change', () => { chosen.author = author.value; changed(); });
  article.addEventListener('change', () => { chosen.inArticle = article.value; changed(); });
  min.addEventListener('change', () => {
    const n = Math.round(Number(min.value));
    chosen.minSources = Number.isFinite(n) ? Math.min(100, Math.max(1, n)) : 1;
    min.value = String(chosen.minSources);
    changed();
  });
  clear.addEventListener('click', () => {
    Object.assign(chosen, { outlet: '', author: '', inArticle: '', minSources: 1 });
    showChosen();
    root.dispatchEvent(new Event('change', { bubbles: true })); // filters and the link follow, as for the selects
    changed();
  });
  setState('off');
  clear.disabled = true;

  return {
    /** Whether a relation is hidden by the source filter (one not answered yet waits hidden). */
    hides: (edge) => active() && !edge.data('bundle') && !edge.data('suggestion') && verdicts.get(key(edge)) !== true,
    /** Whether an entity is hidden: no relation of it is backed so. */
    hidesNode: (node) => active() && !node.connectedEdges('[!bundle][!suggestion]').some((e) => verdicts.get(key(e)) === true),
    sync,
    /** The data changed (an import, a decision): every relation is asked again. */
    forget() { verdicts.clear(); answeredFor = ''; },
    /** (Re)fills the choices: the outlets and authors, and the articles with their titles. */
    async load() {
      const [sources, { articles }] = await Promise.all([api.sources(), api.articles()]);
      for (const s of [outlet, author, article]) s.replaceChildren(s.options[0]);
      addOptions(outlet, sources.outlets.map((o) => [o.name, `${o.name} (${o.articles})`]));
      addOptions(author, sources.authors.map((a) => [a.name, `${a.name} (${a.articles})`]));
      titles.clear();
      articles.forEach((a) => titles.set(a.id, a.title || a.id));
      addOptions(article, articles.map((a) => [a.id, `${a.published || '—'} · ${a.title || a.id}`]));
      showChosen();
    },
    /** The filter for the deep link. */
    state: () => ({ ...chosen }),
    /** A link's filter (missing keys: none). */
    restore({ outlet: o = '', author: a = '', inArticle: i = '', minSources: n = 1 } = {}) {
      Object.assign(chosen, { outlet: o || '', author: a || '', inArticle: i || '', minSources: Math.min(100, Math.max(1, Number(n) || 1)) });
      showChosen();
    },
    /** The filter in words, for captions: [] when every source counts. */
    describe() {
      const out = [];
      if (chosen.outlet) out.push(`outlet ${chosen.outlet}`);
      if (chosen.inArticle) out.push(`article "${titles.get(chosen.inArticle) || chosen.inArticle}"`);
      if (chosen.author) out.push(`author ${chosen.author}`);
      if (chosen.minSources > 1) out.push(`at least ${chosen.minSources} independent sources`);
      return out;
    },
  };
}

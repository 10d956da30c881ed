// digest-view.js — "What's new": what changed since a day (new entities, new and changed relations with their
// newest evidence), and the same as a Markdown or HTML briefing to download.
import { api } from './api.js';
import { download, el, readableType } from './dom.js';
import { button } from './panel-parts.js';

/**
 * @param hooks report(error); readInContext(article, sentence, label), when given, makes the control that opens the
 *        article reader at an item's newest evidence (the dialog closes first: the reader is beside the graph)
 */
export function createDigestView(dialog, { report, readInContext = null }) {
  const since = dialog.querySelector('#digest-since');
  const body = dialog.querySelector('#digest-body');
  since.value = new Date(Date.now() - 7 * 86400000).toISOString().slice(0, 10);
  since.max = new Date().toISOString().slice(0, 10);

  async function show() {
    if (!since.value) return;
    const d = await api.digest(since.value);
    const entities = el('ul', 'digest-entities');
    d.entities.forEach((e) => entities.append(el('li', null, `${e.name} (${e.type}), first named ${e.first}`)));
    const edges = el('ul', 'evidence digest-edges');
    for (const e of d.edges) {
      const li = el('li');
      const change = e.change === 'new' ? `new · ${e.claimsNow} claim(s) · ${e.statusNow}`
        : `claims ${e.claimsBefore} → ${e.claimsNow} · ${e.statusBefore === e.statusNow ? e.statusNow : `${e.statusBefore} → ${e.statusNow}`}`;
      li.append(el('strong', null, `${e.sourceName} — ${readableType(e.type)} — ${e.targetName}`),
        document.createTextNode(` ${change}`));
      if (e.newest) {
        const source = el('div', 'source', `${e.newest.title} · ${e.newest.outlet || ''} · ${e.newest.published}`);
        if (readInContext && e.newest.article) source.append(document.createTextNode(' '), readInContext(e.newest.article, e.newest.sentenceId));
        li.append(el('p', 'sentence', e.newest.sentence), source);
      }
      edges.append(li);
    }
    body.replaceChildren(el('h4', null, `New entities (${d.entities.length})`), entities,
      el('h4', null, `New and changed relations (${d.edges.length})`), edges,
      button('Download as Markdown', () => api.digestFile(since.value, 'md').then((b) => download(b, `newsgraph-digest-${since.value}.md`)).catch(report), 'digest-md'),
      button('Download as HTML', () => api.digestFile(since.value, 'html').then((b) => download(b, `newsgraph-digest-${since.value}.html`)).catch(report), 'digest-html'));
  }
  since.addEventListener('change', () => show().catch(report));
  document.getElementById('digest-open').addEventListener('click', () => show().then(() => dialog.showModal()).catch(report));
  dialog.querySelector('#digest-close').addEventListener('click', () => dialog.close());
}

// edge-story.js — the whole story of an edge from its evidence: distinct articles and outlets (linked when an
// address is known), the items, who asserts it, status and dates; then every claim with its sentence.
import { el } from './dom.js';
import { articleLine, highlighted, rows, sourceLink } from './panel-parts.js';

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Distinct values in first-seen order. */
const distinct = (xs) => [...new Set(xs.filter((x) => x != null && x !== ''))];

/** The summary over all claims: counts, outlets, items, who says so. */
export function storySummary(d, claims) {
  const articles = distinct(claims.map((c) => c.article));
  const outlets = distinct(claims.map((c) => c.outlet));
  const items = distinct(claims.flatMap((c) => c.items || []));
  const asserted = new Map();
  for (const c of claims) {
    const who = c.attributedTo || 'the article itself (no speaker named)';
    asserted.set(who, (asserted.get(who) || 0) + 1);
  }
  const box = el('div', 'story');
  box.append(rows([
    ['Status', d.status + (d.disputed ? ' (disputed)' : '')],
    ['Sources', `${plural(claims.length, 'claim')} · ${plural(articles.length, 'article')} · ${plural(outlets.length, 'outlet')}`],
    ['Dates', [...new Set([d.firstDate, d.lastDate].filter(Boolean))].join(' – ') || 'undated'],
    ['Items', items.join(', ')],
  ]));
  const outletList = el('ul', 'outlets');
  for (const o of outlets) {
    const li = el('li', null, `${o}: `);
    const ofOutlet = claims.filter((c) => c.outlet === o);
    distinct(ofOutlet.map((c) => c.article)).forEach((id, i) => {
      const c = ofOutlet.find((x) => x.article === id);
      if (i) li.append(document.createTextNode('; '));
      li.append(c.url ? sourceLink(c.url, c.title) : document.createTextNode(c.title));
    });
    outletList.append(li);
  }
  const who = el('ul', 'asserted');
  for (const [name, n] of asserted) who.append(el('li', null, `${name} (${plural(n, 'claim')})`));
  box.append(el('h4', null, 'Outlets'), outletList, el('h4', null, 'Who says so'), who);
  return box;
}

/** One list item per claim: the sentence with both ends marked, status, speaker, date, items, its article. */
export function claimList(claims) {
  const ul = el('ul', 'evidence');
  for (const c of claims) {
    const li = el('li', c.verdict === 'rejected' ? 'rejected' : '');
    li.append(highlighted(c.sentence, c.marks || []));
    const badges = el('div', 'badges');
    badges.append(el('span', `badge status-${c.status}`, c.status));
    badges.append(el('span', 'badge', c.attributedTo ? `according to ${c.attributedTo}` : 'no speaker named'));
    if (c.date) badges.append(el('span', 'badge', c.date));
    if (c.items && c.items.length) badges.append(el('span', 'badge', c.items.join(', ')));
    li.append(badges, articleLine(c));
    ul.append(li);
  }
  return ul;
}

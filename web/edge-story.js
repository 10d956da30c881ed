// edge-story.js — the whole story of an edge from its evidence: distinct articles and outlets (linked when an
// address is known), the items, who asserts it, status and dates; then every claim with its sentence.
import { el } from './dom.js';
import { articleLine, highlighted, rows, sourceLink } from './panel-parts.js';
import { entityLink } from './entity-link.js';
import { STATUSES } from './style.js';

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Distinct values in first-seen order. */
const distinct = (xs) => [...new Set(xs.filter((x) => x != null && x !== ''))];


/** Independent sources: claims the server grouped (near-copies, one outlet's day) count once; with their outlets. */
function independent(claims) {
  const groups = new Map();
  for (const c of claims.filter((x) => x.verdict !== 'rejected')) {
    if (!groups.has(c.source)) groups.set(c.source, new Set());
    if (c.outlet) groups.get(c.source).add(c.outlet);
  }
  const names = [...groups.values()].map((o) => [...o].join(' / ') || 'unknown outlet');
  return `${plural(groups.size, 'independent source')} (${names.join('; ')})`;
}

/** The status as each reporting day left it: "2023-09-05 reported → 2024-01-15 fact" (changes only). */
export function statusHistory(claims) {
  const days = distinct(claims.filter((c) => c.verdict !== 'rejected').map((c) => c.published)).sort();
  const steps = [];
  for (const day of days) {
    const known = claims.filter((c) => c.verdict !== 'rejected' && c.published && c.published <= day).map((c) => c.status);
    const status = STATUSES.find((s) => known.includes(s));
    if (!steps.length || steps[steps.length - 1].status !== status) steps.push({ day, status });
  }
  const ol = el('ol', 'status-history');
  ol.setAttribute('aria-label', 'status over time');
  for (const s of steps) {
    const li = el('li', `status-${s.status}`);
    li.append(el('span', 'day', s.day), document.createTextNode(` ${s.status}`));
    ol.append(li);
  }
  return ol;
}

/** Both sides of a contested relation: who says so, and the denials that contest it (with who denies). */
function contest(claims) {
  const denials = new Map();
  for (const c of claims) for (const x of c.contestedBy || []) denials.set(x.claim, x);
  if (!denials.size) return null;
  const box = el('div', 'contest');
  const says = el('div', 'contest-side');
  says.append(el('h4', null, `Says so (${claims.length})`));
  const ul = el('ul');
  for (const c of claims) ul.append(el('li', null, `${c.attributedTo || c.outlet || 'the article'}: ${c.sentence}`));
  says.append(ul);
  const denies = el('div', 'contest-side denied');
  denies.append(el('h4', null, `Denied (${denials.size})`));
  const dl = el('ul');
  for (const x of denials.values()) dl.append(el('li', null, `${x.attributedTo || x.subjectName || x.subject}: ${x.sentence}`));
  denies.append(dl);
  box.append(says, denies);
  return box;
}

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
    ['Sources', `${plural(claims.length, 'claim')} · ${plural(articles.length, 'article')} · ${plural(outlets.length, 'outlet')}`
      + ` · ${independent(claims)}`],
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
  box.append(el('h4', null, 'Status over time (by reporting date)'), statusHistory(claims));
  const contested = contest(claims);
  if (contested) box.append(el('h4', null, 'Contested'), contested);
  box.append(el('h4', null, 'Outlets'), outletList, el('h4', null, 'Who says so'), who);
  return box;
}

/**
 * One list item per claim: the sentence with both ends marked, status, speaker, date, items, its article;
 * {@code readInContext(article, sentence)}, when given, makes the control that opens the article at the sentence.
 */
export function claimList(claims, readInContext = null) {
  const ul = el('ul', 'evidence');
  for (const c of claims) {
    const li = el('li', c.verdict === 'rejected' ? 'rejected' : '');
    li.append(highlighted(c.sentence, c.marks || [], undefined, (m, text) => (m.entity ? entityLink(m.entity, text) : null)));
    const badges = el('div', 'badges');
    badges.append(el('span', `badge status-${c.status}`, c.status));
    badges.append(el('span', 'badge', c.attributedTo ? `according to ${c.attributedTo}` : 'no speaker named'));
    if (c.date) badges.append(el('span', 'badge', c.date));
    if (c.items && c.items.length) badges.append(el('span', 'badge', c.items.join(', ')));
    const line = articleLine(c);
    if (readInContext && c.article) line.append(document.createTextNode(' '), readInContext(c.article, c.sentenceId));
    li.append(badges, line);
    ul.append(li);
  }
  return ul;
}

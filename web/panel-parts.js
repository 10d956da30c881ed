// panel-parts.js — pieces the side panel is built from: a definition list, a sentence with marked mentions, a
// source line with its link. Text nodes only, never HTML.
import { el } from './dom.js';

/** A <dl> of [label, value] pairs; empty values show as "—". */
export function rows(pairs) {
  const dl = el('dl');
  for (const [k, v] of pairs) {
    dl.append(el('dt', null, k), el('dd', null, v == null || v === '' ? '—' : v));
  }
  return dl;
}

/**
 * The sentence with the given spans ({start, end}) wrapped in <mark>; {@code classOf(span)}, when given, names a
 * class for each mark (to tell the two ends of a relation apart); {@code link(span, text)}, when given, may make the
 * mark's content an element (an entity's name as a link, entity-link.js).
 */
export function highlighted(sentence, marks, classOf = () => null, link = () => null) {
  const p = el('p', 'sentence');
  const spans = [...marks].filter((m) => m.start >= 0 && m.end <= sentence.length).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const m of spans) {
    if (m.start < at) continue;
    const text = sentence.slice(m.start, m.end);
    const linked = link(m, text);
    const mark = el('mark', classOf(m), linked ? null : text);
    if (linked) mark.append(linked);
    p.append(document.createTextNode(sentence.slice(at, m.start)), mark);
    at = m.end;
  }
  p.append(document.createTextNode(sentence.slice(at)));
  return p;
}

/**
 * Whether an address may become a link: http(s) only. The server keeps no other, but a store from before that, or
 * a server of another version, may hand one over, and a javascript: link runs in the page when clicked.
 */
export function isWebUrl(url) {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url.trim())) return false;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A link to a source that opens apart from the page and tells it nothing (no referrer, no opener); the text alone
 * when the address is not http(s).
 */
export function sourceLink(url, text) {
  if (!isWebUrl(url)) return el('span', null, text);
  const a = el('a', null, text);
  a.href = url.trim();
  a.rel = 'noopener noreferrer';
  a.target = '_blank';
  return a;
}

/** "Title · Outlet · date", with a link when the article's web address is known. */
export function articleLine(c) {
  const meta = el('div', 'source');
  meta.append(document.createTextNode(`${c.title} · ${c.outlet || 'unknown outlet'} · ${c.published || 'no date'}`));
  if (isWebUrl(c.url)) meta.append(document.createTextNode(' '), sourceLink(c.url, '(source)'));
  return meta;
}

/** A button with an id (optional) and a click handler. */
export function button(text, handler, id) {
  const b = el('button', { type: 'button' }, text);
  if (id) b.id = id;
  b.addEventListener('click', handler);
  return b;
}

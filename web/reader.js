// reader.js — the article reader: one article's whole text as it was imported or pasted, beside the graph. A header
// (title, outlet, author, published and reported days, the dates its claims tell of, its address when known), a
// legend, then the text: every sentence that states a claim highlighted by the claim's status and followed by its
// claims (typed, coloured by kind of relation), every entity mention a button that focuses the entity in the graph.
// Open suggestions are no claims: they are left out unless the analyst switches them on, and then drawn apart, grey
// and labelled. Opened at a sentence ("Read in context"), that sentence is scrolled into view, marked (aria-current)
// and focused; Escape closes the reader and gives the focus back to where it was. The article's shared notes
// (notes.js) follow its header. DOM from text nodes only.
import { api } from './api.js';
import { el, readableType } from './dom.js';
import { rows, sourceLink } from './panel-parts.js';
import { STATUSES } from './style.js';
import { notesSection } from './notes.js';

/** Kinds of relation, for the colour of a claim's tag (the tag's words name the type itself). */
const FAMILIES = [
  ['meet', 'meetings and visits', ['MET', 'VISITED', 'INVITED', 'ACCOMPANIED', 'ATTENDED', 'EXCHANGED_LETTERS', 'NEGOTIATED']],
  ['deal', 'deals and cooperation', ['SIGNED', 'AGREED', 'RATIFIED', 'TRADE_PARTNER', 'COOPERATES_WITH', 'ALLIED_WITH',
    'SUPPORTS', 'RECOGNIZED', 'FOUGHT_TOGETHER', 'DEPENDS_ON', 'AFFILIATED_WITH']],
  ['arms', 'arms and the military', ['SUPPLIED', 'USES', 'TESTED', 'DEVELOPS', 'DEPLOYED']],
  ['conflict', 'conflict and pressure', ['VETOED', 'SANCTIONED', 'OPPOSES', 'CRITICIZED', 'AT_WAR_WITH', 'SEVERED_TIES',
    'ANNEXED', 'EXPELLED', 'ABSTAINED', 'DENIED']],
  ['other', 'other relations', []],
];
const familyOf = (type) => (FAMILIES.find(([, , types]) => types.includes(type)) || FAMILIES[FAMILIES.length - 1])[0];

/** Mentions whose words are not a name ("sie", "die beiden", "der Präsident"): the entities are shown beside them. */
const REFERRING = new Set(['PRONOUN', 'NOMINAL', 'GROUP']);

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The strongest status among the claims an analyst did not reject; null when none is left. */
function strongest(claims) {
  const live = claims.filter((c) => c.verdict !== 'rejected').map((c) => c.status);
  return STATUSES.find((s) => live.includes(s)) || null;
}

/** Mentions grouped by span (one span may name several entities: "die beiden"), overlapping ones left out. */
function spans(mentions) {
  const out = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && last.start === m.start && last.end === m.end) {
      if (!last.entities.some((e) => e.entity === m.entity)) last.entities.push(m);
    } else if (!last || m.start >= last.end) {
      out.push({ start: m.start, end: m.end, kind: m.kind, entities: [m] });
    }
  }
  return out;
}

/**
 * @param panel the reader's element (a region beside the graph, hidden while closed)
 * @param hooks onEntity(id) focuses an entity in the graph; onToggle(open) after the reader opened or closed (the
 *        graph is resized); report(error)
 */
export function createReader(panel, hooks = {}) {
  let ticket = 0;
  let returnTo = null;
  const heading = el('h2', { id: 'reader-title', tabIndex: -1 }, 'Article');
  const close = el('button', { type: 'button', className: 'reader-close' }, 'Close');
  close.setAttribute('aria-keyshortcuts', 'Escape');
  const switchBox = el('input', { type: 'checkbox', id: 'reader-suggestions' });
  const switchLabel = el('label', 'toggle reader-switch');
  const switchText = el('span', null, 'open suggestions');
  switchLabel.append(switchBox, switchText);
  const bar = el('div', 'reader-bar');
  bar.append(el('span', 'reader-kind', 'Article reader'), switchLabel, close);
  const body = el('div', 'reader-body');
  panel.setAttribute('aria-labelledby', 'reader-title');
  panel.replaceChildren(bar, heading, body);

  switchBox.addEventListener('change', () => panel.classList.toggle('show-suggestions', switchBox.checked));
  close.addEventListener('click', () => hide());
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) { e.preventDefault(); e.stopPropagation(); hide(); }
  });
  panel.addEventListener('click', (e) => {
    const b = e.target.closest('button.rd-mention');
    if (!b || !panel.contains(b) || !hooks.onEntity) return;
    if (window.matchMedia('(max-width: 700px)').matches) hide(); // on a phone the reader covers the graph
    hooks.onEntity(b.dataset.entity);
  });

  function header(a) {
    const events = [...new Set([a.firstEvent, a.lastEvent].filter(Boolean))].join(' – ');
    const dl = rows([
      ['Outlet', a.outlet], ['Author', a.author], ['Published', a.published],
      ['Reported', a.reported ? `${a.reported} (its claims count as known from this day)` : null],
      ['Events told', events || 'no dated claim'],
      ['Source', a.origin === 'added' ? `added (${a.id})` : `import folder (${a.id})`],
      ['Address', 'not known'],
    ]);
    dl.classList.add('reader-meta');
    if (a.url) dl.lastElementChild.replaceChildren(sourceLink(a.url, a.url)); // a link only when http(s)
    return dl;
  }

  function legend(a) {
    const box = el('div', 'reader-legend');
    const statuses = el('ul', 'rd-legend');
    statuses.setAttribute('aria-label', 'sentences stating a claim, by its status');
    for (const s of STATUSES) {
      const li = el('li');
      li.append(el('span', `rd-sentence rd-claim rd-status-${s}`, s));
      statuses.append(li);
    }
    const rejected = el('li');
    rejected.append(el('span', 'rd-chip rd-rejected', 'rejected by an analyst'));
    const suggested = el('li', 'rd-suggestion');
    suggested.append(el('span', 'rd-chip rd-chip-suggestion', 'suggestion: not decided, no claim'));
    statuses.append(rejected, suggested);
    const kinds = el('ul', 'rd-legend');
    kinds.setAttribute('aria-label', 'claims, by kind of relation');
    for (const [key, label] of FAMILIES) {
      const li = el('li');
      li.append(el('span', `rd-chip rd-fam-${key}`, label));
      kinds.append(li);
    }
    box.append(statuses, kinds, el('p', 'note', `${plural(a.claims, 'claim')}; names are buttons: Enter or a click`
      + ' focuses the entity in the graph; grey text was not read (page furniture, or past the import budget).'));
    return box;
  }

  /** One claim (or suggestion) as a tag after its sentence: "Kim Jong-un — met — Vladimir Putin · fact". */
  function chip(c) {
    const suggestion = c.status === 'suggested';
    const classes = ['rd-chip', `rd-fam-${familyOf(c.type)}`];
    if (suggestion) classes.push('rd-chip-suggestion', 'rd-suggestion');
    else classes.push(`rd-status-${c.status}`);
    if (c.verdict === 'rejected') classes.push('rd-rejected');
    const tag = el('span', classes.join(' '));
    tag.dataset.claim = c.id;
    const what = `${c.sourceName || c.source} — ${readableType(c.type)}${suggestion ? '?' : ''} — ${c.targetName || c.target}`;
    const how = suggestion ? `suggestion, not decided${typeof c.score === 'number' ? `, score ${c.score.toFixed(2)}` : ''}`
      : [c.status, c.verdict ? `${c.verdict} by an analyst` : null, c.attributedTo ? `according to ${c.attributedTo}` : null,
        c.date].filter(Boolean).join(', ');
    tag.append(document.createTextNode(what), el('span', 'rd-chip-how', ` · ${how}`));
    return tag;
  }

  /** A span of mentions: a name is a button; words that only refer ("sie") are followed by their entities' buttons. */
  function mention(text, span) {
    const button = (m, label) => {
      const b = el('button', { type: 'button', className: `rd-mention rd-entity-${m.type || 'Unknown'}` }, label);
      b.dataset.entity = m.entity;
      b.title = `${m.name || m.entity}${m.type ? ` (${m.type})` : ''}: focus in the graph`;
      return b;
    };
    if (!REFERRING.has(span.kind) && span.entities.length === 1) return [button(span.entities[0], text)];
    // the words as written, then the entities they stand for (the page's words: the text itself is the first part)
    const list = el('span', 'rd-refers-list');
    span.entities.forEach((m, i) => {
      if (i) list.append(document.createTextNode(', '));
      list.append(button(m, m.name || m.entity));
    });
    const refs = el('span', 'rd-refers');
    refs.append(document.createTextNode(' '), list);
    return [el('span', 'rd-referring', text), refs];
  }

  /** The text of [from, to) of a block, its mentions made buttons. */
  function withMentions(block, from, to, mentions) {
    const out = [];
    let at = from;
    for (const s of mentions) {
      if (s.start < at || s.end > to) continue;
      if (s.start > at) out.push(document.createTextNode(block.text.slice(at - block.start, s.start - block.start)));
      out.push(...mention(block.text.slice(s.start - block.start, s.end - block.start), s));
      at = s.end;
    }
    if (at < to) out.push(document.createTextNode(block.text.slice(at - block.start, to - block.start)));
    return out;
  }

  function sentence(block, s, mentions) {
    const live = strongest(s.claims);
    const classes = ['rd-sentence'];
    if (live) classes.push('rd-claim', `rd-status-${live}`);
    else if (s.claims.length) classes.push('rd-claim-rejected');
    else if (s.suggestions.length) classes.push('rd-suggested');
    const span = el('span', classes.join(' '));
    span.dataset.sentence = s.id;
    span.dataset.zone = s.zone || '';
    span.append(...withMentions(block, s.start, s.end, mentions));
    const out = [span];
    if (s.claims.length || s.suggestions.length) {
      const tags = el('span', 'rd-claims');
      tags.append(...s.claims.map(chip), ...s.suggestions.map(chip));
      out.push(document.createTextNode(' '), tags);
    }
    return out;
  }

  /** A block's paragraph; {@code mentions}: the block's own, by start (the server's order). */
  function block(b, mentions) {
    const p = el('p', `rd-block${b.sentences.length ? '' : ' rd-unread'}`);
    const zone = b.sentences.length ? b.sentences[0].zone : null;
    if (zone) p.classList.add(`rd-zone-${zone}`);
    const inBlock = spans(mentions);
    let at = b.start;
    let next = 0; // the first span not before the sentence: one walk over both lists, long texts stay quick
    for (const s of b.sentences) {
      if (s.start < at || s.end > b.end) continue;
      if (s.start > at) p.append(el('span', 'rd-unread', b.text.slice(at - b.start, s.start - b.start)));
      while (next < inBlock.length && inBlock[next].start < s.start) next++;
      let last = next;
      while (last < inBlock.length && inBlock[last].start < s.end) last++;
      p.append(...sentence(b, s, inBlock.slice(next, last).filter((m) => m.end <= s.end)));
      next = last;
      at = s.end;
    }
    if (at < b.end) p.append(el('span', b.sentences.length ? 'rd-unread' : null, b.text.slice(at - b.start)));
    return p;
  }

  function render(a) {
    heading.textContent = a.title || a.id;
    const text = el('div', 'reader-text');
    if (typeof a.language === 'string' && /^[a-z]{2,3}$/.test(a.language)) text.lang = a.language;
    const mentions = a.mentions.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end);
    let next = 0;
    for (const b of a.blocks) {
      while (next < mentions.length && mentions[next].start < b.start) next++;
      let last = next;
      while (last < mentions.length && mentions[last].start < b.end) last++;
      text.append(block(b, mentions.slice(next, last).filter((m) => m.end <= b.end)));
      next = last;
    }
    switchText.textContent = `open suggestions (${a.suggestions})`;
    body.replaceChildren(header(a), notesSection({ kind: 'article', key: a.id }, { report: hooks.report || (() => {}) }), legend(a));
    if (a.note) body.append(el('p', 'note reader-note', a.note));
    body.append(text);
    panel.dataset.article = a.id;
  }

  /** Marks the sentence (aria-current, focusable); null when there is none such. */
  function mark(sentenceId) {
    panel.querySelectorAll('.rd-sentence[aria-current]').forEach((s) => { s.removeAttribute('aria-current'); s.removeAttribute('tabindex'); });
    const s = sentenceId ? [...panel.querySelectorAll('.reader-text .rd-sentence')].find((x) => x.dataset.sentence === sentenceId) : null;
    panel.dataset.target = s ? sentenceId : '';
    if (!s) return null;
    s.setAttribute('aria-current', 'true');
    s.tabIndex = -1;
    return s;
  }

  /** Marks the sentence, scrolls it into view and gives it the focus; without one, the title has the focus. */
  function target(sentenceId) {
    const s = mark(sentenceId);
    if (!s) {
      panel.scrollTop = 0;
      heading.focus();
      return;
    }
    // the reader scrolls, not the page (scrollIntoView would move every scrolling box around it as well)
    const box = panel.getBoundingClientRect();
    const at = s.getBoundingClientRect();
    const room = panel.clientHeight - bar.offsetHeight; // below the bar that stays on top
    panel.scrollTop += at.top - box.top - bar.offsetHeight - Math.max(0, (room - at.height) / 2);
    s.focus({ preventScroll: true });
  }

  /**
   * Reads the article shown again (after a decision or an import changed what it states), where the analyst was;
   * closes the reader when the article is gone.
   */
  async function refresh() {
    if (panel.hidden || !panel.dataset.article) return;
    const mine = ++ticket;
    const { article, target: at } = panel.dataset;
    const scroll = panel.scrollTop;
    let a;
    try {
      a = await api.article(article);
    } catch (e) {
      if (mine === ticket && e.status === 404) hide();
      else if (mine === ticket) throw e;
      return;
    }
    if (mine !== ticket || panel.hidden) return;
    const inside = panel.contains(document.activeElement);
    render(a);
    mark(at);
    panel.scrollTop = scroll;
    if (inside) heading.focus({ preventScroll: true }); // what had the focus was drawn anew
  }

  function hide() {
    if (panel.hidden) return;
    ticket++;
    panel.hidden = true;
    if (hooks.onToggle) hooks.onToggle(false);
    // back where it was; when that is gone (the panel showed something else since), to the panel's heading
    const back = returnTo && returnTo.isConnected && !returnTo.closest('[hidden], dialog:not([open])') ? returnTo
      : document.querySelector('#details h3[tabindex]');
    returnTo = null;
    if (back) back.focus();
  }

  /**
   * Opens an article, at a sentence when one is given. {@code from} is where the focus goes back to on Escape (the
   * control that opened it, by default).
   */
  async function open(articleId, sentenceId = null, from = document.activeElement) {
    const mine = ++ticket;
    if (!panel.contains(from)) returnTo = from;
    const a = await api.article(articleId); // the server keeps the answer until the store changes
    if (mine !== ticket) return;
    const opening = panel.hidden;
    render(a);
    panel.hidden = false;
    if (opening && hooks.onToggle) hooks.onToggle(true);
    target(sentenceId);
  }

  /**
   * A "Read in context" button for an evidence sentence (or "Read" for a whole article, without a sentence).
   * {@code before()} runs first (a modal dialog closes: the reader is beside the graph); Escape gives the focus
   * back to {@code returnTo}, the button itself by default.
   */
  function readButton(articleId, sentenceId = null, label = 'Read in context', { before = null, returnTo: back = null } = {}) {
    const b = el('button', { type: 'button', className: 'link-button read-context' }, label);
    b.title = sentenceId ? 'the whole article, this sentence marked' : 'the whole article';
    b.addEventListener('click', () => {
      if (before) before();
      open(articleId, sentenceId, back || b).catch((e) => hooks.report && hooks.report(e));
    });
    return b;
  }

  return {
    open,
    refresh,
    readButton,
    close: hide,
    isOpen: () => !panel.hidden,
  };
}

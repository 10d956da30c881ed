// deeplink.js — everything the view holds, in the URL hash, so a copied link (or a saved view) reopens the same
// view: #focus=id&steps=o.a,x.b~20~Person+Weapon,h.c&pinned=d@10~-20&hide=Country&layout=grid&path=a,b
// &time=2023-01..2024-06&undated=off&open=a|b&article=x.txt&asof=2023-09-11&suggestions=on&size=pagerank&colour=community,
// the path panel's filters: &pathTypes=MET+SUPPLIED&pathStatus=fact&pathHops=4&pathShown=1,
// and the source filter: &outlet=Name&author=Name&inArticle=x.txt&minSources=2. Values are ids and names from fixed
// lists; they are never parsed as HTML.

/**
 * The analyst's steps in order, replayed in order: x.id expanded (with ~limit~Type+Type when the expansion
 * dialog chose them), o.id focused on ("only it and its neighbours"), h.id hidden.
 */
const OPS = { x: 'expand', o: 'only', h: 'hide' };
const readStep = (s) => {
  const [head, limit, types] = s.split('~');
  const op = OPS[head.slice(0, 1)];
  const id = head.slice(2);
  if (!op || head[1] !== '.') return null;
  return { op, id, limit: limit ? Number(limit) : undefined, types: types ? types.split('+') : undefined };
};
const writeStep = (x) => {
  const head = `${Object.keys(OPS).find((k) => OPS[k] === x.op)}.${x.id}`;
  return x.limit ? `${head}~${x.limit}~${(x.types || []).join('+')}` : head;
};

const readPin = (s) => {
  const m = /^([^@]+)@(-?[\d.]+)~(-?[\d.]+)$/.exec(s);
  return m ? { id: m[1], x: Number(m[2]), y: Number(m[3]) } : null;
};
const writePin = (p) => `${p.id}@${Math.round(p.x)}~${Math.round(p.y)}`;

/**
 * The path panel's filters (paths.js): pathTypes=MET+SUPPLIED (only these types), pathStatus=fact+reported,
 * pathHops=4, pathShown=2 (the third path drawn); absent when they are the defaults.
 */
function readPathFilter(p) {
  const words = (k) => (p.get(k) || '').split('+').map((x) => x.trim()).filter((x) => /^[A-Za-z_]+$/.test(x));
  const number = (k, lo, hi) => { const n = Math.round(Number(p.get(k))); return n >= lo && n <= hi ? n : null; };
  return { types: words('pathTypes'), statuses: words('pathStatus'), maxHops: number('pathHops', 1, 8),
    chosen: number('pathShown', 0, 4) || 0 };
}

function writePathFilter(p, f) {
  if (!f) return;
  if (f.types && f.types.length) p.set('pathTypes', f.types.join('+'));
  if (f.statuses && f.statuses.length) p.set('pathStatus', f.statuses.join('+'));
  if (f.maxHops && f.maxHops !== 6) p.set('pathHops', String(f.maxHops));
  if (f.chosen) p.set('pathShown', String(f.chosen));
}

export function readLink(hash = window.location.hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (k) => (p.get(k) || '').split(',').map((x) => x.trim()).filter(Boolean);
  return {
    focus: p.get('focus'), hide: list('hide'), layout: p.get('layout'), path: list('path'), pathFilter: readPathFilter(p),
    time: p.get('time'), undated: p.get('undated') !== 'off', article: p.get('article'),
    steps: list('steps').map(readStep).filter(Boolean),
    pinned: list('pinned').map(readPin).filter(Boolean), open: list('open'), asOf: p.get('asof'),
    suggestions: p.get('suggestions') === 'on', size: p.get('size'), colour: p.get('colour'),
    outlet: p.get('outlet') || '', author: p.get('author') || '', inArticle: p.get('inArticle') || '',
    minSources: Math.max(1, Math.min(100, Math.round(Number(p.get('minSources'))) || 1)),
    // asked once, not kept in the view's link: a relation's story (edge=source,TYPE,target) and an article in the
    // reader (read=article&readAt=sentence), as the digest's briefing links to them
    edge: list('edge').length === 3 ? list('edge') : null, read: p.get('read'), readAt: p.get('readAt'),
  };
}

/** The hash for a view state (the fields of readLink); empty when the view is the plain first view. */
export function linkHash(state) {
  const p = new URLSearchParams();
  const put = (k, v) => { if (v) p.set(k, v); };
  const putList = (k, xs) => { if (xs && xs.length) p.set(k, xs.join(',')); };
  put('focus', state.focus);
  putList('steps', (state.steps || []).map(writeStep));
  putList('pinned', (state.pinned || []).map(writePin));
  putList('hide', state.hide);
  if (state.layout && state.layout !== 'fcose') p.set('layout', state.layout);
  if (state.path && state.path.length === 2) {
    p.set('path', state.path.join(','));
    writePathFilter(p, state.pathFilter);
  }
  put('time', state.time);
  if (state.undated === false) p.set('undated', 'off');
  putList('open', state.open);
  put('article', state.article);
  put('asof', state.asOf);
  if (state.suggestions) p.set('suggestions', 'on');
  put('size', state.size);
  put('colour', state.colour);
  put('outlet', state.outlet);
  put('author', state.author);
  put('inArticle', state.inArticle);
  if (state.minSources > 1) p.set('minSources', String(state.minSources));
  return p.toString();
}

export function writeLink(state) {
  const hash = linkHash(state);
  window.history.replaceState(null, '', hash ? `#${hash}` : window.location.pathname + window.location.search);
}

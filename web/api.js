// api.js — every call to the JSON API goes through here; errors come back as {error, detail}.
export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.detail ? `${body.error}: ${body.detail}` : `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

const TOKEN_KEY = 'newsgraph.token';
let askToken = null;
let pendingToken = null;

/** The page's way to get an access token when the server asks for one (401); kept for the browser session. */
export function onTokenNeeded(ask) {
  askToken = ask;
}

function tokenFromUser(message) {
  if (!pendingToken) pendingToken = askToken(message).finally(() => { pendingToken = null; });
  return pendingToken;
}

/** fetch with the session's token; on 401 asks for a token (at most three times) and tries again. */
async function request(path, init = {}) {
  for (let attempt = 0; ; attempt++) {
    const token = sessionStorage.getItem(TOKEN_KEY);
    const headers = { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(init.headers || {}) };
    const res = await fetch(path, { ...init, headers });
    if (res.status !== 401 || !askToken || attempt >= 3) return res;
    const body = await res.json().catch(() => null);
    sessionStorage.setItem(TOKEN_KEY, await tokenFromUser(body && body.detail));
  }
}

async function getJson(path, init = {}) {
  const res = await request(path, init);
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

const q = (params) => new URLSearchParams(params).toString();

const ANALYST_KEY = 'newsgraph.analyst';
let askAnalyst = null;

/** The page's way to ask the analyst's name once (kept in the browser); curation decisions carry it. */
export function onAnalystNeeded(ask) {
  askAnalyst = ask;
}

/** The analyst's name as the page keeps it, or null before it was asked. */
export const analystName = () => localStorage.getItem(ANALYST_KEY);

/** A curation write: JSON, with the analyst's name (asked for once) URL-encoded in X-Analyst. */
async function decide(path, body, method = 'POST') {
  let name = localStorage.getItem(ANALYST_KEY);
  if (!name && askAnalyst) {
    name = await askAnalyst();
    if (name) localStorage.setItem(ANALYST_KEY, name);
  }
  return getJson(path, {
    method,
    headers: { 'Content-Type': 'application/json', ...(name ? { 'X-Analyst': encodeURIComponent(name) } : {}) },
    body: JSON.stringify(body),
  });
}

export const api = {
  health: () => getJson('/api/health'),
  graph: (limit = 500, asOf = null) => getJson(`/api/graph?${q(asOf ? { limit, asOf } : { limit })}`),
  search: (text, limit = 8) => getJson(`/api/search?${q({ q: text, limit })}`),
  entity: (id) => getJson(`/api/entities/${encodeURIComponent(id)}`),
  neighbours: (id, { limit = 50, types = [] } = {}) =>
    getJson(`/api/entities/${encodeURIComponent(id)}/neighbours?${q({ limit, types: types.join(',') })}`),
  mentions: (id, limit = 50) => getJson(`/api/entities/${encodeURIComponent(id)}/mentions?${q({ limit })}`),
  relationTypes: () => getJson('/api/relation-types'),
  evidence: (source, type, target, asOf = null) =>
    getJson(`/api/evidence?${q(asOf ? { source, type, target, asOf } : { source, type, target })}`),
  timeline: () => getJson('/api/timeline'),
  /** How the structure measures stand, with those of these entities (ids: [a-z0-9_] only; at most 500). */
  structure: (ids = []) => getJson(ids.length ? `/api/structure?ids=${ids.join(',')}` : '/api/structure'),
  articles: () => getJson('/api/articles'),
  /** One article to read: header, its text in blocks, sentences with their claims, mentions (reader.js). */
  article: (id) => getJson(`/api/articles/${encodeURIComponent(id)}`),
  articleEdges: (id) => getJson(`/api/articles/${encodeURIComponent(id)}/edges`),
  /** The open suggestions between these entities (ids: [a-z0-9_] only, so the list needs no encoding). */
  suggestions: (ids, limit = 500) => getJson(`/api/suggestions?ids=${ids.map(encodeURIComponent).join(',')}&${q({ limit })}`),
  path: (from, to, asOf = null) => getJson(`/api/path?${q(asOf ? { from, to, asOf } : { from, to })}`),
  /** Up to 5 shortest paths, each hop with its evidence: {types, statuses} lists (empty: all), maxHops, asOf. */
  paths: (from, to, { types = [], statuses = [], maxHops = 6, asOf = null } = {}) => getJson(`/api/paths?${q({
    from, to, maxHops, ...(types.length ? { types: types.join(',') } : {}), ...(statuses.length ? { statuses: statuses.join(',') } : {}),
    ...(asOf ? { asOf } : {}) })}`),
  query: (query, params) => getJson('/api/query', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, params }),
  }),
  examples: () => getJson('/api/queries'),
  relations: (id, limit = 200) => getJson(`/api/entities/${encodeURIComponent(id)}/relations?${q({ limit })}`),
  review: (claim, body) => decide(`/api/claims/${encodeURIComponent(claim)}/review`, body),
  addClaim: (body) => decide('/api/claims', body),
  editEntity: (id, body) => decide(`/api/entities/${encodeURIComponent(id)}`, body, 'PATCH'),
  mergeEntity: (id, into, rev) => decide(`/api/entities/${encodeURIComponent(id)}/merge`, { into, rev }),
  splitEntity: (id, alias, rev) => decide(`/api/entities/${encodeURIComponent(id)}/split`, { alias, rev }),
  undoDecision: (id) => decide(`/api/curation/${encodeURIComponent(id)}/undo`, {}),
  decisions: (limit = 30) => getJson(`/api/curation?${q({ limit })}`),
  /** The shared workspace's notes, newest first: of one target {kind, key} (or all, when null), with words in them. */
  notes: (target = null, text = '', limit = 100) => getJson(`/api/notes?${q({
    ...(target ? { target: `${target.kind}:${target.key}` } : {}), ...(text ? { q: text } : {}), limit })}`),
  addNote: (target, text) => decide('/api/notes', { target, text }),
  deleteNote: (id) => decide(`/api/notes/${encodeURIComponent(id)}`, {}, 'DELETE'),
  /** The saved views shared through the server (saved-views.js falls back to the browser without them). */
  views: () => getJson('/api/views'),
  saveView: (name, link) => decide('/api/views', { name, link }),
  deleteView: (name) => decide(`/api/views/${encodeURIComponent(name)}`, {}, 'DELETE'),
  quality: (limit = 30) => getJson(`/api/quality?${q({ limit })}`),
  /** What changed since a day; without one, since the last import (the answer says which day). */
  digest: (since) => getJson(`/api/digest${since ? `?${q({ since })}` : ''}`),
  /** What changed since a day as a briefing file (md or html), as a Blob. */
  async digestFile(since, ext) {
    const res = await request(`/api/digest.${ext}?${q({ since })}`);
    if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null));
    return res.blob();
  },
  /** The verdicts as JSON Lines (score.py's format), as a Blob. */
  async goldFile() {
    const res = await request('/api/quality/gold.jsonl');
    if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null));
    return res.blob();
  },
  /** One pasted article {text, title?, outlet?, published?, url?}; resolves to the finished import job. */
  addText: (article) => getJson('/api/articles', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(article),
  }),
  /** Files as multipart; the custom header shows the server it is this page asking. */
  addFiles: (files) => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    return getJson('/api/articles', { method: 'POST', headers: { 'X-Requested-With': 'newsgraph' }, body: form });
  },
  importUrls: (urls) => getJson('/api/imports', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ urls }),
  }),
  importFeed: (feed) => getJson('/api/imports', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ feed }),
  }),
  importJob: (id) => getJson(`/api/imports/${encodeURIComponent(id)}`),
  /** A write without a body: the custom header shows the server it is this page asking. */
  removeArticle: (id) => getJson(`/api/articles/${encodeURIComponent(id)}`, {
    method: 'DELETE', headers: { 'X-Requested-With': 'newsgraph' },
  }),
  /** The outlets and authors of the articles: the choices of the source filters (source-filter.js). */
  sources: () => getJson('/api/sources'),
  /**
   * Which relations ("source|TYPE|target") an outlet, article or author backs with at least minSources independent
   * sources: a read sent as POST (a view's relations do not fit in a URL).
   */
  backedEdges: (body) => getJson('/api/sources/edges', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  }),
  /** A download: POST /api/export; resolves to {blob, name} with the server's file name. */
  async exportFile(body) {
    const res = await request('/api/export', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null));
    const m = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') || '');
    return { blob: await res.blob(), name: m ? m[1] : 'newsgraph-export' };
  },
};

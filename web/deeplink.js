// deeplink.js — the view in the URL hash (#focus=id&hide=Country,reported&layout=grid&path=a,b&time=2023-01..2024-06), so a
// copied link reopens the same view. Values are ids and names from fixed lists; they are never parsed as HTML.
export function readLink() {
  const p = new URLSearchParams(window.location.hash.slice(1));
  const list = (k) => (p.get(k) || '').split(',').map((x) => x.trim()).filter(Boolean);
  return { focus: p.get('focus'), hide: list('hide'), layout: p.get('layout'), path: list('path'), time: p.get('time') };
}

export function writeLink(state) {
  const p = new URLSearchParams();
  if (state.focus) p.set('focus', state.focus);
  if (state.hide && state.hide.length) p.set('hide', state.hide.join(','));
  if (state.layout && state.layout !== 'fcose') p.set('layout', state.layout);
  if (state.path && state.path.length === 2) p.set('path', state.path.join(','));
  if (state.time) p.set('time', state.time);
  const hash = p.toString();
  window.history.replaceState(null, '', hash ? `#${hash}` : window.location.pathname + window.location.search);
}

// graph-keys.js — the graph by keyboard. With the graph focused (Tab reaches it), the arrow keys move the selection
// to the nearest drawn entity in that direction (the first press takes the entity nearest the middle of the view),
// Enter shows the selected element in the panel, and the ContextMenu key or Shift+F10 opens its actions — there, and
// in the panel or on the page, for the selected element. The status line says what is selected. A right-click on
// the graph opens the element's actions, never the browser's menu.

/** Where an element is in the window: a node's centre, an edge's midpoint. */
export function screenPoint(view, ele) {
  const r = view.cy.container().getBoundingClientRect();
  // an edge drawn inside a bundle has no midpoint of its own: the middle between its ends
  const ends = () => { const a = ele.source().renderedPosition(); const b = ele.target().renderedPosition(); return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }; };
  const p = (ele.isNode() ? ele.renderedPosition() : ele.renderedMidpoint()) || ends();
  const inside = Number.isFinite(p.x) && p.x >= 0 && p.y >= 0 && p.x <= r.width && p.y <= r.height;
  return inside ? { x: r.left + p.x, y: r.top + p.y } : { x: r.left + 20, y: r.top + 20 };
}

const DIRECTIONS = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

/**
 * @param container the graph's element (focusable)
 * @param view the graph view
 * @param onShow(ele) shows an element in the panel (Enter)
 * @param onMenu(ele, x, y) opens its actions
 * @param isMenuOpen() whether a menu is open (its own keys win)
 * @param say(message) the status line
 */
export function installGraphKeys(container, view, { onShow, onMenu, isMenuOpen, say }) {
  const selected = () => {
    const all = view.cy.$(':selected');
    return all.nodes().nonempty() ? all.nodes()[0] : all[0];
  };
  const describe = (n) => `${n.data('name') || n.id()}${n.data('type') ? ` (${n.data('type')})` : ''}`
    + ' selected: Enter shows it, Shift+F10 or the menu key its actions, the arrow keys the next one.';

  /** The drawn node nearest {@code from} in direction (dx, dy): along it counts once, across it twice. */
  function next(from, [dx, dy]) {
    const nodes = view.drawn().nodes().not(from);
    if (!from) {
      const ext = view.cy.extent();
      const mid = { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
      let best = null;
      let bestD = Infinity;
      nodes.forEach((n) => { const d = Math.hypot(n.position('x') - mid.x, n.position('y') - mid.y); if (d < bestD) { best = n; bestD = d; } });
      return best;
    }
    const p = from.isNode() ? from.position() : from.midpoint();
    let best = null;
    let bestScore = Infinity;
    nodes.forEach((n) => {
      const vx = n.position('x') - p.x;
      const vy = n.position('y') - p.y;
      const along = vx * dx + vy * dy;
      if (along <= 0) return;
      const score = along + 2 * Math.abs(vx * dy - vy * dx);
      if (score < bestScore) { best = n; bestScore = score; }
    });
    return best;
  }

  container.tabIndex = 0;
  container.addEventListener('keydown', (e) => {
    if (e.target !== container || e.altKey || e.ctrlKey || e.metaKey) return;
    const dir = DIRECTIONS[e.key];
    if (dir) {
      const n = next(selected(), dir);
      if (n) {
        view.cy.elements().unselect();
        n.select();
        view.reveal(n, 60);
        say(describe(n));
      }
      e.preventDefault();
    } else if (e.key === 'Enter') {
      const s = selected();
      if (s) { onShow(s); e.preventDefault(); }
    }
  });
  // a right-click on the graph opens the element's menu (cxttap), never the browser's
  container.addEventListener('contextmenu', (e) => e.preventDefault());

  document.addEventListener('keydown', (e) => {
    const menuKey = e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey);
    if (!menuKey || isMenuOpen()) return;
    const at = document.activeElement;
    const where = !at || at === document.body || container.contains(at) || (at.closest && at.closest('#details, #side'));
    if (!where || (at && ['INPUT', 'TEXTAREA', 'SELECT'].includes(at.tagName))) return;
    e.preventDefault();
    const s = selected();
    if (!s) { say('Select an entity or a relation first: Tab to the graph and use the arrow keys, or search with /.'); return; }
    const { x, y } = screenPoint(view, s);
    onMenu(s, x, y);
  });
  // the browser's own menu, which the same keys ask for, stays shut while ours is open
  document.addEventListener('contextmenu', (e) => { if (isMenuOpen()) e.preventDefault(); });
}

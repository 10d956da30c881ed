// context-menu.js — a menu of actions at a point of the screen (role menu, its items role menuitem), built from a
// list the caller gives: {label, run} for an action, {label, submenu: async () => items} for a submenu, {label,
// disabled: true} for one that cannot be done now (announced, skipped by nothing: it says why in its label).
// Keyboard (WAI-ARIA menu pattern): Up/Down move (wrapping), Home/End, Enter or Space runs the item or opens its
// submenu, Right opens a submenu, Left or Escape closes it, Escape closes the menu and gives the focus back to where
// it was, Tab closes it; a letter moves to the next item starting with it. A click outside closes it. DOM from text
// nodes; its place is set by a zero-length animation that holds (no style attribute: the page's styles stay in
// app.css).
import { el } from './dom.js';

/** Moves {@code menu} (position: fixed at 0 0 in app.css) to (x, y) in the window, kept inside it. */
function place(menu, x, y) {
  const box = menu.getBoundingClientRect();
  const left = Math.max(4, Math.min(x, window.innerWidth - box.width - 4));
  const top = Math.max(4, Math.min(y, window.innerHeight - box.height - 4));
  if (menu.placed) menu.placed.cancel();
  menu.placed = menu.animate([{ translate: `${Math.round(left)}px ${Math.round(top)}px` }], { duration: 0, fill: 'forwards' });
}

export function createContextMenu({ onClose = () => {} } = {}) {
  /** Open menus, the main one first, then its open submenu. */
  const open = [];
  let returnTo = null;
  let ticket = 0;

  const items = (menu) => [...menu.querySelectorAll(':scope > [role=menuitem]')];

  function focusItem(menu, item) {
    items(menu).forEach((i) => { i.tabIndex = i === item ? 0 : -1; });
    if (item) item.focus();
  }

  function move(menu, by) {
    const all = items(menu);
    const at = all.indexOf(document.activeElement);
    focusItem(menu, all[(at + by + all.length) % all.length]);
  }

  /** Closes the submenus above {@code depth} (0 closes everything). */
  function closeFrom(depth) {
    while (open.length > depth) {
      const menu = open.pop();
      if (menu.opener) menu.opener.setAttribute('aria-expanded', 'false');
      menu.remove();
    }
  }

  function close(restoreFocus = true) {
    if (!open.length) return;
    ticket++;
    closeFrom(0);
    document.removeEventListener('pointerdown', outside, true);
    if (restoreFocus && returnTo && returnTo.isConnected) returnTo.focus();
    returnTo = null;
    onClose();
  }

  function outside(e) {
    if (!open.some((m) => m.contains(e.target))) close(false);
  }

  async function openSubmenu(item, spec, depth) {
    closeFrom(depth + 1);
    const mine = ++ticket;
    item.setAttribute('aria-busy', 'true');
    const list = await spec.submenu();
    item.removeAttribute('aria-busy');
    if (mine !== ticket || !open.includes(item.parentElement)) return;
    const menu = build(list, spec.label, depth + 1);
    menu.opener = item;
    item.setAttribute('aria-expanded', 'true');
    const r = item.getBoundingClientRect();
    document.body.append(menu);
    open.push(menu);
    place(menu, r.right - 2, r.top);
    focusItem(menu, items(menu)[0]);
  }

  function activate(item, spec, depth) {
    if (spec.disabled) return;
    if (spec.submenu) { openSubmenu(item, spec, depth); return; }
    close(true); // the focus goes back first; an action that shows something moves it there
    Promise.resolve().then(() => spec.run());
  }

  function build(list, label, depth) {
    const menu = el('div', { className: `context-menu${depth ? ' context-submenu' : ''}` });
    menu.setAttribute('role', 'menu');
    menu.setAttribute('aria-label', label);
    menu.dataset.depth = String(depth);
    for (const spec of list) {
      if (spec.separator) {
        const hr = el('div', 'menu-separator');
        hr.setAttribute('role', 'separator');
        menu.append(hr);
        continue;
      }
      const item = el('button', { type: 'button', className: 'menu-item', tabIndex: -1 }, spec.label);
      item.setAttribute('role', 'menuitem');
      if (spec.id) item.id = spec.id;
      if (spec.disabled) item.setAttribute('aria-disabled', 'true');
      if (spec.submenu) {
        item.setAttribute('aria-haspopup', 'menu');
        item.setAttribute('aria-expanded', 'false');
      }
      item.addEventListener('click', () => activate(item, spec, depth));
      item.addEventListener('keydown', (e) => {
        if (e.key === 'ArrowRight' && spec.submenu) activate(item, spec, depth);
        else if (e.key === 'Enter' || e.key === ' ') activate(item, spec, depth);
        else return;
        e.preventDefault();
        e.stopPropagation();
      });
      menu.append(item);
    }
    menu.addEventListener('keydown', (e) => {
      const mine = open.indexOf(menu);
      if (e.key === 'ArrowDown') move(menu, 1);
      else if (e.key === 'ArrowUp') move(menu, -1);
      else if (e.key === 'Home') focusItem(menu, items(menu)[0]);
      else if (e.key === 'End') focusItem(menu, items(menu).at(-1));
      else if ((e.key === 'Escape' || e.key === 'ArrowLeft') && mine > 0) {
        const opener = menu.opener;
        closeFrom(mine);
        focusItem(open[mine - 1], opener);
      } else if (e.key === 'Escape') close(true);
      else if (e.key === 'Tab') { close(true); return; }
      else if (e.key.length === 1 && /\S/.test(e.key)) {
        const all = items(menu);
        const at = all.indexOf(document.activeElement);
        const next = [...all.slice(at + 1), ...all.slice(0, at + 1)]
          .find((i) => i.textContent.trim().toLowerCase().startsWith(e.key.toLowerCase()));
        if (next) focusItem(menu, next);
      } else return;
      e.preventDefault();
      e.stopPropagation();
    });
    menu.addEventListener('contextmenu', (e) => e.preventDefault());
    return menu;
  }

  return {
    /**
     * Opens a menu named {@code label} with {@code list} at (x, y) in the window; the focus moves to its first item
     * and comes back to what had it when the menu is left with Escape or Tab.
     */
    open(list, label, x, y) {
      const focused = document.activeElement;
      close(false);
      returnTo = focused && focused !== document.body ? focused : null;
      const menu = build(list, label, 0);
      document.body.append(menu);
      open.push(menu);
      place(menu, x, y);
      focusItem(menu, items(menu)[0]);
      document.addEventListener('pointerdown', outside, true);
      return menu;
    },
    close,
    isOpen: () => open.length > 0,
  };
}

// relations-table.js — an entity's relations as a sortable table (type, other end, claims, articles, dates,
// status). Each row's button opens that relation's evidence: the keyboard route into the graph; the other end's
// name focuses that entity. Arrow keys move between the rows' relations; the column buttons sort (again: the other
// way round).
import { el, readableType } from './dom.js';
import { entityLink } from './entity-link.js';

const COLUMNS = [
  ['type', 'Relation'], ['otherName', 'Other end'], ['claims', 'Claims'], ['articles', 'Articles'],
  ['firstDate', 'Dates'], ['status', 'Status'],
];
const NUMERIC = new Set(['claims', 'articles']);

function compare(key, dir) {
  return (a, b) => {
    const x = a[key];
    const y = b[key];
    if (x == null && y == null) return 0;
    if (x == null) return 1; // missing values last, whichever way
    if (y == null) return -1;
    return (NUMERIC.has(key) ? x - y : String(x).localeCompare(String(y))) * dir;
  };
}

/** The relation as read from this entity: "supplied →" or "← supplied", or "met" when it has no direction. */
const reading = (r) => {
  const name = readableType(r.type);
  if (r.symmetric) return name;
  return r.direction === 'out' ? `${name} →` : `← ${name}`;
};

export function relationsTable({ relations, total }, onOpen) {
  let key = 'claims';
  let dir = -1;
  const table = el('table', 'relations');
  table.setAttribute('aria-label', `relations (${total})`);
  const thead = el('thead');
  const head = el('tr');
  const tbody = el('tbody');
  thead.append(head);
  table.append(el('caption', null, total > relations.length ? `${relations.length} of ${total} relations, strongest first`
    : `${total} relation${total === 1 ? '' : 's'}`), thead, tbody);

  function fill() {
    tbody.replaceChildren();
    for (const r of [...relations].sort(compare(key, dir))) {
      const tr = el('tr');
      const open = el('button', { type: 'button', className: 'link-button' }, reading(r));
      open.dataset.edge = r.edge;
      open.addEventListener('click', () => onOpen(r));
      const first = el('td');
      first.append(open);
      const other = el('td');
      other.append(entityLink(r.other, r.otherName));
      tr.append(first, other, el('td', 'num', r.claims), el('td', 'num', r.articles),
        el('td', null, [...new Set([r.firstDate, r.lastDate].filter(Boolean))].join(' – ') || '—'),
        el('td', null, r.status));
      tbody.append(tr);
    }
    head.querySelectorAll('th').forEach((th) => {
      th.setAttribute('aria-sort', th.dataset.key === key ? (dir > 0 ? 'ascending' : 'descending') : 'none');
    });
  }

  for (const [k, label] of COLUMNS) {
    const th = el('th', { scope: 'col' });
    th.dataset.key = k;
    const b = el('button', { type: 'button', className: 'link-button' }, label);
    b.addEventListener('click', () => {
      dir = key === k ? -dir : (NUMERIC.has(k) ? -1 : 1);
      key = k;
      fill();
    });
    th.append(b);
    head.append(th);
  }
  tbody.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...tbody.querySelectorAll('button[data-edge]')]; // the relations, not the names beside them
    const row = document.activeElement.closest('tr');
    const at = buttons.findIndex((b) => b.closest('tr') === row);
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next) { next.focus(); e.preventDefault(); }
  });
  fill();
  return table;
}

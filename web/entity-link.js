// entity-link.js — an entity's name as a button that focuses the entity: names in the panels, the evidence, the
// path panel and the digest pivot to the entity they name. One listener (listenForEntityLinks) handles them all: a
// module only writes entityLink(id, name).
import { el } from './dom.js';

const ENTITY_ID = /^[a-z0-9_]{1,120}$/;

/** The name as a link-styled button carrying the entity's id; the plain name when the id is not one. */
export function entityLink(id, name) {
  if (!ENTITY_ID.test(String(id || ''))) return el('span', null, name || id || '');
  const b = el('button', { type: 'button', className: 'link-button entity-link', title: `Focus ${name || id}` }, name || id);
  b.dataset.entity = id;
  return b;
}

/**
 * Clicks on entity links anywhere below {@code root} call {@code onEntity(id)}; a link inside a dialog (the digest)
 * closes that dialog first.
 */
export function listenForEntityLinks(root, onEntity) {
  root.addEventListener('click', (e) => {
    const link = e.target.closest && e.target.closest('button.entity-link[data-entity]');
    if (!link) return;
    const dialog = link.closest('dialog');
    if (dialog && dialog.open) dialog.close();
    onEntity(link.dataset.entity);
  });
}

// copy.js — copies a text (an id, a Cypher query) with the Clipboard API; where the browser refuses (no permission,
// not a secure context), a dialog shows the text selected, to copy by hand (Ctrl+C), and says so.
import { el } from './dom.js';

let dialog = null;

/** The fallback: a small dialog with the text selected in a read-only field. */
function showByHand(text, what) {
  if (!dialog) {
    dialog = el('dialog', { className: 'expand-dialog copy-dialog', id: 'copy-dialog' });
    dialog.setAttribute('aria-labelledby', 'copy-title');
    const field = el('textarea', { id: 'copy-text', readOnly: true, rows: 3, className: 'code' });
    field.setAttribute('aria-label', 'text to copy');
    const close = el('button', { type: 'button', id: 'copy-close' }, 'Close');
    close.addEventListener('click', () => dialog.close());
    const bar = el('div', 'actions');
    bar.append(close);
    dialog.append(el('h3', { id: 'copy-title' }), el('p', 'note', 'The browser did not let the page copy it: press Ctrl+C (⌘C), then Escape.'),
      field, bar);
    document.body.append(dialog);
  }
  dialog.querySelector('#copy-title').textContent = `Copy ${what}`;
  const field = dialog.querySelector('#copy-text');
  field.value = text;
  dialog.showModal();
  field.focus();
  field.select();
}

/**
 * Copies {@code text}; resolves to a sentence for the status line ("Copied the id: …", or that the text is shown to
 * copy by hand).
 */
export async function copyText(text, what) {
  try {
    if (!navigator.clipboard || !window.isSecureContext) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return `Copied the ${what}: ${text.length > 80 ? `${text.slice(0, 80)}…` : text}`;
  } catch (e) {
    showByHand(text, what);
    return `The ${what} is shown selected: press Ctrl+C to copy it.`;
  }
}

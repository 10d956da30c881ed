// notes.js — the analysts' shared notes (/api/notes): a "Notes" section for an entity, a relation or an article
// (its notes, newest first, a labelled textarea and "Add note"), and the notes dialog of the bar (every note,
// searchable, each opening what it is about). Notes are kept by the server in import/curation/workspace/, so they
// reach colleagues with the import folder. DOM from text nodes only.
import { api } from './api.js';
import { el } from './dom.js';
import { button } from './panel-parts.js';

let counter = 0;

/** "Ana · 14:02 local" (the UTC moment as a tooltip). */
function meta(n) {
  const when = n.at ? new Date(n.at) : null;
  const local = when && !Number.isNaN(when.getTime())
    ? `${when.toLocaleDateString()} ${when.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })} local` : '';
  const line = el('div', 'note-meta', [n.analyst || 'unknown', local].filter(Boolean).join(' · '));
  if (n.at) line.title = n.at;
  return line;
}

/** One note: its text (line breaks kept), who and when, and Delete. */
function noteItem(n, onDelete, about = null) {
  const li = el('li', 'note-item');
  li.dataset.note = n.id;
  if (about) li.append(about);
  li.append(el('p', 'note-text', n.text), meta(n));
  const del = button('Delete', () => onDelete(n, del), null);
  del.classList.add('link-button', 'note-delete');
  del.setAttribute('aria-label', `Delete the note by ${n.analyst || 'unknown'}`);
  li.append(del);
  return li;
}

/**
 * The notes of one target ({kind: entity|relation|article, key}) as a section to append to a panel; it loads itself.
 * Without the notes API (a server without the review features) the section stays hidden.
 */
export function notesSection(target, { report = () => {} } = {}) {
  const id = `notes-${++counter}`;
  const section = el('section', 'notes');
  section.setAttribute('aria-labelledby', `${id}-title`);
  section.dataset.target = `${target.kind}:${target.key}`;
  const title = el('h4', { id: `${id}-title` }, 'Notes');
  const list = el('ul', 'notes-list');
  const text = el('textarea', { id: `${id}-text`, rows: 3, maxLength: 5000, className: 'note-input' });
  text.setAttribute('aria-label', `a note on this ${target.kind}`);
  text.placeholder = 'A note for colleagues…';
  const add = button('Add note', () => save(), null);
  add.classList.add('note-add');
  const said = el('p', { className: 'note-status' });
  said.setAttribute('aria-live', 'polite');
  section.append(title, list, text, add, said);
  section.hidden = true;

  async function load() {
    try {
      const answer = await api.notes(target);
      list.replaceChildren(...answer.notes.map((n) => noteItem(n, remove)));
      title.textContent = answer.notes.length ? `Notes (${answer.notes.length})` : 'Notes';
      section.hidden = false;
      section.dataset.loaded = 'true';
    } catch (e) {
      if (e.status !== 404) report(e); // 404: this server keeps no notes
    }
  }
  async function save() {
    const words = text.value.trim();
    if (!words) { said.textContent = 'Write the note first.'; text.focus(); return; }
    add.disabled = true;
    said.textContent = 'saving…';
    try {
      await api.addNote(target, words);
      text.value = '';
      said.textContent = 'Note added.';
      await load();
    } catch (e) {
      said.textContent = `Not saved: ${e.message}`;
    } finally {
      add.disabled = false;
    }
  }
  async function remove(n, control) {
    if (!window.confirm('Delete this note for everyone?')) return;
    control.disabled = true;
    try {
      await api.deleteNote(n.id);
      said.textContent = 'Note deleted.';
      await load();
      text.focus();
    } catch (e) {
      control.disabled = false;
      said.textContent = `Not deleted: ${e.message}`;
    }
  }
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); save(); }
  });
  load();
  return section;
}

/**
 * The notes dialog of the bar: every note, newest first, with a search box; each note names what it is about as a
 * button that opens it. {@code open}: {entity(id), relation(source, type, target), article(id)}.
 */
export function createNotesDialog(dialog, { report, open }) {
  const search = dialog.querySelector('#notes-search');
  const list = dialog.querySelector('#notes-all');
  const said = dialog.querySelector('#notes-said');
  let asked = 0;

  function about(n) {
    const kind = { entity: 'entity', relation: 'relation', article: 'article' }[n.target.kind] || n.target.kind;
    const b = el('button', { type: 'button', className: 'link-button note-about' }, n.label || n.target.key);
    b.title = `${kind}: ${n.target.key}${n.label ? '' : ' (not in the graph now)'}`;
    b.addEventListener('click', () => {
      dialog.close();
      const [source, type, target] = n.target.key.split('|');
      if (n.target.kind === 'entity') open.entity(n.target.key);
      else if (n.target.kind === 'relation') open.relation(source, type, target);
      else open.article(n.target.key);
    });
    const line = el('div', 'note-target');
    line.append(document.createTextNode(`On the ${kind} `), b);
    return line;
  }
  async function show() {
    const mine = ++asked;
    const answer = await api.notes(null, search.value.trim(), 200);
    if (mine !== asked) return;
    list.replaceChildren(...answer.notes.map((n) => noteItem(n, remove, about(n))));
    said.textContent = answer.notes.length ? `${answer.notes.length} note${answer.notes.length === 1 ? '' : 's'}`
      + `${search.value.trim() ? ` with "${search.value.trim()}"` : ''}, newest first.`
      : (search.value.trim() ? `No note with "${search.value.trim()}".` : 'No notes yet: add one in an entity\'s, a relation\'s or an article\'s panel.');
    dialog.dataset.shown = search.value.trim();
  }
  async function remove(n) {
    if (!window.confirm('Delete this note for everyone?')) return;
    try { await api.deleteNote(n.id); await show(); } catch (e) { said.textContent = `Not deleted: ${e.message}`; }
  }
  let typing = null;
  search.addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(() => show().catch(report), 250); });
  search.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); clearTimeout(typing); show().catch(report); } });
  document.getElementById('notes-open').addEventListener('click', () => show().then(() => { dialog.showModal(); search.focus(); })
    .catch((e) => report(e.status === 404 ? new Error('This server keeps no notes (review features off).') : e)));
  dialog.querySelector('#notes-close').addEventListener('click', () => dialog.close());
}

// dom.js — the page's element helpers. The DOM is built from properties and text nodes, never from HTML strings.

/**
 * A new element. `props` is a class name (string) or an object of properties ({className, type, value, …});
 * `text`, when given, becomes its text content.
 */
export function el(tag, props, text) {
  const e = document.createElement(tag);
  if (typeof props === 'string') e.className = props;
  else if (props) Object.assign(e, props);
  if (text != null) e.textContent = String(text);
  return e;
}

/** Appends one <option> per [value, label] pair to a <select>. */
export function addOptions(select, pairs) {
  for (const [value, label] of pairs) select.append(el('option', { value }, label));
}

/** Hands a Blob to the browser as a download named {@code name} (the object URL is let go afterwards). */
export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A relation type as people read it: SUPPLIED → "supplied", AT_WAR_WITH → "at war with". */
export const readableType = (type) => type.toLowerCase().replaceAll('_', ' ');

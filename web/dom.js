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

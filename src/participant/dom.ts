/** Attributes and properties of an element made by `h`: strings become attributes, functions listeners. */
type Props = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

/**
 * Makes an element: `on<event>` props are listeners, `false`/null/undefined props are left out, `true` is
 * an empty attribute. The participant page is built with this rather than React, whose 69 kB gzip alone
 * would take the page past its 100 kB budget (README, "Workshops").
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Array<Node | string | null | undefined | false>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) el.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: Array<Node | string | null | undefined | false>): void {
  el.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

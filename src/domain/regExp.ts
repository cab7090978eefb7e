/**
 * `text` with every character that has a meaning in a regular expression escaped, so that `new RegExp`
 * of it matches the text as written: one helper for the Mermaid cursor's needles and the library's copy
 * names, which each had their own.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/** Opening bidirectional controls: embeddings and overrides (LRE, RLE, LRO, RLO), then isolates (LRI, RLI, FSI). */
const EMBEDDINGS = '\u202a\u202b\u202d\u202e';
const ISOLATES = '\u2066\u2067\u2068';
const PDF = '\u202c';
const PDI = '\u2069';

/**
 * `text` with the bidirectional embeddings, overrides and isolates it leaves open closed at its end (PDF,
 * PDI), as the Unicode Bidirectional Algorithm (UAX #9, rules X6a and X7) pairs them: a name written with a
 * right-to-left override must not reverse the words the app writes after it ("(copia)", " · Recorrido").
 * Text that closes what it opens comes back as it was.
 */
export function closeBidi(text: string): string {
  const open: string[] = [];
  for (const char of text) {
    if (EMBEDDINGS.includes(char) || ISOLATES.includes(char)) open.push(char);
    else if (char === PDF && open.length > 0 && EMBEDDINGS.includes(open[open.length - 1])) open.pop();
    else if (char === PDI) {
      // A PDI closes its isolate and every embedding opened inside it; one with no isolate open does nothing.
      const at = open.findLastIndex((c) => ISOLATES.includes(c));
      if (at >= 0) open.length = at;
    }
  }
  return open.length === 0
    ? text
    : text +
        open
          .reverse()
          .map((c) => (ISOLATES.includes(c) ? PDI : PDF))
          .join('');
}

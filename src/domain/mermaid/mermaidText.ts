/**
 * How text travels inside a Mermaid `journey` diagram, both ways. From Mermaid's grammar
 * (packages/mermaid/src/diagrams/user-journey/parser/journey.jison) and its preprocessing:
 * - a task name or section name stops at ':', '#', ';' or a line break; a title at '#', ';' or a line break;
 * - '#' starts a comment that runs to the end of the line, and a line starting with `%%` is a comment;
 * - before lexing, Mermaid turns entity codes `#35;` (a decimal code point) or `#quot;` (an HTML entity
 *   name) into the character they name, so they are the way to write '#', ';' or ':' inside a name;
 * - `<br>` (also `<br/>`, `<br />`) is a line break in labels.
 * Words at the start of a line are keywords (case-insensitive): `journey`, `title `, `section `,
 * `accTitle:`, `accDescr:` and `accDescr {`.
 */

/** HTML entity names Mermaid users write as `#name;`, with the character each names. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  num: '#',
  semi: ';',
  colon: ':',
  comma: ',',
  percnt: '%',
  excl: '!',
  iexcl: '¡',
  iquest: '¿',
  lpar: '(',
  rpar: ')',
  lbrace: '{',
  rbrace: '}',
  lcub: '{',
  rcub: '}',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
  hearts: '♥',
  check: '✓',
};

/** The character an entity code's body (between '#' and ';') names, or undefined if none. */
export function entityCharacter(body: string): string | undefined {
  if (/^\+?\d+$/.test(body)) {
    const code = Number(body);
    // Control characters have no business in a label (HTML shows them as a replacement character).
    const control = code < 0x20 ? code !== 0x09 && code !== 0x0a : code >= 0x7f && code < 0xa0;
    return !control && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body] : undefined;
}

/** Mermaid's `<br>` line breaks in labels, as written by hand: `<br>`, `<br/>`, `<br />`, `</br>`. */
export const LINE_BREAK = /<\/?br\s*\/?>/gi;

/** Where escaped text goes: each place of the grammar refuses different characters. */
export type MermaidTextPlace = 'title' | 'section' | 'task' | 'actor' | 'block';

const code = (char: string) => `#${char.codePointAt(0)};`;

// A name starting like a keyword would be read as that keyword.
const KEYWORD_START = /^(journey|title\s|section\s|acctitle\s*:|accdescr\s*[:{])/i;

/**
 * Escapes text so that Mermaid (and parseMermaidJourney) read it back as written in the given place:
 * '#', ';', doubled '%', '<' and '>' always become entity codes; ':' too except in a title (which may hold
 * one); ',' in an actor name; '}' in an `accDescr { }` block; a leading '"' (which the importer would take
 * for quotes to remove); the first letter of a name that starts like a keyword. Line breaks become `<br>`
 * (inside a block they stay line breaks). An empty name becomes `#32;`, a space the importer trims away,
 * because Mermaid refuses an empty task or section name.
 */
export function escapeMermaidText(text: string, place: MermaidTextPlace): string {
  const pattern = place === 'block' ? /%{2,}|[#;<>}]/g : /%{2,}|[#;:<>,]|\r\n|\r|\n/g;
  let out = text.trim().replace(pattern, (match) => {
    if (match.startsWith('%')) return code('%').repeat(match.length);
    if (match === ':' && place === 'title') return match;
    if (match === ',' && place !== 'actor') return match;
    if (match === '\n' || match === '\r' || match === '\r\n') return '<br>';
    return code(match);
  });
  if (place === 'block') return out;
  if (out.startsWith('"')) out = code('"') + out.slice(1);
  if (KEYWORD_START.test(out)) out = code(out[0]) + out.slice(1);
  return out === '' && place !== 'title' ? code(' ') : out;
}

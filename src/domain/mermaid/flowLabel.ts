import type { FlowCursor } from './flowCursor';
import { decodeHtml } from './mermaidSource';
import { entityCharacter, LINE_BREAK } from './mermaidText';

/**
 * Flowchart label text, as Mermaid writes and renders it (https://mermaid.js.org/syntax/flowchart.html):
 * plain text up to the shape's closing bracket, a "quoted string" (which may hold brackets), or a
 * "`markdown string`" (bold and italics, line breaks kept). Mermaid turns `#quot;`-style entity codes into
 * characters before parsing, and renders labels as HTML: `<br>` breaks the line, tags format, `&amp;` is '&'.
 */

/** Label text as written, before decoding. */
export interface RawLabel {
  text: string;
  markdown: boolean;
}

/** Tags Mermaid's HTML labels may hold for formatting: their words are kept, the tags dropped. */
const FORMAT_TAG =
  /<\/?(?:b|i|u|s|em|strong|small|big|sub|sup|mark|code|span|font|p|div|strike|del|ins|a)(?:\s[^<>]*)?\/?>/gi;

/** The plain words of a label: entity codes, `<br>`, formatting tags, HTML entities and Markdown resolved. */
export function labelText({ text, markdown }: RawLabel): string {
  let out = text.replace(/#(\w+);/g, (whole, body: string) => entityCharacter(body) ?? whole);
  out = out.replace(LINE_BREAK, '\n').replace(FORMAT_TAG, '');
  if (markdown) {
    // Emphasis markers go (the words stay); a markdown string's own line breaks are line breaks.
    out = out
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}])([*_])(\S(?:.*?\S)?)\2(?![\p{L}\p{N}])/gu, '$1$3');
  }
  return decodeHtml(out)
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

/** The characters a markdown string cannot hold: the first one ends it, and must be its closing "`". */
const MARKDOWN_END = /[`"]/g;

/**
 * Reads a quoted string at the cursor, if there is one: `"text"` (on one line, no '"' inside, as Mermaid's
 * strings) or "`markdown`" (which may span lines, holding neither '`' nor '"', as in Mermaid's lexer).
 * Returns null and does not move when the cursor is at no '"'; 'unclosed' when the string never closes
 * (the cursor then stays at its opening quote). A markdown string meeting another quote or backtick before
 * its "`" is unclosed too: taking the "`" of a later string would swallow the lines between.
 */
export function readQuoted(cursor: FlowCursor): RawLabel | 'unclosed' | null {
  if (cursor.peek() !== '"') return null;
  const start = cursor.pos;
  const markdown = cursor.peek(2) === '"`';
  const close = markdown ? (cursor.search(MARKDOWN_END, start + 2)?.index ?? -1) : cursor.findInLine('"', start + 1);
  if (close < 0 || (markdown && cursor.text.slice(close, close + 2) !== '`"')) return 'unclosed';
  cursor.pos = close + (markdown ? 2 : 1);
  return { text: cursor.text.slice(start + (markdown ? 2 : 1), close), markdown };
}

/**
 * Reads a shape's text and its closing bracket (any of `closers`) at the cursor, just past the opening one:
 * a quoted string, or plain text up to the first closer on the same line. 'unclosed' when no closer is found,
 * or when the plain text opens more brackets than it closes, as the closer then belongs to a later shape
 * (the cursor does not move).
 */
export function readShapeText(cursor: FlowCursor, closers: readonly string[]): RawLabel | 'unclosed' {
  const start = cursor.pos;
  cursor.skipSpaces();
  const quoted = readQuoted(cursor);
  if (quoted === 'unclosed') {
    cursor.pos = start;
    return 'unclosed';
  }
  if (quoted) {
    cursor.skipSpaces();
    const closer = closers.find((c) => cursor.peek(c.length) === c);
    if (closer) {
      cursor.pos += closer.length;
      return quoted;
    }
    // Text after the quotes ("a" b]): Mermaid refuses it; read the whole as plain text.
    cursor.pos = start;
  }
  let best = -1;
  let bestCloser = '';
  for (const closer of closers) {
    const at = cursor.findInLine(closer, start);
    if (at >= 0 && (best < 0 || at < best)) {
      best = at;
      bestCloser = closer;
    }
  }
  const text = best < 0 ? '' : cursor.text.slice(start, best);
  // `A[Sin cerrar --> B[Bien]`: the closer found is a later shape's, whose opener the text still holds open.
  if (best < 0 || count(text, /[[({]/g) > count(text, /[\])}]/g)) {
    cursor.pos = start;
    return 'unclosed';
  }
  cursor.pos = best + bestCloser.length;
  return { text, markdown: false };
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * Line breaking and ellipses for text drawn outside the browser's layout: the PNG (Canvas 2D measureText)
 * and the PDF (Helvetica metrics) both wrap through here, each passing its own `measure`. The rules follow
 * what the screen does with `white-space: normal; overflow-wrap: anywhere`: runs of spaces collapse, lines
 * break between words, a word wider than the line breaks between any two characters. Characters are
 * grapheme clusters (Intl.Segmenter where the runtime has it), so an accent, a flag or an emoji sequence is
 * never split.
 */

/** Width of a single-line text in the caller's font and unit (canvas px, PDF points). */
export type Measure = (text: string) => number;

/** What ends a cut text: one character, U+2026, which WinAnsi (the PDF) has too. */
export const ELLIPSIS = '…';

/** Whitespace a line may break at: all of it except the no-break spaces (U+00A0, U+2007, U+202F). */
const BREAKABLE = /[^\S\u00a0\u2007\u202f]+/;
/** Paragraph breaks: CR, LF, CRLF and the Unicode line and paragraph separators. */
const PARAGRAPH = /\r\n|[\r\n\u2028\u2029]/;

let segmenter: Intl.Segmenter | null | undefined;

/** The text's user-perceived characters (grapheme clusters); code points where Intl.Segmenter is missing. */
export function graphemes(text: string): string[] {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined) : null;
  }
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
}

/** The longest start of `text` that fits with an ellipsis after it (at worst the ellipsis alone). */
function cut(text: string, maxWidth: number, measure: Measure): string {
  const parts = graphemes(text);
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(parts.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return parts.slice(0, low).join('').trimEnd() + ELLIPSIS;
}

/** `text` itself when it fits in `maxWidth`, else its longest start that fits followed by an ellipsis. */
export function ellipsize(text: string, maxWidth: number, measure: Measure): string {
  return measure(text) <= maxWidth ? text : cut(text, maxWidth, measure);
}

/** Splits a word wider than the line into pieces that fit, between graphemes (overflow-wrap: anywhere). */
function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const grapheme of graphemes(word)) {
    if (piece !== '' && measure(piece + grapheme) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += grapheme;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** A wrapped line, and whether the next line goes on inside the same word (it was broken mid-word). */
interface Line {
  text: string;
  midWord: boolean;
}

/** Greedy line breaking of one paragraph. */
function wrapParagraph(paragraph: string, maxWidth: number, measure: Measure): Line[] {
  const lines: Line[] = [];
  let line = '';
  for (const word of paragraph.split(BREAKABLE)) {
    if (word === '') continue;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push({ text: line, midWord: false });
    const pieces = measure(word) <= maxWidth ? [word] : breakWord(word, maxWidth, measure);
    lines.push(...pieces.slice(0, -1).map((text) => ({ text, midWord: true })));
    line = pieces[pieces.length - 1] ?? '';
  }
  if (line !== '') lines.push({ text: line, midWord: false });
  return lines;
}

/** How wrapLines treats line limits and line breaks. */
export interface WrapOptions {
  /** Most lines to return (at least 1); past it the last line ends in an ellipsis. No limit by default. */
  maxLines?: number;
  /**
   * `keep` (default): CR, LF and CRLF start a new paragraph, as in the PDF's descriptions. `collapse`: they
   * are spaces like any other, as in the browser's `white-space: normal` (the PNG's card titles).
   */
  lineBreaks?: 'keep' | 'collapse';
}

/**
 * Wraps `text` into lines no wider than `maxWidth` (a single grapheme wider than that gets a line of its
 * own). Blank paragraphs give no lines; empty or blank text gives none at all.
 */
export function wrapLines(text: string, maxWidth: number, measure: Measure, options: WrapOptions = {}): string[] {
  const { maxLines = Infinity, lineBreaks = 'keep' } = options;
  const paragraphs = lineBreaks === 'keep' ? text.split(PARAGRAPH) : [text];
  const lines = paragraphs.flatMap((p) => wrapParagraph(p, maxWidth, measure));
  const limit = Math.max(1, maxLines);
  if (lines.length <= limit) return lines.map((l) => l.text);
  const kept = lines.slice(0, limit).map((l) => l.text);
  // The last kept line fills up with what follows, then says that more was left out.
  const last = lines[limit - 1];
  kept[limit - 1] = cut(last.text + (last.midWord ? '' : ' ') + lines[limit].text, maxWidth, measure);
  return kept;
}

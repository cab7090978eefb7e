/**
 * Line breaking and ellipses for text drawn outside the browser's layout: the PNG (Canvas 2D measureText)
 * and the PDF (font metrics) both wrap through here, each passing its own `measure`. The rules follow
 * what the screen does with `white-space: normal; overflow-wrap: anywhere`: runs of spaces collapse, lines
 * break between words, a word wider than the line breaks between any two characters. Characters are
 * grapheme clusters (Intl.Segmenter where the runtime has it), so an accent, a flag or an emoji sequence is
 * never split. Text is cleaned first (`cleanText`): the one rule for line breaks and control characters
 * that the canvas, the PNG, the PDF and the CSV share. Each line carries its paragraph's direction
 * (domain/look/direction.ts), which a right-to-left line is aligned and reordered by.
 */
import { baseDirection, type Direction } from './direction';

export type { Direction } from './direction';

/**
 * Width of a single-line text in the caller's font and unit (canvas px, PDF points). `direction` is that of
 * the paragraph the line belongs to; a measure that reorders right-to-left text (the PDF's) may need it.
 */
export type Measure = (text: string, direction: Direction) => number;

/** A wrapped line and the direction of its paragraph. */
export interface TextLine {
  text: string;
  direction: Direction;
}

/**
 * Line breaks as typed or imported: CRLF, CR, LF, the Unicode line and paragraph separators (U+2028,
 * U+2029), next line (U+0085), vertical tab and form feed.
 */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085\v\f]/g;
/** Control characters (Unicode category Cc) other than the line breaks above and the tab. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

/**
 * Text as every view and export shows it: each line break (CRLF, CR, LF, U+2028, U+2029, NEL, VT, FF)
 * becomes one LF with `keep` or one space with `collapse` (the screen's `white-space: normal`), a tab a
 * space, and other control characters (C0, DEL, C1) are removed, so they never print as glyphs. Invisible
 * format characters (joiners, bidirectional marks) stay: emoji sequences and right-to-left text need them.
 */
export function cleanText(text: string, lineBreaks: 'keep' | 'collapse' = 'keep'): string {
  return text
    .replace(LINE_BREAK, lineBreaks === 'keep' ? '\n' : ' ')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '');
}

/** What ends a cut text: one character, U+2026, which WinAnsi (the PDF) has too. */
export const ELLIPSIS = '…';

/** Whitespace a line may break at: all of it except the no-break spaces (U+00A0, U+2007, U+202F). */
const BREAKABLE = /[^\S\u00a0\u2007\u202f]+/;

let segmenter: Intl.Segmenter | null | undefined;

/** The text's user-perceived characters (grapheme clusters); code points where Intl.Segmenter is missing. */
export function graphemes(text: string): string[] {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined) : null;
  }
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
}

/** The longest start of `text` that fits with an ellipsis after it (at worst the ellipsis alone). */
function cut(text: string, maxWidth: number, measure: Measure, direction: Direction): string {
  const parts = graphemes(text);
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(parts.slice(0, mid).join('').trimEnd() + ELLIPSIS, direction) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return parts.slice(0, low).join('').trimEnd() + ELLIPSIS;
}

/**
 * `text` on one line (cleaned, line breaks as spaces) when it fits in `maxWidth`, else its longest start
 * that fits followed by an ellipsis.
 */
export function ellipsize(text: string, maxWidth: number, measure: Measure): string {
  const line = cleanText(text, 'collapse');
  const direction = baseDirection(line);
  return measure(line, direction) <= maxWidth ? line : cut(line, maxWidth, measure, direction);
}

/** Splits a word wider than the line into pieces that fit, between graphemes (overflow-wrap: anywhere). */
function breakWord(word: string, maxWidth: number, measure: Measure, direction: Direction): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const grapheme of graphemes(word)) {
    if (piece !== '' && measure(piece + grapheme, direction) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += grapheme;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** A wrapped line, and whether the next line goes on inside the same word (it was broken mid-word). */
interface Line extends TextLine {
  midWord: boolean;
}

/** Greedy line breaking of one paragraph. */
function wrapParagraph(paragraph: string, maxWidth: number, measure: Measure): Line[] {
  const direction = baseDirection(paragraph);
  const fits = (text: string) => measure(text, direction) <= maxWidth;
  const lines: Line[] = [];
  let line = '';
  for (const word of paragraph.split(BREAKABLE)) {
    if (word === '') continue;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push({ text: line, midWord: false, direction });
    const pieces = fits(word) ? [word] : breakWord(word, maxWidth, measure, direction);
    lines.push(...pieces.slice(0, -1).map((text) => ({ text, midWord: true, direction })));
    line = pieces[pieces.length - 1] ?? '';
  }
  if (line !== '') lines.push({ text: line, midWord: false, direction });
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
 * Wraps `text` (cleaned with `cleanText`) into lines no wider than `maxWidth` (a single grapheme wider than
 * that gets a line of its own), each with its paragraph's direction. Blank paragraphs give no lines; empty or
 * blank text gives none at all.
 */
export function layoutLines(text: string, maxWidth: number, measure: Measure, options: WrapOptions = {}): TextLine[] {
  const { maxLines = Infinity, lineBreaks = 'keep' } = options;
  const paragraphs = cleanText(text, lineBreaks).split('\n');
  const lines = paragraphs.flatMap((p) => wrapParagraph(p, maxWidth, measure));
  const limit = Math.max(1, maxLines);
  const plain = ({ text, direction }: Line): TextLine => ({ text, direction });
  if (lines.length <= limit) return lines.map(plain);
  const kept = lines.slice(0, limit).map(plain);
  // The last kept line fills up with what follows, then says that more was left out.
  const last = lines[limit - 1];
  const rest = last.text + (last.midWord ? '' : ' ') + lines[limit].text;
  kept[limit - 1] = { text: cut(rest, maxWidth, measure, last.direction), direction: last.direction };
  return kept;
}

/** `layoutLines` without the directions: the lines' text only. */
export function wrapLines(text: string, maxWidth: number, measure: Measure, options: WrapOptions = {}): string[] {
  return layoutLines(text, maxWidth, measure, options).map((line) => line.text);
}

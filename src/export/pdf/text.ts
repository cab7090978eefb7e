import { isWinAnsi, textWidth, type FontWeight } from './metrics';

/** Characters outside WinAnsi with a close WinAnsi stand-in, e.g. the spaces Intl puts in dates and numbers. */
const REPLACEMENTS: Record<string, string> = {
  '\t': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u202F': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
};

/** Invisible format characters (zero-width spaces and joiners, word joiner, variation selectors, BOM). */
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfe0e, 0xfe0f, 0xfeff]);

/** C0 and C1 control characters (line breaks are handled before). */
function isControl(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
}

/** The grapheme without invisible format and control characters. */
function visible(grapheme: string): string {
  return Array.from(grapheme)
    .filter((char) => !INVISIBLE.has(char.codePointAt(0)!) && !isControl(char.codePointAt(0)!))
    .join('');
}

function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

function drawable(grapheme: string): boolean {
  for (const char of grapheme) {
    if (!isWinAnsi(char.codePointAt(0)!)) return false;
  }
  return true;
}

/**
 * Text the PDF's Helvetica (WinAnsi) can draw and a reader can extract: Spanish letters, ¿ ¡, typographic
 * quotes and dashes stay; anything else (emoji, CJK, arrows) becomes one "?" per visible character, so a
 * title never breaks the export. Line breaks are kept; other control characters are dropped.
 */
export function sanitizePdfText(text: string): string {
  let out = '';
  for (const grapheme of graphemes(text.normalize('NFC').replace(/\r\n?/g, '\n'))) {
    if (grapheme === '\n') {
      out += '\n';
      continue;
    }
    const replaced = REPLACEMENTS[grapheme] ?? visible(grapheme);
    if (replaced === '') continue;
    out += drawable(replaced) ? replaced : '?';
  }
  return out;
}

/** Sanitised text on one line: line breaks and runs of spaces become single spaces. */
export function singleLine(text: string): string {
  return sanitizePdfText(text).replace(/\s+/g, ' ').trim();
}

/** A font weight and size, in points. */
export interface TextStyle {
  weight: FontWeight;
  size: number;
}

/** Width in points of sanitised single-line text. */
export function measure(text: string, style: TextStyle): number {
  return textWidth(text, style.weight, style.size);
}

const ELLIPSIS = '…';

/** The text cut to fit the width, ending in an ellipsis when something was cut. */
export function ellipsize(text: string, style: TextStyle, width: number): string {
  if (measure(text, style) <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 0 && measure(chars.join('').trimEnd() + ELLIPSIS, style) > width) chars.pop();
  return chars.join('').trimEnd() + ELLIPSIS;
}

/** Splits a word wider than the line into pieces that fit, without hyphens. */
function breakWord(word: string, style: TextStyle, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && measure(piece + char, style) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

function wrapParagraph(paragraph: string, style: TextStyle, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ').filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate, style) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = measure(word, style) <= width ? [word] : breakWord(word, style, width);
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1];
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Word-wraps text (sanitised here) to a width, keeping its paragraphs; at most `maxLines` lines, the last
 * one ending in an ellipsis when text was left out. Empty text gives no lines.
 */
export function wrapText(text: string, style: TextStyle, width: number, maxLines = Infinity): string[] {
  const paragraphs = sanitizePdfText(text)
    .split('\n')
    .map((p) => p.replace(/\s+/g, ' ').trim());
  const lines = paragraphs.flatMap((p) => wrapParagraph(p, style, width));
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept.length - 1;
  kept[last] = ellipsize(kept[last] + ELLIPSIS, style, width);
  return kept;
}

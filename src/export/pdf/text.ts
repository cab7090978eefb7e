import { ellipsize as ellipsizeTo, graphemes, wrapLines } from '../../domain/look/wrap';
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

/** The text cut to fit the width, ending in an ellipsis when something was cut (domain/look/wrap.ts). */
export function ellipsize(text: string, style: TextStyle, width: number): string {
  return ellipsizeTo(text, width, (t) => measure(t, style));
}

/**
 * Word-wraps text (sanitised here) to a width with the one wrap rule of domain/look/wrap.ts, keeping its
 * paragraphs; at most `maxLines` lines, the last one ending in an ellipsis when text was left out. Empty
 * text gives no lines.
 */
export function wrapText(text: string, style: TextStyle, width: number, maxLines = Infinity): string[] {
  return wrapLines(sanitizePdfText(text), width, (t) => measure(t, style), { maxLines });
}

/**
 * Advance widths of the PDF's two fonts, so the pure page plan wraps text exactly as it is drawn and the
 * page count shown before exporting is the real one. Helvetica and Helvetica-Bold, the PDF core fonts, for
 * every character of WinAnsi encoding (Adobe AFM, 1/1000 em: jsPDF's own table is rounded to two digits and
 * lacks a few glyphs such as Š and Ÿ). Noto Sans regular and bold, the embedded Unicode font, from the table
 * generated with the font files (fonts/notoSansWidths.ts, 1/1000 em too).
 */
import { NOTO_SANS_WIDTHS } from './fonts/notoSansWidths';

export type FontWeight = 'normal' | 'bold';

/** The PDF's text font: Helvetica (WinAnsi, nothing embedded) or the embedded Noto Sans subset. */
export type PdfFont = 'helvetica' | 'noto';

// Codes 32..126 in order.
const ASCII: Record<FontWeight, number[]> = {
  normal: [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
    556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
    556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
    260, 334, 584,
  ],
  bold: [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
    556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611,
    556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389,
    280, 389, 584,
  ],
};

// Codes 160..255 (Latin-1) in order.
const LATIN1: Record<FontWeight, number[]> = {
  normal: [
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 556, 537,
    278, 333, 333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278,
    278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556,
    556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556,
    556, 500, 556, 500,
  ],
  bold: [
    278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 611, 556,
    278, 333, 333, 365, 556, 834, 834, 834, 611, 722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278,
    278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556,
    556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, 611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611,
    611, 556, 611, 556,
  ],
};

/** The characters WinAnsi adds in 0x80..0x9F, outside Latin-1, with their widths (normal, bold). */
const WIN_ANSI_EXTRAS: readonly [string, number, number][] = [
  ['€', 556, 556],
  ['‚', 222, 278],
  ['ƒ', 556, 556],
  ['„', 333, 500],
  ['…', 1000, 1000],
  ['†', 556, 556],
  ['‡', 556, 556],
  ['ˆ', 333, 333],
  ['‰', 1000, 1000],
  ['Š', 667, 667],
  ['‹', 333, 333],
  ['Œ', 1000, 1000],
  ['Ž', 611, 611],
  ['‘', 222, 278],
  ['’', 222, 278],
  ['“', 333, 500],
  ['”', 333, 500],
  ['•', 350, 350],
  ['–', 556, 556],
  ['—', 1000, 1000],
  ['˜', 333, 333],
  ['™', 1000, 1000],
  ['š', 500, 556],
  ['›', 333, 333],
  ['œ', 944, 944],
  ['ž', 500, 500],
  ['Ÿ', 667, 667],
];

function buildTable(weight: FontWeight): Map<number, number> {
  const table = new Map<number, number>();
  ASCII[weight].forEach((w, i) => table.set(32 + i, w));
  LATIN1[weight].forEach((w, i) => table.set(160 + i, w));
  for (const [char, normal, bold] of WIN_ANSI_EXTRAS)
    table.set(char.codePointAt(0)!, weight === 'bold' ? bold : normal);
  return table;
}

const WIDTHS: Record<FontWeight, Map<number, number>> = { normal: buildTable('normal'), bold: buildTable('bold') };

function notoTable(weight: FontWeight): Map<number, number> {
  const table = new Map<number, number>();
  for (const [first, ...widths] of NOTO_SANS_WIDTHS[weight]) widths.forEach((w, i) => table.set(first + i, w));
  return table;
}

let noto: Record<FontWeight, Map<number, number>> | undefined;

/** Advance widths (1/1000 em) by code point of a font and weight; a code point missing has no glyph. */
export function fontWidths(font: PdfFont, weight: FontWeight): ReadonlyMap<number, number> {
  if (font === 'helvetica') return WIDTHS[weight];
  noto ??= { normal: notoTable('normal'), bold: notoTable('bold') };
  return noto[weight];
}

/** True when Helvetica in WinAnsi encoding can draw the code point. */
export function isWinAnsi(codePoint: number): boolean {
  return WIDTHS.normal.has(codePoint);
}

/** True when the font has a glyph for the code point (in both weights: the subsets map the same characters). */
export function fontHas(font: PdfFont, codePoint: number): boolean {
  return fontWidths(font, 'normal').has(codePoint);
}

/**
 * Width in points of a single-line text of characters the font has, at the given weight and size; a
 * character it lacks counts as 556 units (Helvetica's digit width), though the typesetter never asks.
 */
export function textWidth(text: string, weight: FontWeight, size: number, font: PdfFont = 'helvetica'): number {
  const table = fontWidths(font, weight);
  let units = 0;
  for (const char of text) units += table.get(char.codePointAt(0)!) ?? 556;
  return (units * size) / 1000;
}

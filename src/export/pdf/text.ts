import { baseDirection, hasRightToLeft, type Direction } from '../../domain/look/direction';
import { cleanText, ellipsize as ellipsizeTo, graphemes, layoutLines, type TextLine } from '../../domain/look/wrap';
import { visualRuns } from './bidi';
import type { FallbackText } from './fallback';
import { fontHas, fontWidths, isWinAnsi, type FontWeight, type PdfFont } from './metrics';

export type { TextLine } from '../../domain/look/wrap';

/** A font weight and size, in points. */
export interface TextStyle {
  weight: FontWeight;
  size: number;
}

/**
 * A stretch of a line drawn one way, in the order seen from left to right: `image` runs are drawn by the
 * browser (fallback.ts) and kept for search as the run's text, the others are text in the PDF's font. A
 * right-to-left (`rtl`) run is always an image run: the browser orders and shapes it.
 */
export interface Run {
  text: string;
  image: boolean;
  rtl: boolean;
  /** Advance width in points. */
  width: number;
}

/** Characters outside WinAnsi with a close stand-in, e.g. the spaces Intl puts in dates and numbers. */
const REPLACEMENTS: Record<string, string> = {
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
const REPLACEABLE = new RegExp(`[${Object.keys(REPLACEMENTS).join('')}]`, 'g');

/**
 * Invisible characters: format characters (Cf: joiners, bidirectional marks, soft hyphen, BOM, tags),
 * variation selectors and the combining grapheme joiner. A font run leaves them out.
 */
const INVISIBLE = /[\p{Cf}\u034f\u180b-\u180d\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;
/** Text every character of which is in both fonts' simple ranges and needs no segmenting or reordering. */
const SIMPLE = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e]*$/;
/** Anything that can make a line need the bidirectional algorithm. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

type Kind = 'font' | 'image' | 'invisible';

/**
 * Sets text for the PDF: which characters its font draws and which the browser draws as pictures, widths,
 * line breaking (domain/look/wrap.ts) and the order of right-to-left text. One typesetter per plan; it is
 * pure given its fallback's measure, so the plan made for the dialog and the one drawn agree.
 */
export class Typesetter {
  private readonly kinds = new Map<string, Kind>();
  private readonly prepared = new Map<string, string>();
  /** Runs of lines already set, by style, direction and text: a title recurs in several appendix tables. */
  private readonly set = new Map<string, Run[]>();
  /** Width at 1 pt of each space-free stretch measured so far, by weight (see `measure`). */
  private readonly tokens: Record<FontWeight, Map<string, number>> = { normal: new Map(), bold: new Map() };
  private readonly replace: boolean;

  constructor(
    readonly font: PdfFont,
    readonly fallback: FallbackText,
  ) {
    this.replace = font === 'helvetica';
  }

  /** Text ready to set: composed (NFC), line breaks and controls cleaned, Intl spaces mapped for Helvetica. */
  prepare(text: string): string {
    let done = this.prepared.get(text);
    if (done === undefined) {
      const clean = cleanText(text.normalize('NFC'));
      done = this.replace ? clean.replace(REPLACEABLE, (c) => REPLACEMENTS[c]) : clean;
      this.prepared.set(text, done);
    }
    return done;
  }

  /** Prepared text on one line: line breaks and runs of spaces become single spaces. */
  singleLine(text: string): string {
    return this.prepare(text).replace(/\s+/g, ' ').trim();
  }

  private kind(grapheme: string): Kind {
    let kind = this.kinds.get(grapheme);
    if (kind === undefined) {
      const visible = grapheme.replace(INVISIBLE, '');
      const codePoints = Array.from(visible);
      if (codePoints.length === 0) kind = 'invisible';
      else if (codePoints.length === 1 && fontHas(this.font, codePoints[0].codePointAt(0)!)) kind = 'font';
      else kind = 'image';
      this.kinds.set(grapheme, kind);
    }
    return kind;
  }

  private fontWidth(text: string, style: TextStyle): number {
    const table = fontWidths(this.font, style.weight);
    let units = 0;
    for (const char of text) units += table.get(char.codePointAt(0)!) ?? 0;
    return (units * style.size) / 1000;
  }

  private imageRun(text: string, style: TextStyle, rtl: boolean): Run {
    const width = this.fallback.measure(text, style.weight, rtl ? 'rtl' : 'ltr') * style.size;
    return { text, image: true, rtl, width };
  }

  /** Left-to-right text cut into runs of font and of image graphemes; invisible ones join an image run. */
  private split(text: string, style: TextStyle, runs: Run[]): void {
    let current: { image: boolean; text: string } | null = null;
    const flush = () => {
      if (!current || current.text === '') return;
      runs.push(
        current.image
          ? this.imageRun(current.text, style, false)
          : { text: current.text, image: false, rtl: false, width: this.fontWidth(current.text, style) },
      );
    };
    for (const grapheme of graphemes(text)) {
      const kind = this.kind(grapheme);
      if (kind === 'invisible') {
        if (current?.image) current.text += grapheme;
        continue;
      }
      const image = kind === 'image';
      const glyph = image ? grapheme : grapheme.replace(INVISIBLE, '');
      if (current && current.image === image) current.text += glyph;
      else {
        flush();
        current = { image, text: glyph };
      }
    }
    flush();
  }

  private simple(line: string, direction: Direction): boolean {
    if (direction !== 'ltr' || !SIMPLE.test(line)) return false;
    const table = fontWidths(this.font, 'normal');
    for (let i = 0; i < line.length; i++) if (!table.has(line.charCodeAt(i))) return false;
    return true;
  }

  /** One prepared line as runs in visual order, left to right, in a paragraph of the given direction. */
  runs(line: string, style: TextStyle, direction: Direction = 'ltr'): Run[] {
    if (line === '') return [];
    if (this.simple(line, direction)) {
      return [{ text: line, image: false, rtl: false, width: this.fontWidth(line, style) }];
    }
    const key = `${style.weight}|${style.size}|${direction}|${line}`;
    let runs = this.set.get(key);
    if (!runs) {
      runs = this.complexRuns(line, style, direction);
      this.set.set(key, runs);
    }
    return runs;
  }

  private complexRuns(line: string, style: TextStyle, direction: Direction): Run[] {
    const runs: Run[] = [];
    if (direction === 'ltr' && !hasRightToLeft(line) && !BIDI_CONTROL.test(line)) {
      this.split(line, style, runs);
      return runs;
    }
    for (const level of visualRuns(line, direction)) {
      const text = line.slice(level.start, level.end);
      if (level.rtl) runs.push(this.imageRun(text, style, true));
      else this.split(text, style, runs);
    }
    return runs;
  }

  /**
   * Width in points of one prepared line: the sum of its runs' widths (see `runs`). A left-to-right line
   * that needs no reordering is measured by its space-separated stretches, each measured once and
   * remembered: a space is always a font character, so no picture spans one and the widths add up. That
   * keeps wrapping, which measures every candidate line, from segmenting the same words again and again.
   */
  measure(line: string, style: TextStyle, direction: Direction = 'ltr'): number {
    if (this.simple(line, direction)) return this.fontWidth(line, style);
    if (direction === 'rtl' || hasRightToLeft(line) || BIDI_CONTROL.test(line)) {
      return this.runs(line, style, direction).reduce((sum, run) => sum + run.width, 0);
    }
    const cache = this.tokens[style.weight];
    const unit: TextStyle = { weight: style.weight, size: 1 };
    let width = 0;
    const parts = line.split(' ');
    for (const token of parts) {
      if (token === '') continue;
      let known = cache.get(token);
      if (known === undefined) {
        known = this.runs(token, unit).reduce((sum, run) => sum + run.width, 0);
        cache.set(token, known);
      }
      width += known;
    }
    return (width + (parts.length - 1) * this.fontWidth(' ', unit)) * style.size;
  }

  /**
   * Word-wraps text (prepared here) to a width with the one wrap rule of domain/look/wrap.ts, keeping its
   * paragraphs; at most `maxLines` lines, the last one ending in an ellipsis when text was left out. Empty
   * text gives no lines.
   */
  wrap(text: string, style: TextStyle, width: number, maxLines = Infinity): TextLine[] {
    return layoutLines(this.prepare(text), width, (t, d) => this.measure(t, style, d), { maxLines });
  }

  /** The text on one line, cut to fit the width with an ellipsis when something was cut. */
  ellipsize(text: string, style: TextStyle, width: number): string {
    return ellipsizeTo(this.singleLine(text), width, (t, d) => this.measure(t, style, d));
  }

  /** `line` with its own direction, for text on one line (labels, headings). */
  static line(text: string): TextLine {
    return { text, direction: baseDirection(text) };
  }
}

/**
 * The PDF's text font: Helvetica, which costs nothing to embed, unless some text has a character outside
 * WinAnsi that the embedded Noto Sans draws (Polish, Turkish, Greek, Cyrillic...): then Noto Sans for all
 * text, so one line never mixes two typefaces. Characters neither draws go to pictures either way.
 */
export function chooseFont(texts: Iterable<string>): PdfFont {
  for (const text of texts) {
    // Latin-1 is all WinAnsi (its controls are cleaned away).
    if (/^[\u0020-\u00ff]*$/.test(text)) continue;
    for (const char of text.normalize('NFC')) {
      const cp = char.codePointAt(0)!;
      if (cp < 0x100 || isWinAnsi(cp) || char in REPLACEMENTS) continue;
      if (fontHas('noto', cp) && !/\p{Cf}/u.test(char)) return 'noto';
    }
  }
  return 'helvetica';
}

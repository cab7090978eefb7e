import type { Direction } from '../../domain/look/direction';
import { FONT_STACK } from '../../domain/look/themes';
import { graphemes } from '../../domain/look/wrap';
import type { FontWeight } from './metrics';

/** Pixels per point of a fallback picture: 4 is 288 dpi, sharp in print and at 400 % on screen. */
export const FALLBACK_RESOLUTION = 4;

/** Text drawn by the browser as a picture: RGBA pixels, and where the text's origin sits in them. */
export interface FallbackPicture {
  /** Non-premultiplied RGBA, row by row (what getImageData returns). */
  data: Uint8ClampedArray;
  width: number;
  height: number;
  /** The text's start (left edge) and baseline, in pixels from the picture's top-left corner. */
  originX: number;
  baseline: number;
  /** Pixels per point. */
  resolution: number;
  /** Advance width of the text as drawn, in pixels. */
  advance: number;
}

/**
 * What the embedded fonts cannot draw (CJK, emoji, right-to-left scripts, any glyph they lack) drawn with
 * the browser's own fonts, which shape and order any script. `measure` must give the same widths at plan
 * time and at export, so the page count shown before exporting stays exact.
 */
export interface FallbackText {
  /** Advance width of one line of `text` at a 1 pt font size, in points (multiply by the size). */
  measure(text: string, weight: FontWeight, direction: Direction): number;
  /** The line drawn at `size` points in a CSS colour, or null where nothing can draw pictures (tests). */
  paint(text: string, weight: FontWeight, size: number, color: string, direction: Direction): FallbackPicture | null;
  /**
   * False when no font this browser has draws the grapheme: it comes out as the missing-glyph box.
   * Undefined where that cannot be known.
   */
  canDraw?(grapheme: string): boolean;
}

const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const MARK_OR_FORMAT = /^[\p{M}\p{Cf}]+$/u;

/** Width in em of one grapheme by its kind: full width for CJK, a little more for emoji, else 0.6. */
function estimate(grapheme: string): number {
  if (EMOJI.test(grapheme)) return 1.2;
  if (WIDE.test(grapheme)) return 1;
  if (MARK_OR_FORMAT.test(grapheme)) return 0;
  return 0.6;
}

/** Fallback for runtimes without a canvas (Node, jsdom): estimated widths and no pictures. */
export const estimatedFallback: FallbackText = {
  measure: (text) => graphemes(text).reduce((sum, g) => sum + estimate(g), 0),
  paint: () => null,
};

/** Size at which the browser's fonts are measured; widths scale linearly from it. */
const MEASURE_SIZE = 100;

function cssFont(weight: FontWeight, px: number): string {
  return `${weight === 'bold' ? 'bold' : 'normal'} ${px}px ${FONT_STACK}`;
}

type Context = OffscreenCanvasRenderingContext2D;

/** Canvas 2D in an OffscreenCanvas: the browser's fonts, font fallback, shaping and bidi. */
function canvasFallback(): FallbackText {
  const measureContext = new OffscreenCanvas(1, 1).getContext('2d')! as Context;
  const paintCanvas = new OffscreenCanvas(1, 1);
  const widths = new Map<string, number>();
  const drawable = new Map<string, boolean>();
  let missingGlyph: string | undefined;

  const measure: FallbackText['measure'] = (text, weight, direction) => {
    const key = `${weight}|${direction}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      measureContext.font = cssFont(weight, MEASURE_SIZE);
      measureContext.direction = direction;
      width = measureContext.measureText(text).width / MEASURE_SIZE;
      widths.set(key, width);
    }
    return width;
  };

  const paint: FallbackText['paint'] = (text, weight, size, color, direction) => {
    const px = size * FALLBACK_RESOLUTION;
    const probe = paintCanvas.getContext('2d')! as Context;
    probe.font = cssFont(weight, px);
    probe.direction = direction;
    const m = probe.measureText(text);
    const pad = Math.ceil(px * 0.1);
    const left = Math.ceil(Math.max(0, m.actualBoundingBoxLeft)) + pad;
    const ascent = Math.ceil(Math.max(m.fontBoundingBoxAscent || 0, m.actualBoundingBoxAscent, px * 0.8)) + pad;
    const descent = Math.ceil(Math.max(m.fontBoundingBoxDescent || 0, m.actualBoundingBoxDescent, px * 0.2)) + pad;
    const width = Math.max(1, left + Math.ceil(Math.max(m.width, m.actualBoundingBoxRight)) + pad);
    const height = ascent + descent;
    // Resizing clears the canvas and resets the context, so set everything after it.
    paintCanvas.width = width;
    paintCanvas.height = height;
    const ctx = paintCanvas.getContext('2d')! as Context;
    ctx.font = cssFont(weight, px);
    ctx.direction = direction;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
    ctx.fillStyle = color;
    ctx.fillText(text, left, ascent);
    const { data } = ctx.getImageData(0, 0, width, height);
    return {
      data,
      width,
      height,
      originX: left,
      baseline: ascent,
      resolution: FALLBACK_RESOLUTION,
      advance: m.width,
    };
  };

  /** The grapheme's pixels at a small size, as a string to compare. */
  const pixels = (grapheme: string): string => {
    const canvas = new OffscreenCanvas(48, 48);
    const ctx = canvas.getContext('2d')! as Context;
    ctx.font = cssFont('normal', 32);
    ctx.fillStyle = '#000';
    ctx.textBaseline = 'alphabetic';
    ctx.fillText(grapheme, 8, 36);
    const { data } = ctx.getImageData(0, 0, 48, 48);
    let signature = '';
    for (let i = 3; i < data.length; i += 4) signature += data[i] > 127 ? '1' : '0';
    return signature;
  };

  const canDraw = (grapheme: string): boolean => {
    let known = drawable.get(grapheme);
    if (known === undefined) {
      // A noncharacter no font maps: whatever the browser draws for it is its missing-glyph box.
      missingGlyph ??= pixels('\uFFFF');
      const own = pixels(grapheme);
      known = own !== missingGlyph || !own.includes('1');
      drawable.set(grapheme, known);
    }
    return known;
  };

  return { measure, paint, canDraw };
}

let shared: FallbackText | undefined;

/**
 * The browser's fonts through an OffscreenCanvas where there is one (every browser the app supports), else
 * the estimate. One shared instance, so the dialog's plan and the export measure alike.
 */
export function browserFallback(): FallbackText {
  shared ??= typeof OffscreenCanvas === 'undefined' ? estimatedFallback : canvasFallback();
  return shared;
}

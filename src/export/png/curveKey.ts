import {
  curveLines,
  hasDeliveredLine,
  keyedLines,
  ratedPersonaIds,
  ratersOf,
  type CurveLine,
} from '../../domain/curveLines';
import { EMOTIONS, type Journey } from '../../domain/journey';
import { EMOTION_COLORS } from '../../domain/look/colors';
import { CURVE } from '../../domain/look/curve';
import { layoutLines, type TextLine } from '../../domain/look/wrap';
import type { NamedCurveLine } from '../../i18n/curveLineName';
import { COLORS, font } from './theme';

type Ctx = CanvasRenderingContext2D;

/**
 * The image's key to the emotion curve's lines (the legend panel's and the PDF's list, domain curveLines),
 * under the band from its left edge, in canvas units: rows of places `columnWidth` wide, each a short line
 * sample and its name. A row is `rowHeight` tall for names on one line and `lineHeight` taller for each
 * further line its longest name wraps onto.
 */
export const CURVE_KEY = {
  rowHeight: 22,
  lineHeight: 15,
  /**
   * Lines a name may wrap onto. A line holds about 30 characters in this font, so three hold most names up to
   * the 80 characters a persona's name may have (LIMITS.personaName) and two names that differ only at their
   * end read apart; a name still longer ends in an ellipsis.
   */
  maxLines: 3,
  columnWidth: 240,
  sample: 28,
  /** Between a sample and its name, and after a name before the next place. */
  gap: 8,
  textSize: CURVE.labelSize + 1,
} as const;

/** How wide a name's lines may be: its place less the sample and the gaps either side of the name. */
const NAME_ROOM = CURVE_KEY.columnWidth - CURVE_KEY.sample - 2 * CURVE_KEY.gap;

/** A line the key names, with its name wrapped to its place (layoutCurveKey). */
export type CurveKeyEntry = NamedCurveLine & { nameLines: TextLine[] };

/** Where the key sits (canvas units), how many places a row holds and each row's height, top to bottom. */
export interface CurveKeyBox {
  x: number;
  y: number;
  width: number;
  height: number;
  columns: number;
  rowHeights: number[];
}

/**
 * The lines the key names for the persona `chosen` in the editor: every line the band draws when it draws
 * more than one, else none.
 */
export function pngCurveKeyLines(
  journey: Pick<Journey, 'personas' | 'touchpoints'>,
  chosen: string | null,
): CurveLine[] {
  const rated = ratedPersonaIds(journey, ratersOf(journey.touchpoints));
  return keyedLines(curveLines(journey, chosen, hasDeliveredLine(journey.touchpoints), rated));
}

/**
 * Wraps each line's name to its place in the key's font, measured with `ctx` (left as it was): whole on up
 * to CURVE_KEY.maxLines lines, the last of them ending in an ellipsis when even those are too few.
 */
export function layoutCurveKey(ctx: Ctx, lines: readonly NamedCurveLine[]): CurveKeyEntry[] {
  ctx.save();
  ctx.font = font(CURVE_KEY.textSize);
  const measure = (text: string) => ctx.measureText(text).width;
  // As in the legend panel (white-space: normal), a line break typed in a name is a space.
  const options = { maxLines: CURVE_KEY.maxLines, lineBreaks: 'collapse' } as const;
  const entries = lines.map((line) => ({ ...line, nameLines: layoutLines(line.name, NAME_ROOM, measure, options) }));
  ctx.restore();
  return entries;
}

/**
 * The key's box for lines whose names wrap onto `nameLines[i]` lines each (in key order; 0 counts as 1),
 * under a band `width` wide: as many places a row as the band has room for (one at least), at its left edge
 * and `top` (canvas units), each row as tall as its longest name. Null for no lines.
 */
export function curveKeyBox(nameLines: readonly number[], width: number, top: number): CurveKeyBox | null {
  const count = nameLines.length;
  if (count === 0) return null;
  const { columnWidth, rowHeight, lineHeight } = CURVE_KEY;
  const columns = Math.max(1, Math.min(count, Math.floor(width / columnWidth)));
  const rowHeights: number[] = [];
  for (let start = 0; start < count; start += columns) {
    const most = Math.max(1, ...nameLines.slice(start, start + columns));
    rowHeights.push(rowHeight + (most - 1) * lineHeight);
  }
  const height = rowHeights.reduce((sum, h) => sum + h, 0);
  return { x: 0, y: top, width: columns * columnWidth, height, columns, rowHeights };
}

/** A short stretch of a line as the band draws it: the chosen one solid in the emotion colours, else dashed. */
function drawSample(ctx: Ctx, line: CurveLine, x: number, y: number): void {
  const end = x + CURVE_KEY.sample;
  ctx.save();
  if (line.color === null) {
    const gradient = ctx.createLinearGradient(x, y, end, y);
    EMOTIONS.forEach((e, i) => gradient.addColorStop(i / (EMOTIONS.length - 1), EMOTION_COLORS[e]));
    ctx.strokeStyle = gradient;
    ctx.lineWidth = CURVE.lineWidth;
    ctx.lineCap = 'round';
  } else {
    ctx.strokeStyle = line.color;
    ctx.lineWidth = CURVE.series.width;
    ctx.globalAlpha = CURVE.series.opacity;
    ctx.setLineDash([...line.dash]);
  }
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(end, y);
  ctx.stroke();
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.restore();
}

/**
 * Paints the key (curveKeyBox) naming `entries` (pngCurveKeyLines, named and laid out with layoutCurveKey),
 * in the image's theme and font: each sample beside its name's first line.
 */
export function drawCurveKey(ctx: Ctx, entries: readonly CurveKeyEntry[], box: CurveKeyBox): void {
  const { rowHeight, lineHeight, columnWidth, sample, gap, textSize } = CURVE_KEY;
  ctx.save();
  ctx.font = font(textSize);
  ctx.fillStyle = COLORS.text;
  ctx.textBaseline = 'middle';
  // Every line starts beside the sample, right-to-left ones too, as the legend panel's names do.
  ctx.textAlign = 'left';
  let rowTop = box.y;
  entries.forEach((entry, i) => {
    const row = Math.floor(i / box.columns);
    if (i > 0 && i % box.columns === 0) rowTop += box.rowHeights[row - 1];
    const x = box.x + (i % box.columns) * columnWidth;
    const y = rowTop + rowHeight / 2;
    drawSample(ctx, entry, x, y);
    entry.nameLines.forEach((line, n) => {
      ctx.direction = line.direction;
      ctx.fillText(line.text, x + sample + gap, y + n * lineHeight);
    });
    ctx.direction = 'ltr';
  });
  ctx.restore();
}

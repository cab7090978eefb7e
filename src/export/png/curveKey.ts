import {
  curveLines,
  hasDeliveredLine,
  keyedLines,
  ratedPersonaIds,
  ratersOf,
  type CurveLine,
} from '../../domain/curveLines';
import { EMOTIONS, type Journey } from '../../domain/journey';
import { baseDirection } from '../../domain/look/direction';
import { EMOTION_COLORS } from '../../domain/look/colors';
import { CURVE } from '../../domain/look/curve';
import { ellipsize } from '../../domain/look/wrap';
import type { NamedCurveLine } from '../../i18n/curveLineName';
import { COLORS, font } from './theme';

type Ctx = CanvasRenderingContext2D;

/**
 * The image's key to the emotion curve's lines (the legend panel's and the PDF's list, domain curveLines),
 * under the band from its left edge, in canvas units: rows of places `columnWidth` wide, each a short line
 * sample and its name.
 */
export const CURVE_KEY = {
  rowHeight: 22,
  columnWidth: 240,
  sample: 28,
  /** Between a sample and its name, and after a name before the next place. */
  gap: 8,
  textSize: CURVE.labelSize + 1,
} as const;

/** Where the key sits (canvas units) and how many places a row holds. */
export interface CurveKeyBox {
  x: number;
  y: number;
  width: number;
  height: number;
  columns: number;
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
 * The key's box for `count` lines under a band `width` wide: as many places a row as the band has room for
 * (one at least), at its left edge and `top` (canvas units). Null for no lines.
 */
export function curveKeyBox(count: number, width: number, top: number): CurveKeyBox | null {
  if (count === 0) return null;
  const columns = Math.max(1, Math.min(count, Math.floor(width / CURVE_KEY.columnWidth)));
  const rows = Math.ceil(count / columns);
  return { x: 0, y: top, width: columns * CURVE_KEY.columnWidth, height: rows * CURVE_KEY.rowHeight, columns };
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

/** Paints the key (curveKeyBox) naming `lines` (pngCurveKeyLines, named), in the image's theme and font. */
export function drawCurveKey(ctx: Ctx, lines: readonly NamedCurveLine[], box: CurveKeyBox): void {
  const { rowHeight, columnWidth, sample, gap, textSize } = CURVE_KEY;
  ctx.save();
  ctx.font = font(textSize);
  ctx.fillStyle = COLORS.text;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  const room = columnWidth - sample - 2 * gap;
  lines.forEach((line, i) => {
    const x = box.x + (i % box.columns) * columnWidth;
    const y = box.y + Math.floor(i / box.columns) * rowHeight + rowHeight / 2;
    drawSample(ctx, line, x, y);
    const name = ellipsize(line.name, room, (t) => ctx.measureText(t).width);
    ctx.direction = baseDirection(name);
    ctx.fillText(name, x + sample + gap, y);
    ctx.direction = 'ltr';
  });
  ctx.restore();
}

import { EMOTIONS, type Emotion } from '../journey';

/**
 * The geometry of the as-is / to-be comparison chart, one definition for the dialog's SVG and the
 * comparison PDF: both curves share one box, +2 at its top and -2 at its bottom, and each curve's points
 * spread evenly over the box's width in its own journey order (the versions' touchpoints need not line up).
 * Units are whatever the caller's box is in (SVG user units, PDF points).
 */

/** The rectangle the points fall in (the curve's stroke may reach past it by half its width). */
export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A point of a compared curve. */
export interface ChartPoint {
  x: number;
  y: number;
}

/** The height in the box of an emotion (-2..+2): +2 on the top edge, -2 on the bottom edge. */
export function emotionY(emotion: number, box: ChartBox): number {
  return box.y + ((2 - emotion) / 4) * box.height;
}

/** The y of each emotion level, the chart's grid lines, from -2 to +2. */
export function emotionLevels(box: ChartBox): { emotion: Emotion; y: number }[] {
  return EMOTIONS.map((emotion) => ({ emotion, y: emotionY(emotion, box) }));
}

/**
 * A curve's points in the box: the first on its left edge, the last on its right edge, evenly spaced; a
 * single point sits on the left edge. An empty curve has no points.
 */
export function chartPoints(curve: readonly { emotion: number }[], box: ChartBox): ChartPoint[] {
  const step = curve.length > 1 ? box.width / (curve.length - 1) : 0;
  return curve.map((point, i) => ({ x: box.x + i * step, y: emotionY(point.emotion, box) }));
}

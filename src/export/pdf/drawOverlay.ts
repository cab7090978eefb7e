import type { jsPDF } from 'jspdf';
import { formatKpi } from '../../domain/kpiFormat';
import { scaleFraction } from '../../domain/kpiOverlay';
import { KPI_OVERLAY_COLOR, KPI_OVERLAY_OPACITY } from '../../domain/look/colors';
import { COLORS, setFill, setStroke, write } from './draw';
import type { PdfCurveOverlay, PdfModel } from './model';

/** The overlay's colour laid over white paper at its screen opacity: print has no transparency to rely on. */
function tint(hex: string, alpha: number): string {
  const channel = (i: number) => Math.round(parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) * alpha + 255 * (1 - alpha));
  return `#${[0, 1, 2].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}

/** The fill of the overlay's bars on paper (and of their swatch in the legend). */
export const OVERLAY_FILL = tint(KPI_OVERLAY_COLOR, KPI_OVERLAY_OPACITY);

/** Where the curve is drawn on a grid page: the emotion scale's y and the columns' x (see drawCurve). */
export interface CurveFrame {
  /** y of an emotion -2..+2 (fractions too). */
  yOf(emotion: number): number;
  /** x of a column position (stage index plus a fraction). */
  xOf(at: number): number;
  /** First and last column positions the page shows. */
  first: number;
  last: number;
  /** Right end of the page's columns. */
  right: number;
  unit: number;
  labelSize: number;
}

/**
 * The KPI the user drew over the curve on screen, as there: a bar under each measured touchpoint, from the
 * scale's base to its value, on the measure's own scale (bottom guide = its min, top guide = its max),
 * whose ends are written at the right with the measure's name. Drawn before the curve, which stays on top.
 */
export function drawCurveOverlay(doc: jsPDF, model: PdfModel, overlay: PdfCurveOverlay, frame: CurveFrame): void {
  const { scale, field } = overlay;
  const u = frame.unit;
  const yOfValue = (value: number) => frame.yOf(-2 + 4 * scaleFraction(value, scale));
  const format = (value: number) => formatKpi(field, value, model.locale, model.journey.currency);
  const style = { weight: 'bold' as const, size: frame.labelSize };
  const x = frame.right - 3 * u;
  write(doc, `${model.measures.kpi[field]} ${format(scale.max)}`, x, frame.yOf(2) - 2 * u, style, {
    color: COLORS.muted,
    align: 'right',
  });
  write(doc, format(scale.min), x, frame.yOf(-2) - 2 * u, style, { color: COLORS.muted, align: 'right' });

  const base = yOfValue(scale.base);
  const width = 5 * u;
  setFill(doc, OVERLAY_FILL);
  setStroke(doc, KPI_OVERLAY_COLOR, 0.5 * u);
  for (const point of overlay.points) {
    if (point.at < frame.first || point.at > frame.last) continue;
    const y = yOfValue(point.value);
    doc.rect(frame.xOf(point.at) - width / 2, Math.min(y, base), width, Math.max(0.5 * u, Math.abs(base - y)), 'FD');
  }
}

import type { jsPDF } from 'jspdf';
import { EMOTIONS } from '../../domain/journey';
import { EMOTION_LABELS } from '../../domain/vocabulary';
import { EMOTION_COLORS, NO_EMOTION_COLOR } from '../../domain/look/colors';
import { CURVE } from '../../domain/look/curve';
import { COLORS, fillRect, setFill, setStroke, solidLines, star, triangle, write } from './draw';
import type { Box } from './geometry';
import { columnX, type GridPagePlan, type GridPlan } from './gridPlan';
import type { PdfCurvePoint, PdfCurveSeries, PdfModel } from './model';
import { drawCurveOverlay } from './drawOverlay';

/** The chosen persona's points' radius, in page units (times the grid's unit): the screen's CURVE.dot. */
export const CURVE_DOT = 3.4;
/** Page units (times the grid's unit) per screen unit on the curve, so the series keep the screen's proportions. */
export const FROM_SCREEN = CURVE_DOT / CURVE.dot;

/** Where a page draws its curves: its first and last column positions and how they map to the page. */
interface SeriesFrame {
  first: number;
  last: number;
  xOf(at: number): number;
  yOf(emotion: number): number;
}

/**
 * A curve's line in the current stroke. Segments to points on other pages are drawn up to the page's first
 * or last column edge, so the curve reads on across tiled pages.
 */
function drawLine(doc: jsPDF, points: readonly PdfCurvePoint[], { first, last, xOf, yOf }: SeriesFrame): void {
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1];
    const q = points[i];
    if (q.at < first || p.at > last || q.at === p.at) continue;
    // Clip the segment to the page's columns.
    const at = (v: number) => p.emotion + ((q.emotion - p.emotion) * (v - p.at)) / (q.at - p.at);
    const a = Math.max(p.at, first);
    const b = Math.min(q.at, last);
    doc.line(xOf(a), yOf(at(a)), xOf(b), yOf(at(b)));
  }
}

/** Another persona's curve or the delivered experience, as on screen: thin, dashed, small dots. */
function drawSeries(doc: jsPDF, series: PdfCurveSeries, frame: SeriesFrame, u: number): void {
  const k = FROM_SCREEN * u;
  setStroke(doc, series.color, CURVE.series.width * k);
  doc.setLineDashPattern(
    series.dash.map((d) => d * k),
    0,
  );
  drawLine(doc, series.points, frame);
  solidLines(doc);
  setStroke(doc, COLORS.surface, 0.5 * u);
  setFill(doc, series.color);
  for (const point of series.points) {
    if (point.at < frame.first || point.at > frame.last) continue;
    doc.circle(frame.xOf(point.at), frame.yOf(point.emotion), CURVE.series.dot * k, 'FD');
  }
}

/** A point's moment-of-truth star above (x, y) and pain-point triangle below, as on screen. */
function drawMarks(doc: jsPDF, point: PdfCurvePoint, x: number, y: number, u: number): void {
  if (point.momentOfTruth) star(doc, x, y - 8.5 * u, 3.6 * u, COLORS.truth);
  if (point.painPoint) triangle(doc, x, y + 8.5 * u, 6.4 * u, COLORS.pain);
}

/**
 * The marks of a touchpoint the chosen persona has no emotion for, as the canvas's UnratedMark: a hollow
 * dashed ring (CURVE.unrated, at the screen's proportions) on the neutral guide instead of a dot.
 */
function drawUnrated(doc: jsPDF, point: PdfCurvePoint, frame: SeriesFrame, u: number): void {
  const k = FROM_SCREEN * u;
  const x = frame.xOf(point.at);
  const y = frame.yOf(point.emotion);
  setStroke(doc, NO_EMOTION_COLOR, CURVE.outline * k);
  setFill(doc, COLORS.surface);
  doc.setLineDashPattern(
    CURVE.unrated.dash.map((d) => d * k),
    0,
  );
  doc.circle(x, y, CURVE.unrated.ring * k, 'FD');
  solidLines(doc);
  drawMarks(doc, point, x, y, u);
}

/**
 * The emotion curve under the page's stage columns: guides from "Lo odio" (-2) to "¡Wow!" (+2), one point per
 * touchpoint in journey order, spread across its stage's column, over the KPI the user picked on screen (if
 * any), the other personas' curves and the delivered experience (dashed) and the chosen persona's on top,
 * with the marks of the moments of truth and pain points it has no emotion for.
 */
export function drawCurve(doc: jsPDF, model: PdfModel, grid: GridPlan, page: GridPagePlan, box: Box): void {
  const { m } = grid;
  const u = m.unit;
  const left = columnX(grid, page, page.firstStage);
  const right = left + page.stageCount * grid.columnWidth;
  const top = box.y + 24 * u;
  const step = (box.height - 37 * u) / 4;
  const yOf = (emotion: number) => top + (2 - emotion) * step;
  const xOf = (at: number) => left + (at - page.firstStage) * grid.columnWidth;

  fillRect(doc, box.x, box.y + 2 * u, box.width, box.height - 2 * u, COLORS.wash);
  write(doc, model.strings.emotionCurve, box.x + 6 * u, box.y + 13 * u, { weight: 'bold', size: m.laneLabelSize });
  for (const emotion of EMOTIONS) {
    const y = yOf(emotion);
    setStroke(doc, emotion === 0 ? COLORS.faint : COLORS.border, (emotion === 0 ? 0.6 : 0.4) * u);
    doc.line(left, y, right, y);
    const label = EMOTION_LABELS[emotion][model.locale];
    const style = { weight: 'normal' as const, size: m.smallSize };
    write(doc, label, left - 6 * u, y + 2.5 * u, style, { color: COLORS.muted, align: 'right' });
    setFill(doc, EMOTION_COLORS[emotion]);
    doc.circle(box.x + 8 * u, y, 2 * u, 'F');
  }

  const first = page.firstStage;
  const last = page.firstStage + page.stageCount;
  if (model.overlay) {
    const frame = { yOf, xOf, first, last, right, unit: u, labelSize: m.smallSize };
    drawCurveOverlay(doc, model, model.overlay, frame);
  }
  const frame = { first, last, xOf, yOf };
  // The delivered experience under the other personas, as on screen.
  const byLayer = [...model.series].sort((a, b) => Number(a.kind === 'persona') - Number(b.kind === 'persona'));
  for (const series of byLayer) drawSeries(doc, series, frame, u);
  const points = model.curve;
  setStroke(doc, COLORS.text, 1.1 * u);
  drawLine(doc, points, frame);
  for (const point of points) {
    if (point.at < first || point.at > last) continue;
    const x = xOf(point.at);
    const y = yOf(point.emotion);
    setStroke(doc, COLORS.surface, 0.9 * u);
    setFill(doc, EMOTION_COLORS[point.emotion]);
    doc.circle(x, y, CURVE_DOT * u, 'FD');
    drawMarks(doc, point, x, y, u);
  }
  for (const point of model.unrated) {
    if (point.at >= first && point.at <= last) drawUnrated(doc, point, frame, u);
  }
}

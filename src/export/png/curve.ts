import { curveSeries } from '../../domain/curveSeries';
import type { EmotionCurvePoint } from '../../domain/emotionCurve';
import type { KpiField } from '../../domain/fields';
import { EMOTIONS, type Journey } from '../../domain/journey';
import type { StageColumn } from '../../domain/layout';
import type { Locale } from '../../domain/locale';
import { EMOTION_LABELS } from '../../domain/vocabulary';
import { DELIVERED_COLOR, EMOTION_COLORS, NO_EMOTION_COLOR } from '../../domain/look/colors';
import { personaLineColor } from '../../domain/curveLines';
import { CURVE, curveY as yOf } from '../../domain/look/curve';
import { drawKpiOverlay } from './kpiOverlay';
import { circle, star } from './shapes';
import { COLORS, font } from './theme';

type Ctx = CanvasRenderingContext2D;

// The band's geometry is domain/look/curve.ts, which the canvas's SVG draws with too.
const { height: CURVE_HEIGHT, labelX: LABEL_X, star: starMark, triangle: triangleMark } = CURVE;

export interface CurveOptions {
  top: number;
  width: number;
  columns: readonly StageColumn[];
  locale: Locale;
  title: string;
  /** The measure drawn over the curve, with its name; none by default. */
  overlay?: { field: KpiField; measure: string } | null;
  /** The persona chosen in the editor, whose curve is drawn solid; the main one by default. */
  personaId?: string | null;
}

/** A curve shown but not edited (the canvas's CurveSeries): a thin dashed line with small outlined dots. */
function drawSeries(
  ctx: Ctx,
  points: readonly EmotionCurvePoint[],
  top: number,
  color: string,
  dash: readonly number[],
): void {
  if (points.length === 0) return;
  const { width, opacity, dot } = CURVE.series;
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.lineJoin = 'round';
  ctx.globalAlpha = opacity;
  ctx.setLineDash([...dash]);
  ctx.beginPath();
  points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, top + yOf(p.emotion)) : ctx.lineTo(p.x, top + yOf(p.emotion))));
  ctx.stroke();
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.fillStyle = color;
  ctx.strokeStyle = COLORS.surface;
  ctx.lineWidth = 1;
  for (const p of points) {
    circle(ctx, p.x, top + yOf(p.emotion), dot);
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}

function drawGuides(ctx: Ctx, { top, width, columns, locale, title }: CurveOptions): void {
  ctx.fillStyle = COLORS.surface;
  ctx.globalAlpha = CURVE.bandOpacity;
  ctx.fillRect(0, top, width, CURVE_HEIGHT);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = COLORS.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, top + 0.5, Math.max(0, width - 1), CURVE_HEIGHT - 1);

  ctx.setLineDash([...CURVE.stageDash]);
  ctx.beginPath();
  for (const c of columns.slice(1)) {
    ctx.moveTo(c.x, top);
    ctx.lineTo(c.x, top + CURVE_HEIGHT);
  }
  ctx.stroke();

  ctx.setLineDash([...CURVE.guideDash]);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  for (const e of EMOTIONS) {
    ctx.globalAlpha = CURVE.guideOpacity;
    ctx.strokeStyle = EMOTION_COLORS[e];
    ctx.beginPath();
    ctx.moveTo(0, top + yOf(e));
    ctx.lineTo(width, top + yOf(e));
    ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.font = font(CURVE.labelSize);
    ctx.fillStyle = COLORS.textMuted;
    ctx.fillText(EMOTION_LABELS[e][locale], LABEL_X, top + yOf(e) - CURVE.labelLift);
  }
  ctx.setLineDash([]);
  ctx.font = font(CURVE.titleSize, 'bold');
  ctx.fillStyle = COLORS.text;
  ctx.fillText(title, LABEL_X, top + CURVE.titleY);
}

/** The moment-of-truth star above a point at (x, y) and the pain-point triangle below it, as the canvas. */
function drawMarks(ctx: Ctx, p: Pick<EmotionCurvePoint, 'x' | 'momentOfTruth' | 'painPoint'>, y: number): void {
  ctx.strokeStyle = COLORS.surface;
  ctx.lineWidth = 1;
  if (p.momentOfTruth) {
    star(ctx, p.x, y - starMark.offset, starMark.outer, starMark.inner);
    ctx.fillStyle = COLORS.truth;
    ctx.fill();
    ctx.stroke();
  }
  if (p.painPoint) {
    ctx.beginPath();
    const cy = y + triangleMark.offset;
    ctx.moveTo(p.x, cy - triangleMark.top);
    ctx.lineTo(p.x + triangleMark.half, cy + triangleMark.bottom);
    ctx.lineTo(p.x - triangleMark.half, cy + triangleMark.bottom);
    ctx.closePath();
    ctx.fillStyle = COLORS.pain;
    ctx.fill();
    ctx.stroke();
  }
}

/**
 * The marks of a touchpoint the chosen curve has no emotion for (curveSeries' `unrated`), as the canvas's
 * UnratedMark: a hollow dashed ring on the neutral guide, no emotion dot, and its star and triangle.
 */
function drawUnrated(ctx: Ctx, p: EmotionCurvePoint, top: number): void {
  const y = top + yOf(p.emotion);
  circle(ctx, p.x, y, CURVE.unrated.ring);
  ctx.fillStyle = COLORS.surface;
  ctx.fill();
  ctx.setLineDash([...CURVE.unrated.dash]);
  ctx.strokeStyle = NO_EMOTION_COLOR;
  ctx.lineWidth = CURVE.outline;
  ctx.stroke();
  ctx.setLineDash([]);
  drawMarks(ctx, p, y);
}

/**
 * The emotion curve band under the columns, as the canvas draws it: guides, the KPI overlay when one is
 * chosen, the delivered experience and the other personas as dashed lines (domain curveSeries), then the
 * chosen persona's line in emotion colours, its points and their marks, and the marks of the moments of truth
 * and pain points that persona has no emotion for.
 */
export function drawCurve(
  ctx: Ctx,
  journey: Pick<Journey, 'stages' | 'touchpoints' | 'currency' | 'personas'>,
  options: CurveOptions,
): void {
  const { top, overlay } = options;
  const { active: points, others, delivered, unrated } = curveSeries(journey, options.personaId ?? null);
  ctx.save();
  drawGuides(ctx, options);
  if (overlay) drawKpiOverlay(ctx, journey, { ...overlay, top, right: options.width, locale: options.locale });
  drawSeries(ctx, delivered, top, DELIVERED_COLOR, CURVE.series.deliveredDash);
  for (const other of others) {
    drawSeries(ctx, other.points, top, personaLineColor(other.index), CURVE.series.personaDash);
  }

  if (points.length > 1) {
    const gradient = ctx.createLinearGradient(0, top + yOf(2), 0, top + yOf(-2));
    for (const e of EMOTIONS) gradient.addColorStop((2 - e) / 4, EMOTION_COLORS[e]);
    ctx.strokeStyle = gradient;
    ctx.lineWidth = CURVE.lineWidth;
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    ctx.beginPath();
    points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, top + yOf(p.emotion)) : ctx.lineTo(p.x, top + yOf(p.emotion))));
    ctx.stroke();
  }

  for (const p of points) {
    const y = top + yOf(p.emotion);
    if (p.painPoint) {
      circle(ctx, p.x, y, CURVE.painRing);
      ctx.strokeStyle = COLORS.pain;
      ctx.lineWidth = CURVE.outline;
      ctx.stroke();
    }
    circle(ctx, p.x, y, CURVE.dot);
    ctx.fillStyle = EMOTION_COLORS[p.emotion];
    ctx.fill();
    ctx.strokeStyle = COLORS.surface;
    ctx.lineWidth = CURVE.outline;
    ctx.stroke();
    drawMarks(ctx, p, y);
  }
  for (const p of unrated) drawUnrated(ctx, p, top);
  ctx.restore();
}

import { emotionCurvePoints } from '../../domain/emotionCurve';
import { EMOTIONS, type Emotion, type Journey } from '../../domain/journey';
import type { StageColumn } from '../../domain/layout';
import type { Locale } from '../../domain/locale';
import { EMOTION_LABELS } from '../../domain/vocabulary';
import { EMOTION_COLORS } from '../../domain/look/colors';
import { CURVE_HEIGHT } from './geometry';
import { circle, star } from './shapes';
import { COLORS, font } from './theme';

type Ctx = CanvasRenderingContext2D;

// Geometry of canvas/EmotionCurve.tsx, so the band reads the same in the image.
const PAD_TOP = 44;
const PAD_BOTTOM = 24;
const STEP = (CURVE_HEIGHT - PAD_TOP - PAD_BOTTOM) / 4;
const LABEL_X = 8;

/** Band-relative y of an emotion's guide line, +2 on top. */
const yOf = (emotion: Emotion) => PAD_TOP + (2 - emotion) * STEP;

export interface CurveOptions {
  top: number;
  width: number;
  columns: readonly StageColumn[];
  locale: Locale;
  title: string;
}

function drawGuides(ctx: Ctx, { top, width, columns, locale, title }: CurveOptions): void {
  ctx.fillStyle = COLORS.surface;
  ctx.globalAlpha = 0.85;
  ctx.fillRect(0, top, width, CURVE_HEIGHT);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = COLORS.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, top + 0.5, Math.max(0, width - 1), CURVE_HEIGHT - 1);

  ctx.setLineDash([4, 4]);
  ctx.beginPath();
  for (const c of columns.slice(1)) {
    ctx.moveTo(c.x, top);
    ctx.lineTo(c.x, top + CURVE_HEIGHT);
  }
  ctx.stroke();

  ctx.setLineDash([2, 4]);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  for (const e of EMOTIONS) {
    ctx.globalAlpha = 0.35;
    ctx.strokeStyle = EMOTION_COLORS[e];
    ctx.beginPath();
    ctx.moveTo(0, top + yOf(e));
    ctx.lineTo(width, top + yOf(e));
    ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.font = font(11);
    ctx.fillStyle = COLORS.textMuted;
    ctx.fillText(EMOTION_LABELS[e][locale], LABEL_X, top + yOf(e) - 5);
  }
  ctx.setLineDash([]);
  ctx.font = font(14, 'bold');
  ctx.fillStyle = COLORS.text;
  ctx.fillText(title, LABEL_X, top + 20);
}

/** The emotion curve band under the columns: guides, the line in emotion colours, points and their marks. */
export function drawCurve(ctx: Ctx, journey: Pick<Journey, 'stages' | 'touchpoints'>, options: CurveOptions): void {
  const { top } = options;
  const points = emotionCurvePoints(journey);
  ctx.save();
  drawGuides(ctx, options);

  if (points.length > 1) {
    const gradient = ctx.createLinearGradient(0, top + yOf(2), 0, top + yOf(-2));
    for (const e of EMOTIONS) gradient.addColorStop((2 - e) / 4, EMOTION_COLORS[e]);
    ctx.strokeStyle = gradient;
    ctx.lineWidth = 3;
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    ctx.beginPath();
    points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, top + yOf(p.emotion)) : ctx.lineTo(p.x, top + yOf(p.emotion))));
    ctx.stroke();
  }

  for (const p of points) {
    const y = top + yOf(p.emotion);
    if (p.painPoint) {
      circle(ctx, p.x, y, 12);
      ctx.strokeStyle = COLORS.pain;
      ctx.lineWidth = 2;
      ctx.stroke();
    }
    circle(ctx, p.x, y, 8);
    ctx.fillStyle = EMOTION_COLORS[p.emotion];
    ctx.fill();
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 2;
    ctx.stroke();
    ctx.lineWidth = 1;
    if (p.momentOfTruth) {
      star(ctx, p.x, y - 22, 8, 3.4);
      ctx.fillStyle = COLORS.truth;
      ctx.fill();
      ctx.stroke();
    }
    if (p.painPoint) {
      ctx.beginPath();
      ctx.moveTo(p.x, y + 24 - 7);
      ctx.lineTo(p.x + 7.5, y + 24 + 6);
      ctx.lineTo(p.x - 7.5, y + 24 + 6);
      ctx.closePath();
      ctx.fillStyle = COLORS.pain;
      ctx.fill();
      ctx.stroke();
    }
  }
  ctx.restore();
}

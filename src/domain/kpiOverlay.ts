import { curvePlaces } from './emotionCurve';
import type { Journey } from './journey';
import { KPI_LIMITS, type KpiField } from './fields';
import { CURVE, curveY } from './look/curve';

/** One touchpoint's measure drawn over the emotion curve. */
export interface KpiOverlayPoint {
  touchpointId: string;
  /** Where the touchpoint's emotion point sits (curvePlaces), in canvas units. */
  x: number;
  value: number;
}

/**
 * The overlay's own vertical scale, in the measure's unit: `min` at the curve's bottom guide, `max` at its top.
 * `base` is where bars start: zero when the scale spans it (NPS), else its lower end (CES starts at 1).
 */
export interface KpiScale {
  min: number;
  max: number;
  base: number;
}

/** Every touchpoint that has the measure, in journey order, under its point on the emotion curve. */
export function kpiOverlayPoints(journey: Pick<Journey, 'stages' | 'touchpoints'>, field: KpiField): KpiOverlayPoint[] {
  const points: KpiOverlayPoint[] = [];
  for (const { touchpoint: t, x } of curvePlaces(journey)) {
    const value = t[field];
    if (value !== null) points.push({ touchpointId: t.id, x, value });
  }
  return points;
}

/** The smallest of 1, 2 or 5 times a power of ten that is at least `value` (> 0): a round scale end. */
export function roundUp(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((k) => k * power).find((end) => end >= value * (1 - 1e-12))!;
}

/**
 * The scale a measure is drawn on. A score with a fixed range (NPS -100..100, CSAT and FCR 0..100 %, CES
 * 1..7) uses the whole range, so a bar reads against what the score can be, whatever the journey holds.
 * Counts and money (volume, cost) have no top: 0 up to the largest value rounded up (roundUp).
 */
export function kpiScale(field: KpiField, values: readonly number[]): KpiScale {
  if (field === 'kpiVolume' || field === 'kpiCost') {
    return { min: 0, max: roundUp(Math.max(0, ...values)), base: 0 };
  }
  const { min, max } = KPI_LIMITS[field];
  return { min, max, base: min > 0 ? min : max < 0 ? max : 0 };
}

/** Where `value` sits on the scale, from 0 (min) to 1 (max), clamped. */
export function scaleFraction(value: number, scale: Pick<KpiScale, 'min' | 'max'>): number {
  if (scale.max === scale.min) return 0;
  return Math.min(1, Math.max(0, (value - scale.min) / (scale.max - scale.min)));
}

/**
 * Band-relative y (canvas units, as curveY) of a value on the overlay's scale: the scale's min on the curve's
 * -2 guide, its max on the +2 guide, clamped between them.
 */
export function kpiOverlayY(value: number, scale: Pick<KpiScale, 'min' | 'max'>): number {
  return curveY(-2 + 4 * scaleFraction(value, scale));
}

/** Where one bar of the overlay and its value are drawn, band-relative canvas units (see kpiOverlayBar). */
export interface KpiOverlayBar {
  x: number;
  y: number;
  width: number;
  /** At least 1, so a value on the base still shows. */
  height: number;
  /** Where the value is written (its text's start and baseline): beside the bar's value end. */
  labelX: number;
  labelY: number;
}

/**
 * One bar of the overlay, as the canvas, the PNG and every export place it: from the scale's base to the
 * point's value (kpiOverlayY), CURVE.kpiBar wide and centred under the point, its value beside its value end.
 */
export function kpiOverlayBar(point: Pick<KpiOverlayPoint, 'x' | 'value'>, scale: KpiScale): KpiOverlayBar {
  const { width, gap, drop } = CURVE.kpiBar;
  const y = kpiOverlayY(point.value, scale);
  const base = kpiOverlayY(scale.base, scale);
  return {
    x: point.x - width / 2,
    y: Math.min(y, base),
    width,
    height: Math.max(1, Math.abs(base - y)),
    labelX: point.x + width / 2 + gap,
    labelY: y + drop,
  };
}

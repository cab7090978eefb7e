import { journeyOrder } from '../../domain/emotionCurve';
import type { KpiField } from '../../domain/fields';
import type { Journey, Touchpoint } from '../../domain/journey';
import { kpiScale } from '../../domain/kpiOverlay';
import type { PdfCard, PdfCurveOverlay, PdfCurvePoint } from './model';

/**
 * Where the PDF's emotion curve and its KPI overlay put each touchpoint: a column position (stage index plus
 * a fraction), so the curve lines up with the grid's columns on every page.
 */

/**
 * The touchpoints `plotted` picks, in journey order, each with its column position: its stage plus a
 * fraction, evenly spread across the stage's column in that order.
 */
function spread(
  journey: Journey,
  cardById: Map<string, PdfCard>,
  plotted: (t: Touchpoint) => boolean,
): { touchpoint: Touchpoint; at: number }[] {
  const placed = journeyOrder(journey).filter((t) => plotted(t) && cardById.has(t.id));
  // journeyOrder ranks a touchpoint with a missing stage last; the grid draws it under its x, so re-sort stably.
  placed.sort((a, b) => cardById.get(a.id)!.stage - cardById.get(b.id)!.stage);
  const perStage = new Map<number, number>();
  for (const t of placed) perStage.set(cardById.get(t.id)!.stage, (perStage.get(cardById.get(t.id)!.stage) ?? 0) + 1);
  const seen = new Map<number, number>();
  return placed.map((t) => {
    const stage = cardById.get(t.id)!.stage;
    const index = seen.get(stage) ?? 0;
    seen.set(stage, index + 1);
    return { touchpoint: t, at: stage + (index + 0.5) / perStage.get(stage)! };
  });
}

/** The emotion curve's points: each touchpoint with an emotion, under its card's column. */
export function curvePoints(journey: Journey, cardById: Map<string, PdfCard>): PdfCurvePoint[] {
  return spread(journey, cardById, (t) => t.emotion !== null).map(({ touchpoint: t, at }) => ({
    touchpointId: t.id,
    emotion: t.emotion!,
    momentOfTruth: t.momentOfTruth,
    painPoint: t.painPoint,
    at,
  }));
}

/** The measure `field` over the curve, on its own scale, each value under its touchpoint's column. */
export function curveOverlay(journey: Journey, cardById: Map<string, PdfCard>, field: KpiField): PdfCurveOverlay {
  const points = spread(journey, cardById, (t) => t[field] !== null).map(({ touchpoint: t, at }) => ({
    touchpointId: t.id,
    value: t[field]!,
    at,
  }));
  return {
    field,
    scale: kpiScale(
      field,
      points.map((p) => p.value),
    ),
    points,
  };
}

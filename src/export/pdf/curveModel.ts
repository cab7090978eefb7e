import { curveSeries } from '../../domain/curveSeries';
import { columnPositions, journeyOrder } from '../../domain/emotionCurve';
import type { KpiField } from '../../domain/fields';
import type { Emotion, Journey, Touchpoint } from '../../domain/journey';
import { curveLines, keyedLines, ratedPersonaIds, ratersOf } from '../../domain/curveLines';
import { kpiScale } from '../../domain/kpiOverlay';
import type { PdfCard, PdfCurveOverlay, PdfCurvePoint, PdfCurveSeries } from './model';
import { nameCurveLines, type CurveLineWords, type NamedCurveLine } from '../../i18n/curveLineName';

/**
 * Where the PDF's emotion curve and its KPI overlay put each touchpoint: a column position (stage index plus
 * a fraction), so the curve lines up with the grid's columns on every page.
 */

/**
 * The touchpoints `plotted` picks, in journey order, each with its column position: its stage plus a
 * fraction. Every touchpoint of a stage gets its slot, evenly spread across the column in journey order,
 * before any is picked: so one touchpoint sits at the same place on every curve (each persona's, the
 * delivered experience's) and under its KPI bar, whichever of them it has a value on.
 */
function spread(
  journey: Journey,
  cardById: Map<string, PdfCard>,
  plotted: (t: Touchpoint) => boolean,
): { touchpoint: Touchpoint; at: number }[] {
  const placed = journeyOrder(journey).filter((t) => cardById.has(t.id));
  // journeyOrder ranks a touchpoint with a missing stage last; the grid draws it under its x, so re-sort stably.
  placed.sort((a, b) => cardById.get(a.id)!.stage - cardById.get(b.id)!.stage);
  // The canvas and the PNG spread a stage's points with the same function (domain curvePlaces).
  const at = columnPositions(placed, (t) => cardById.get(t.id)!.stage);
  // A card with no stage column (restore gives every touchpoint one; a model built otherwise may not) sits in
  // the first column's middle rather than at no place at all.
  const slots = placed.map((touchpoint, i) => ({ touchpoint, at: at[i] ?? 0.5 }));
  return slots.filter(({ touchpoint }) => plotted(touchpoint));
}

/**
 * A curve's points: each touchpoint with a score `emotionOf` picks (the main persona's emotion unless told),
 * at its own place in its card's column.
 */
export function curvePoints(
  journey: Journey,
  cardById: Map<string, PdfCard>,
  emotionOf: (t: Touchpoint) => Emotion | null = (t) => t.emotion,
): PdfCurvePoint[] {
  return spread(journey, cardById, (t) => emotionOf(t) !== null).map(({ touchpoint: t, at }) => ({
    touchpointId: t.id,
    emotion: emotionOf(t)!,
    momentOfTruth: t.momentOfTruth,
    painPoint: t.painPoint,
    at,
  }));
}

/**
 * The curves as the editor draws them (domain curveSeries): the persona `chosen` there solid (`curve`), every
 * other persona and the delivered experience as dashed series in their screen colours (domain curveLines),
 * the lines the legend names with their names in `words`' language (`curveKey`: none when the band draws
 * one), and the marks the chosen persona has no emotion for (`unrated`).
 */
export function curveModel(
  journey: Journey,
  cardById: Map<string, PdfCard>,
  chosen: string | null,
  words: CurveLineWords,
): { curve: PdfCurvePoint[]; curveKey: NamedCurveLine[]; series: PdfCurveSeries[]; unrated: PdfCurvePoint[] } {
  const set = curveSeries(journey, chosen, (emotionOf) => curvePoints(journey, cardById, emotionOf));
  const rated = ratedPersonaIds(journey, ratersOf(journey.touchpoints));
  const lines = nameCurveLines(words, journey.personas, curveLines(journey, chosen, set.delivered.length > 0, rated));
  const pointsOf = new Map(set.others.map((other) => [other.index, other.points]));
  const series: PdfCurveSeries[] = [];
  for (const line of lines) {
    if (line.kind === 'chosen') continue;
    const points = line.kind === 'delivered' ? set.delivered : (pointsOf.get(line.personaIndex) ?? []);
    series.push({ kind: line.kind, label: line.name, color: line.color, dash: line.dash, points });
  }
  return { curve: set.active, curveKey: keyedLines(lines), series, unrated: set.unrated };
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

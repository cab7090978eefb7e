import type { Journey, Touchpoint } from './journey';
import { DELIVERED_COLOR, PERSONA_COLORS } from './look/colors';
import { CURVE } from './look/curve';
import { activePersonaId, isMainPersona } from './personas';

// Which lines the emotion band draws, in which look, and which of them a key names: one definition for the
// canvas's legend panel, the PNG's key and the PDF's legend (the lines themselves are curveSeries').

/** One line of the emotion band, as a key lists it (curveLines). */
export type CurveLine =
  /**
   * The chosen persona's line, drawn solid in the emotion colours; `personaIndex` null for a journey without
   * personas, whose one line is the touchpoints' own emotions.
   */
  | { kind: 'chosen'; personaIndex: number | null; color: null; dash: null }
  /** Another persona's line, dashed in its colour; `personaIndex` its 0-based place among the personas. */
  | { kind: 'persona'; personaIndex: number; color: string; dash: readonly number[] }
  /** The delivered experience (audits, mystery shopping), dashed in slate. */
  | { kind: 'delivered'; personaIndex: null; color: string; dash: readonly number[] };

/** The colour of a persona's line while another is chosen, by its 0-based place among the journey's personas. */
export function personaLineColor(index: number): string {
  return PERSONA_COLORS[index % PERSONA_COLORS.length];
}

/** Whether the band draws a delivered-experience line: some touchpoint was assessed (curveSeries plots each). */
export function hasDeliveredLine(touchpoints: readonly Pick<Touchpoint, 'delivered'>[]): boolean {
  return touchpoints.some((t) => t.delivered !== null);
}

/**
 * Who rated any of `touchpoints`: `main` whether one has its own emotion (the main persona's), `others` the
 * ids of the other personas with an emotion on one (their entries in personaEmotions).
 */
export interface Raters {
  main: boolean;
  others: ReadonlySet<string>;
}

/** Raters of `touchpoints` (see Raters): one pass over them. */
export function ratersOf(touchpoints: readonly Pick<Touchpoint, 'emotion' | 'personaEmotions'>[]): Raters {
  let main = false;
  const others = new Set<string>();
  for (const t of touchpoints) {
    if (t.emotion !== null) main = true;
    for (const id of Object.keys(t.personaEmotions)) others.add(id);
  }
  return { main, others };
}

/**
 * The ids of the journey's personas that rated some touchpoint (`raters`, ratersOf its touchpoints), in the
 * journey's order: those whose line the band draws.
 */
export function ratedPersonaIds(journey: Pick<Journey, 'personas'>, raters: Raters): Set<string> {
  return new Set(
    journey.personas
      .filter((p) => (isMainPersona(journey, p.id) ? raters.main : raters.others.has(p.id)))
      .map((p) => p.id),
  );
}

/**
 * Every line the emotion band draws (curveSeries), in the order a key lists them: the persona `chosen` in
 * the editor (the main one when it is gone) solid first, every other persona that rated a touchpoint
 * (`rated`, ratedPersonaIds: one that rated none draws no line) dashed in its colour in the journey's order,
 * then the delivered experience when `delivered` (the band draws it: hasDeliveredLine, or curveSeries'
 * `delivered` not empty). Dash patterns are in canvas units (CURVE.series).
 */
export function curveLines(
  journey: Pick<Journey, 'personas'>,
  chosen: string | null,
  delivered: boolean,
  rated: ReadonlySet<string>,
): CurveLine[] {
  const activeId = activePersonaId(journey, chosen);
  const activeIndex = journey.personas.findIndex((p) => p.id === activeId);
  const lines: CurveLine[] = [
    { kind: 'chosen', personaIndex: activeIndex >= 0 ? activeIndex : null, color: null, dash: null },
  ];
  journey.personas.forEach((persona, index) => {
    if (index === activeIndex || !rated.has(persona.id)) return;
    lines.push({
      kind: 'persona',
      personaIndex: index,
      color: personaLineColor(index),
      dash: CURVE.series.personaDash,
    });
  });
  if (delivered) {
    lines.push({ kind: 'delivered', personaIndex: null, color: DELIVERED_COLOR, dash: CURVE.series.deliveredDash });
  }
  return lines;
}

/**
 * The lines a key names: all of `lines` (curveLines, named or not) when the band draws more than one, else
 * none, since a lone line is the curve itself and the legend's emotion colours already explain it.
 */
export function keyedLines<L extends CurveLine>(lines: readonly L[]): L[] {
  return lines.length > 1 ? [...lines] : [];
}

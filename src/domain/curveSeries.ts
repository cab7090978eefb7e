import { emotionCurvePoints, type EmotionCurvePoint } from './emotionCurve';
import type { Emotion, Journey, Touchpoint } from './journey';
import { CURVE } from './look/curve';
import { activePersonaId, emotionFor, shownEmotion, shownPersonaId } from './personas';

// Apart from emotionCurve.ts, which the library's cards load before anything else: only the editor and the
// exports draw more than one curve.

/** Every curve the emotion band draws (see curveSeries), as points of type P. */
export interface CurveSeriesSet<P = EmotionCurvePoint> {
  /** The chosen persona's curve: the one edited, drawn solid with its points' marks. */
  active: P[];
  /** The chosen persona, or null for a journey without personas. */
  activePersonaId: string | null;
  /** Every other persona's curve, with the persona's index in the journey's list (which picks its colour). */
  others: Array<{ personaId: string; index: number; points: P[] }>;
  /** The delivered experience (audits, mystery shopping), where assessed. */
  delivered: P[];
  /**
   * The moments of truth and pain points the chosen persona has no emotion for, so their marks stay on the
   * curve: each at its touchpoint's place, at CURVE.unrated.level (its `emotion` there is that level, where
   * the marks are drawn, not a score: draw them with no dot).
   */
  unrated: P[];
}

/**
 * The curves of a journey as the canvas's emotion band draws them: the persona `chosen` in the editor (or
 * the main one when it is gone, activePersonaId) solid, every other persona and the delivered experience
 * as thin dashed lines, and the marks of moments of truth and pain points that persona has no emotion for
 * (`unrated`). A journey without personas has the touchpoints' own emotions as its one curve.
 * `plot` places the touchpoints a score picks: across their stages' canvas columns (emotionCurvePoints)
 * unless told, e.g. across the PDF's columns.
 */
export function curveSeries<P = EmotionCurvePoint>(
  journey: Pick<Journey, 'stages' | 'touchpoints' | 'personas'>,
  chosen: string | null,
  plot: (emotionOf: (t: Touchpoint) => Emotion | null) => P[] = (emotionOf) =>
    emotionCurvePoints(journey, emotionOf) as P[],
): CurveSeriesSet<P> {
  const activeId = activePersonaId(journey, chosen);
  const others: CurveSeriesSet<P>['others'] = [];
  let active: P[] | null = null;
  journey.personas.forEach((persona, index) => {
    const points = plot((t) => emotionFor(journey, t, persona.id));
    if (persona.id === activeId) active = points;
    else others.push({ personaId: persona.id, index, points });
  });
  const shown = shownPersonaId(journey, chosen);
  return {
    active: active ?? plot((t) => t.emotion),
    activePersonaId: activeId,
    others,
    delivered: plot((t) => t.delivered),
    unrated: plot((t) => (isUnratedMark(t, shown) ? CURVE.unrated.level : null)),
  };
}

/**
 * Whether a touchpoint draws an unrated mark on the curve of `shown` (shownPersonaId): a moment of truth or
 * pain point with no emotion for that persona.
 */
function isUnratedMark(t: Touchpoint, shown: string | null): boolean {
  return (t.momentOfTruth || t.painPoint) && shownEmotion(t, shown) === null;
}

/**
 * Whether the curve of the persona `chosen` (as curveSeries picks it: the main one when gone) draws any
 * unrated mark: a moment of truth or pain point that persona has no emotion for. The legends list the
 * dashed ring only then.
 */
export function hasUnratedMarks(journey: Pick<Journey, 'touchpoints' | 'personas'>, chosen: string | null): boolean {
  const shown = shownPersonaId(journey, chosen);
  return journey.touchpoints.some((t) => isUnratedMark(t, shown));
}

import { emotionCurvePoints } from '../../domain/emotionCurve';
import type { Emotion, Journey } from '../../domain/journey';
import { DELIVERED_COLOR, PERSONA_COLORS } from '../../domain/look/colors';
import { CURVE } from '../../domain/look/curve';
import { COLORS } from './theme';
import { instantiateTemplate } from '../../domain/templates';
import { meUno } from '../../domain/templates/meUno';
import { importCsv, MEASURED_CSV } from '../../test/measuredCsv';
import { drawJourneyMap } from './drawMap';
import { recordingContext } from './fakeContext';

/** "Me uno" with a second persona, Ana, who loves three touchpoints, and two audited ones. */
function withAna(): Journey {
  const journey = instantiateTemplate(meUno, 'es');
  journey.personas = [...journey.personas, { id: 'ana', name: 'Ana', description: '' }];
  journey.touchpoints = journey.touchpoints.map((t, i) => ({
    ...t,
    personaEmotions: i < 3 ? { ana: 2 as Emotion } : ({} as Record<string, Emotion>),
    delivered: i < 2 ? -1 : null,
  }));
  return journey;
}

function dots(journey: Journey, personaId: string | null) {
  const { ctx, dots, lines } = recordingContext();
  drawJourneyMap(ctx, journey, { locale: 'es', view: 'canvas', background: '#fff', scale: 2, personaId });
  const { dot, series } = CURVE;
  return {
    /** The solid curve's points: the big dots. */
    solid: dots.filter((d) => d.r === dot),
    ofColor: (color: string) => dots.filter((d) => d.r === series.dot && d.color === color),
    lineOf: (color: string) => lines.find((l) => l.color === color),
  };
}

describe('the PNG draws every curve the canvas draws', () => {
  const journey = withAna();
  const withEmotion = journey.touchpoints.filter((t) => t.emotion !== null).length;

  it('draws the main persona solid, Ana and the delivered experience as dotted series, each at its emotions', () => {
    const { solid, ofColor } = dots(journey, null);
    expect(solid).toHaveLength(withEmotion);
    const ana = ofColor(PERSONA_COLORS[1]);
    const delivered = ofColor(DELIVERED_COLOR);
    expect(ana).toHaveLength(3);
    expect(delivered).toHaveLength(2);
    // Ana's "¡Wow!" sits on the top guide, above the delivered "No me gusta".
    expect(new Set(ana.map((d) => d.y)).size).toBe(1);
    expect(ana[0].y).toBeLessThan(delivered[0].y);
  });

  it('joins each series with a dashed line through its dots, Ana and the delivered ones dashed apart', () => {
    const { ofColor, lineOf } = dots(journey, null);
    for (const [color, dash] of [
      [PERSONA_COLORS[1], CURVE.series.personaDash],
      [DELIVERED_COLOR, CURVE.series.deliveredDash],
    ] as const) {
      const line = lineOf(color);
      expect(line?.dash).toEqual([...dash]);
      expect(line?.points).toEqual(ofColor(color).map(({ x, y }) => ({ x, y })));
    }
  });

  it('draws the persona chosen in the editor solid and the main one as a series', () => {
    const { solid, ofColor } = dots(journey, 'ana');
    expect(solid).toHaveLength(3);
    expect(ofColor(PERSONA_COLORS[0])).toHaveLength(withEmotion);
    expect(ofColor(PERSONA_COLORS[1])).toHaveLength(0);
  });

  it("draws each touchpoint's point apart, where the screen draws it, even two of one stage with one emotion", () => {
    const { solid } = dots(journey, null);
    expect(solid.map((d) => d.x)).toEqual(emotionCurvePoints(journey).map((p) => p.x));
    expect(new Set(solid.map((d) => `${d.x},${d.y}`)).size).toBe(withEmotion);
  });

  it('draws the main persona when the chosen one is gone', () => {
    expect(dots(journey, 'someone-deleted').solid).toHaveLength(withEmotion);
  });

  it('keeps the marks of a touchpoint the chosen persona has no emotion for, on the middle guide, with no dot', () => {
    // The user test's journey: T3 is a moment of truth and a pain point; Ana has no emotion for it.
    const measured = importCsv(MEASURED_CSV);
    const ana = measured.personas[1].id;
    const t3 = (points: { x: number; y: number }[]) => points[2];
    const record = (personaId: string | null) => {
      const { ctx, dots, lines } = recordingContext();
      drawJourneyMap(ctx, measured, { locale: 'en', view: 'canvas', background: '#fff', scale: 1, personaId });
      return { dots, lines };
    };
    // The main persona rates all four: +2, -2, 0, +1, so the middle guide is halfway between T1's and T2's.
    const main = record(null).dots.filter((d) => d.r === CURVE.dot);
    const middle = (main[0].y + main[1].y) / 2;
    expect(record(null).dots.filter((d) => d.r === CURVE.unrated.ring)).toEqual([]);

    const { dots: drawn, lines } = record(ana);
    const rings = drawn.filter((d) => d.r === CURVE.unrated.ring);
    expect(rings).toEqual([{ x: t3(main).x, y: middle, r: CURVE.unrated.ring, color: COLORS.surface }]);
    // No emotion dot there: Ana's solid points are T1, T2 and T4 only.
    expect(drawn.filter((d) => d.r === CURVE.dot).map((d) => d.x)).not.toContain(t3(main).x);
    const starts = lines.map((l) => l.points[0]);
    const { star, triangle } = CURVE;
    expect(starts).toContainEqual({ x: t3(main).x, y: middle - star.offset - star.outer });
    expect(starts).toContainEqual({ x: t3(main).x, y: middle + triangle.offset - triangle.top });
  });
});

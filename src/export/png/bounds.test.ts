import { BUILT_IN_FUNCTIONS } from '../../domain/vocabulary';
import type { Journey, Touchpoint } from '../../domain/journey';
import { EMOTION_CURVE_HEIGHT, TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH, journeyWidth } from '../../domain/layout';
import { columnHeight } from '../../domain/look/cardSize';
import { instantiateTemplate } from '../../domain/templates';
import { meUno } from '../../domain/templates/meUno';
import { CURVE_KEY } from './curveKey';
import { CURVE_GAP, mapBounds, mapGeometry, type Box } from './geometry';

const contains = (outer: Box, x: number, y: number, width: number, height: number) =>
  outer.x <= x && outer.y <= y && outer.x + outer.width >= x + width && outer.y + outer.height >= y + height;

function withOutliers(journey: Journey): Journey {
  const base = journey.touchpoints[0];
  const at = (id: string, x: number, y: number): Touchpoint => ({ ...base, id, position: { x, y } });
  return {
    ...journey,
    touchpoints: [
      ...journey.touchpoints,
      at('left-above', -900, -400),
      at('far-right', journeyWidth(journey) + 1200, 300),
      at('far-below', 100, 4000),
    ],
  };
}

describe('mapBounds', () => {
  const journey = withOutliers(instantiateTemplate(meUno, 'es'));

  it('covers every card on the free canvas, including cards left of, above, right of and below the columns', () => {
    const bounds = mapBounds(journey, 'canvas');
    for (const t of journey.touchpoints) {
      expect(contains(bounds, t.position.x, t.position.y, TOUCHPOINT_WIDTH, TOUCHPOINT_HEIGHT), t.id).toBe(true);
    }
    expect(bounds.x).toBeLessThan(-900);
    expect(bounds.y).toBeLessThan(-400);
  });

  it('covers every stage column and the emotion curve band below them', () => {
    const bounds = mapBounds(journey, 'canvas');
    const curveTop = columnHeight(journey) + CURVE_GAP;
    expect(contains(bounds, 0, 0, journeyWidth(journey), curveTop + EMOTION_CURVE_HEIGHT)).toBe(true);
  });

  it('covers taller cards when their measured heights are given', () => {
    const last = journey.touchpoints[journey.touchpoints.length - 1];
    const bounds = mapBounds(journey, 'canvas', { [last.id]: 600 });
    expect(bounds.y + bounds.height).toBeGreaterThanOrEqual(last.position.y + 600);
  });

  it('is in whole canvas units with a margin on every side', () => {
    const plain = instantiateTemplate(meUno, 'en');
    const bounds = mapBounds(plain, 'canvas');
    for (const v of Object.values(bounds)) expect(Number.isInteger(v)).toBe(true);
    expect(bounds.x).toBeLessThan(0);
    expect(bounds.y).toBeLessThan(0);
    expect(bounds.x + bounds.width).toBeGreaterThan(journeyWidth(plain));
  });

  it('covers every lane, every card and the curve in the blueprint grid', () => {
    const g = mapGeometry(journey, 'blueprint');
    expect(g.lanes.map((l) => l.id)).toEqual(BUILT_IN_FUNCTIONS.map((f) => f.id));
    const last = g.lanes[g.lanes.length - 1];
    expect(g.columnsHeight).toBe(last.y + last.height);
    for (const lane of g.lanes) expect(contains(g.bounds, 0, lane.y, g.width, lane.height)).toBe(true);
    for (const card of g.cards.values()) {
      expect(contains(g.bounds, card.x, card.y, card.width, card.height)).toBe(true);
      // The grid puts every card back in the columns, outliers included.
      expect(card.x).toBeGreaterThanOrEqual(0);
      expect(card.x + card.width).toBeLessThanOrEqual(g.width);
    }
    expect(contains(g.bounds, 0, g.curveTop, g.width, EMOTION_CURVE_HEIGHT)).toBe(true);
    expect(g.curveTop).toBe(g.columnsHeight + CURVE_GAP);
  });

  it('adds the no-function lane when a card has no owner, and covers it', () => {
    const orphan = {
      ...journey,
      touchpoints: [...journey.touchpoints, { ...journey.touchpoints[0], id: 'orphan', functionId: null }],
    };
    const g = mapGeometry(orphan, 'blueprint');
    const none = g.lanes.find((l) => l.id === null);
    expect(none).toBeDefined();
    expect(contains(g.bounds, 0, none!.y, g.width, none!.height)).toBe(true);
    const card = g.cards.get('orphan')!;
    expect(card.y).toBeGreaterThanOrEqual(none!.y);
  });

  it('still has a size for an empty journey', () => {
    const empty = { ...journey, stages: [], touchpoints: [], connections: [] };
    const bounds = mapBounds(empty, 'canvas');
    expect(bounds.width).toBeGreaterThan(0);
    expect(bounds.height).toBeGreaterThan(EMOTION_CURVE_HEIGHT);
  });

  it('puts the key to the curve’s lines under the band, clear of every card, inside the bounds', () => {
    const rated = { ...journey.touchpoints[0], personaEmotions: { ana: 1 as const } };
    const two = {
      ...journey,
      personas: [...journey.personas, { id: 'ana', name: 'Ana', description: '' }],
      touchpoints: [rated, ...journey.touchpoints.slice(1)],
    };
    // A card measured far taller than the model says reaches under the band; the key moves below it.
    const tall = two.touchpoints[1];
    const g = mapGeometry(two, 'canvas', { cardHeights: { [tall.id]: 4000 } });
    const key = g.curveKey!;
    expect(key.y).toBeGreaterThanOrEqual(g.curveTop + EMOTION_CURVE_HEIGHT);
    expect(contains(g.bounds, key.x, key.y, key.width, key.height)).toBe(true);
    for (const card of g.cards.values()) {
      const apart = card.x + card.width <= key.x || card.x >= key.x + key.width || card.y + card.height <= key.y;
      expect(apart, `${card.x},${card.y}`).toBe(true);
    }
    expect(key.y).toBeGreaterThan(tall.position.y + 4000);
    expect(mapGeometry(journey, 'canvas').curveKey).toBeNull();
    // Names wrapped onto three lines make their row, the key and the bounds taller by as much.
    const wrapped = mapGeometry(two, 'canvas', { cardHeights: { [tall.id]: 4000 }, keyNameLines: [1, 3] });
    const grown = 2 * CURVE_KEY.lineHeight;
    expect(wrapped.curveKey!.height).toBe(key.height + grown);
    expect(wrapped.bounds.height).toBe(g.bounds.height + grown);
  });
});

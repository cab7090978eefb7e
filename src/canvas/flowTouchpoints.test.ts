import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Touchpoint } from '../domain/journey';
import { aTouchpoint } from '../test/touchpoint';
import { flowTouchpointsCache } from './flowTouchpoints';

const cards = (): Touchpoint[] => [
  aTouchpoint({ id: 'a', stageId: 'start', title: 'Sign up', functionId: 'sales', position: { x: 30, y: 100 } }),
  aTouchpoint({
    id: 'b',
    stageId: 'start',
    title: 'Welcome mail with the first steps, '.repeat(4),
    functionId: 'sales',
    position: { x: 30, y: 300 },
  }),
];

describe('flowTouchpointsCache', () => {
  it('keeps the list while an edit changes nothing the canvas lays out, as typing a short title', () => {
    const cache = flowTouchpointsCache();
    const list = cache.of(cards());
    const typed = produce(list, (tps) => {
      tps[0].title = 'Sign up!';
      tps[0].notes = 'Asked twice';
    });
    expect(cache.of(typed)).toBe(list);
  });

  it('gives the new list when a card moves, changes owner, grows taller by its title or a KPI line, or the ids change', () => {
    const edits: ((tps: Touchpoint[]) => void)[] = [
      (tps) => void (tps[1].position = { x: 30, y: 312 }),
      (tps) => void (tps[1].functionId = 'support'),
      (tps) => void (tps[0].title = 'A title long enough to take several lines on the card, '.repeat(3)),
      (tps) => void (tps[1].kpiNps = 40),
      (tps) => void tps.reverse(),
      (tps) => void tps.pop(),
    ];
    for (const edit of edits) {
      const cache = flowTouchpointsCache();
      const list = cache.of(cards());
      const edited = produce(list, edit);
      expect(cache.of(edited)).toBe(edited);
    }
  });
});

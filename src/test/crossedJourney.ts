import { blankTouchpoint } from '../domain/blank';
import { createEmptyJourney } from '../domain/factory';
import type { Journey } from '../domain/journey';

/**
 * Two stages of two cards each, a1 and a2 over b1 and b2, whose two connections cross (a1 to b2, a2 to b1):
 * what a tidy-up should uncross.
 */
export function crossedJourney(): Journey {
  const journey = createEmptyJourney('Cruce', ['A', 'B']);
  const [a, b] = journey.stages;
  const at = (id: string, stageId: string, y: number) => blankTouchpoint({ id, stageId, position: { x: 0, y } });
  journey.touchpoints = [at('a1', a.id, 0), at('a2', a.id, 200), at('b1', b.id, 0), at('b2', b.id, 200)];
  journey.connections = [
    { id: 'x', from: 'a1', to: 'b2', label: '' },
    { id: 'y', from: 'a2', to: 'b1', label: '' },
  ];
  return journey;
}

import { describe, expect, it, vi } from 'vitest';
import { blankTouchpoint } from './blank';
import { createEmptyJourney } from './factory';
import { computeTidyLayout } from './tidyLayout';

// dagre's chunk cannot be fetched (offline before the service worker cached the app).
vi.mock('@dagrejs/dagre', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('computeTidyLayout without dagre', () => {
  it('still tidies, by barycentre sweeps, when the code of dagre cannot be fetched', async () => {
    const journey = createEmptyJourney('Cruce', ['A', 'B']);
    const [a, b] = journey.stages;
    const at = (id: string, stageId: string, y: number) => blankTouchpoint({ id, stageId, position: { x: 0, y } });
    journey.touchpoints = [at('a1', a.id, 0), at('a2', a.id, 200), at('b1', b.id, 0), at('b2', b.id, 200)];
    journey.connections = [
      { id: 'x', from: 'a1', to: 'b2', label: '' },
      { id: 'y', from: 'a2', to: 'b1', label: '' },
    ];
    const positions = await computeTidyLayout(journey);
    // Uncrossed: each connection joins cards of one row.
    expect(positions.a1.y).toBe(positions.b2.y);
    expect(positions.a2.y).toBe(positions.b1.y);
    expect(positions.a1.y).not.toBe(positions.a2.y);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { computeTidyLayout } from './tidyLayout';
import { crossedJourney } from '../test/crossedJourney';

// dagre's chunk cannot be fetched (offline before the service worker cached the app).
vi.mock('@dagrejs/dagre', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('computeTidyLayout without dagre', () => {
  it('still tidies, by barycentre sweeps, when the code of dagre cannot be fetched', async () => {
    const journey = crossedJourney();
    const positions = await computeTidyLayout(journey);
    // Uncrossed: each connection joins cards of one row.
    expect(positions.a1.y).toBe(positions.b2.y);
    expect(positions.a2.y).toBe(positions.b1.y);
    expect(positions.a1.y).not.toBe(positions.a2.y);
  });
});

import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createEmptyJourney } from '../factory';
import type { Journey } from '../journey';
import { functionsOf } from '../vocabulary';
import { setFunctionBackstage } from './vocabularyCommands';

function withIt(): Journey {
  return {
    ...createEmptyJourney('Me uno', ['Me informo']),
    customFunctions: [{ id: 'it', label: 'IT', icon: 'wrench', color: '#0ea5e9', backstage: false }],
  };
}

const run = (journey: Journey, payload: { id: string; backstage: boolean }) =>
  produce(journey, (d) => setFunctionBackstage.apply(d, payload));

describe('setFunctionBackstage', () => {
  it("marks a team's own function backstage and back, as the blueprint reads it", () => {
    const backstage = run(withIt(), { id: 'it', backstage: true });
    expect(functionsOf(backstage, 'en').find((f) => f.id === 'it')?.backstage).toBe(true);
    const front = run(backstage, { id: 'it', backstage: false });
    expect(front.customFunctions[0].backstage).toBe(false);
  });

  it('changes nothing for a built-in function or an unknown id', () => {
    const journey = withIt();
    expect(run(journey, { id: 'back-office', backstage: false })).toBe(journey);
    expect(run(journey, { id: 'ghost', backstage: true })).toBe(journey);
    expect(functionsOf(journey, 'en').find((f) => f.id === 'back-office')?.backstage).toBe(true);
  });
});

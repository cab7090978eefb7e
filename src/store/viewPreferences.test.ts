import { describe, expect, it } from 'vitest';
import {
  JOURNEY_VIEWS_KEPT,
  rememberBlueprintLayout,
  rememberedBlueprintLayout,
  rememberedJourneyView,
  rememberJourneyView,
} from './viewPreferences';

function memory(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v) };
}

describe('the remembered blueprint layout', () => {
  it('is the lanes by owning function until the user picks the layers, then the layers', () => {
    const storage = memory();
    expect(rememberedBlueprintLayout(storage)).toBe('functions');
    rememberBlueprintLayout('layers', storage);
    expect(rememberedBlueprintLayout(storage)).toBe('layers');
  });

  it('ignores a value it does not know, and a storage that refuses to write', () => {
    const storage = memory();
    storage.setItem('recorrido.blueprintLayout', 'swimlanes');
    expect(rememberedBlueprintLayout(storage)).toBe('functions');
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => rememberBlueprintLayout('layers', full)).not.toThrow();
  });
});

describe('the remembered view of a journey', () => {
  it('gives back the persona and the overlay chosen for each journey, each choice kept apart', () => {
    const storage = memory();
    expect(rememberedJourneyView('j1', storage)).toBeNull();
    rememberJourneyView('j1', { personaId: 'ana' }, storage);
    rememberJourneyView('j1', { curveOverlay: 'kpiCsat' }, storage);
    rememberJourneyView('j2', { curveOverlay: 'kpiNps' }, storage);
    expect(rememberedJourneyView('j1', storage)).toEqual({ personaId: 'ana', curveOverlay: 'kpiCsat' });
    expect(rememberedJourneyView('j2', storage)).toEqual({ personaId: null, curveOverlay: 'kpiNps' });
    rememberJourneyView('j1', { personaId: null, curveOverlay: null }, storage);
    expect(rememberedJourneyView('j1', storage)).toEqual({ personaId: null, curveOverlay: null });
  });

  it('keeps the latest journeys only, a journey opened again counting as latest', () => {
    const storage = memory();
    rememberJourneyView('first', { personaId: 'ana' }, storage);
    rememberJourneyView('second', { personaId: 'luis' }, storage);
    for (let i = 0; i < JOURNEY_VIEWS_KEPT - 2; i++) rememberJourneyView(`j${i}`, { curveOverlay: 'kpiCes' }, storage);
    rememberJourneyView('first', {}, storage);
    rememberJourneyView('one too many', { curveOverlay: 'kpiFcr' }, storage);
    expect(rememberedJourneyView('first', storage)).toEqual({ personaId: 'ana', curveOverlay: null });
    expect(rememberedJourneyView('second', storage)).toBeNull();
    expect(JSON.parse(storage.getItem('recorrido.journeyViews')!)).toHaveLength(JOURNEY_VIEWS_KEPT);
  });

  it('ignores what it cannot read, and a storage that refuses to write or is not there', () => {
    const storage = memory();
    for (const garbage of ['not json', '{"j1":{}}', 'null']) {
      storage.setItem('recorrido.journeyViews', garbage);
      expect(rememberedJourneyView('j1', storage)).toBeNull();
    }
    storage.setItem(
      'recorrido.journeyViews',
      JSON.stringify([7, null, { personaId: 'x' }, { journeyId: 'j1', personaId: 3, curveOverlay: 'kpiMood' }]),
    );
    expect(rememberedJourneyView('j1', storage)).toEqual({ personaId: null, curveOverlay: null });
    rememberJourneyView('j2', { personaId: 'ana' }, storage);
    expect(rememberedJourneyView('j2', storage)).toEqual({ personaId: 'ana', curveOverlay: null });

    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => rememberJourneyView('j1', { curveOverlay: 'kpiNps' }, full)).not.toThrow();
    expect(rememberedJourneyView('j1', null)).toBeNull();
    expect(() => rememberJourneyView('j1', { personaId: 'ana' }, null)).not.toThrow();
  });
});

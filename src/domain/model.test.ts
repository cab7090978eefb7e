import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { labelConnection } from './commands/connectionCommands';
import { renameJourney, updateJourneyDetails } from './commands/journeyCommands';
import { renameStage, resizeStage } from './commands/stageCommands';
import { newTouchpoint, updateTouchpoints } from './commands/touchpointCommands';
import { addVocabularyEntry } from './commands/vocabularyCommands';
import { JOURNEY_FORMAT, JOURNEY_FORMAT_VERSION, toJourneyFile } from './format';
import type { Journey } from './journey';
import { LIMITS } from './limits';
import { restoreJourney } from './restore';
import { strictSchemas } from './schema';
import { TEMPLATES, instantiateTemplate } from './templates';

/** A journey with every field of every element set to something other than its default. */
function everyFieldSet(): Journey {
  return {
    id: 'j1',
    name: 'Me uno',
    description: 'Alta de un cliente nuevo',
    currency: 'USD',
    state: 'to-be',
    asIsId: 'j0',
    asIsTouchpointIds: ['t1'],
    personas: [
      { id: 'p1', name: 'Autónomo', description: 'Teletrabaja desde casa' },
      { id: 'p2', name: 'Familia joven', description: 'Dos hijos pequeños' },
    ],
    opportunities: [
      {
        id: 'o1',
        touchpointId: 't1',
        title: 'Precio en el anuncio',
        functionId: 'marketing',
        priority: 'high',
        status: 'planned',
      },
    ],
    stages: [{ id: 's1', name: 'Me informo', width: 320 }],
    touchpoints: [
      {
        id: 't1',
        title: 'Veo un anuncio',
        description: 'En redes sociales',
        stageId: 's1',
        channelId: 'custom-whatsapp',
        functionId: 'marketing',
        emotion: 2,
        momentOfTruth: true,
        painPoint: true,
        painNote: 'No dice el precio',
        notes: 'Lo dijo la sala',
        position: { x: 30, y: 100 },
        personaEmotions: { p2: -1 },
        delivered: 1,
        evidence: 'measured',
        backstage: 'La agencia publica la campaña',
        support: 'Gestor de campañas',
        kpiNps: -12,
        kpiCsat: 71.5,
        kpiCes: 3.2,
        kpiFcr: 64,
        kpiVolume: 1200,
        kpiCost: 4.75,
      },
      { ...newTouchpoint({ stages: [{ id: 's1', name: '', width: 320 }] }, { x: 30, y: 300 }), id: 't2' },
    ],
    connections: [{ id: 'c1', from: 't1', to: 't2', label: 'me envía el enlace' }],
    customChannels: [
      { id: 'custom-whatsapp', label: 'WhatsApp', icon: 'messages', color: '#16a34a', backstage: false },
    ],
    customFunctions: [{ id: 'custom-it', label: 'IT', icon: 'wrench', color: '#334155', backstage: false }],
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
  };
}

describe('one model: the types are the strict schema', () => {
  it('keeps every field of a journey with every field set, through the strict schema and restore', () => {
    const journey = everyFieldSet();
    expect(strictSchemas.document.parse(journey)).toEqual(journey);
    const restored = restoreJourney(toJourneyFile(journey));
    expect(restored).toMatchObject({ ok: true, repairs: [] });
    expect(restored.ok && restored.journey).toEqual(journey);
  });

  const cases = TEMPLATES.flatMap((template) =>
    (['es', 'en'] as const).map((locale) => [template.id, locale, template] as const),
  );
  it.each(cases)('restores the %s template (%s) strictly, without a repair', (_id, locale, template) => {
    const journey = instantiateTemplate(template, locale);
    expect(strictSchemas.document.safeParse(journey).success).toBe(true);
    const restored = restoreJourney(JSON.parse(JSON.stringify(toJourneyFile(journey))));
    expect(restored).toMatchObject({ ok: true, repairs: [] });
    expect(restored.ok && restored.journey).toEqual(journey);
  });
});

describe('unknown fields', () => {
  it('reports each one as a repair with its path, and keeps everything else', () => {
    const journey = everyFieldSet();
    const input = {
      format: JOURNEY_FORMAT,
      version: JOURNEY_FORMAT_VERSION,
      journey: {
        ...journey,
        segments: ['Ana'],
        touchpoints: [{ ...journey.touchpoints[0], kpis: { nps: 40 } }, journey.touchpoints[1]],
        stages: [{ ...journey.stages[0], colour: 'red' }],
      },
    };
    const restored = restoreJourney(input);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.repairs).toEqual(
      expect.arrayContaining([
        { code: 'unknown-field', path: 'journey.segments' },
        { code: 'unknown-field', path: 'journey.touchpoints.0.kpis' },
        { code: 'unknown-field', path: 'journey.stages.0.colour' },
      ]),
    );
    expect(restored.repairs).toHaveLength(3);
    expect(restored.journey).toEqual(journey);
  });

  it('reports an unknown field of a touchpoint position too', () => {
    const journey = everyFieldSet();
    const touchpoint = { ...journey.touchpoints[0], position: { x: 1, y: 2, z: 3 } };
    const restored = restoreJourney({
      ...toJourneyFile(journey),
      journey: { ...journey, touchpoints: [touchpoint, journey.touchpoints[1]] },
    });
    expect(restored.ok && restored.repairs).toEqual([
      { code: 'unknown-field', path: 'journey.touchpoints.0.position.z' },
    ]);
    expect(restored.ok && restored.journey.touchpoints[0].position).toEqual({ x: 1, y: 2 });
  });
});

describe('one set of limits (limits.ts) for schema, commands and inputs', () => {
  const journey = everyFieldSet();
  const long = (n: number) => 'x'.repeat(n + 10);
  const run = <P>(command: { apply: (draft: Journey, payload: P) => void }, payload: P) =>
    produce(journey, (draft) => command.apply(draft, payload));

  it('cuts what commands store to exactly what the strict schema accepts', () => {
    const results = [
      run(renameJourney, { name: long(LIMITS.journeyName) }),
      run(updateJourneyDetails, { description: long(LIMITS.longText) }),
      run(renameStage, { id: 's1', name: long(LIMITS.stageName) }),
      run(updateTouchpoints, { ids: ['t1'], fields: { title: long(LIMITS.touchpointTitle) } }),
      run(labelConnection, { id: 'c1', label: long(LIMITS.connectionLabel) }),
      run(addVocabularyEntry, {
        kind: 'channel',
        entry: { label: long(LIMITS.vocabularyLabel), icon: 'tag', color: '#123456' },
      }),
      run(resizeStage, { id: 's1', width: 50_000 }),
    ];
    expect(results[0].name).toHaveLength(LIMITS.journeyName);
    expect(results[2].stages[0].name).toHaveLength(LIMITS.stageName);
    expect(results[3].touchpoints[0].title).toHaveLength(LIMITS.touchpointTitle);
    expect(results[6].stages[0].width).toBe(LIMITS.stageWidth.max);
    for (const result of results) expect(strictSchemas.document.safeParse(result).error).toBeUndefined();
  });

  it('clamps an out-of-range stage width from a file to the nearest limit, and reports it', () => {
    const wide = { ...journey, stages: [{ ...journey.stages[0], width: 10_000 }] };
    const restored = restoreJourney(toJourneyFile(wide));
    expect(restored.ok && restored.journey.stages[0].width).toBe(LIMITS.stageWidth.max);
    expect(restored.ok && restored.repairs).toEqual([
      { code: 'invalid-value', path: 'journey.stages.0.width', value: '10000' },
    ]);
  });

  it('never cuts an emoji in half', () => {
    const name = 'x'.repeat(LIMITS.journeyName - 1) + '😀';
    const renamed = run(renameJourney, { name });
    expect(renamed.name).toBe('x'.repeat(LIMITS.journeyName - 1));
  });
});

describe('format versions', () => {
  const dir = join(__dirname, 'fixtures');
  const fixtures = readdirSync(dir).filter((name) => name.endsWith('.json'));

  it.each(Array.from({ length: JOURNEY_FORMAT_VERSION + 1 }, (_, version) => version))(
    'has a fixture file written in format version %i, which restores without a repair',
    (version) => {
      const mine = fixtures.filter((name) => name.startsWith(`v${version}-`));
      expect(mine.length, `add src/domain/fixtures/v${version}-<name>.json`).toBeGreaterThan(0);
      for (const name of mine) {
        const restored = restoreJourney(readFileSync(join(dir, name), 'utf8'));
        expect(restored, name).toMatchObject({ ok: true, migratedFrom: version, repairs: [] });
      }
    },
  );
});

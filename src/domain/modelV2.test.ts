import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { addPersona, removePersona, setPersonaEmotion } from './commands/personaCommands';
import { JOURNEY_FORMAT, JOURNEY_FORMAT_VERSION, toJourneyFile } from './format';
import type { Journey } from './journey';
import { MIGRATED_PERSONA_ID } from './migrations';
import { emotionFor } from './personas';
import { restoreJourney } from './restore';
import { TEMPLATES, instantiateTemplate } from './templates';

const NOW = new Date('2026-03-01T10:00:00.000Z');

/** A current journey written back as format version 1: the main persona's description is its one persona line. */
function asVersion1(journey: Journey): unknown {
  const { personas, opportunities: _o, currency: _c, ...rest } = structuredClone(journey);
  return {
    format: JOURNEY_FORMAT,
    version: 1,
    journey: {
      ...rest,
      persona: personas[0]?.description ?? '',
      touchpoints: rest.touchpoints.map((t) => ({
        id: t.id,
        title: t.title,
        description: t.description,
        stageId: t.stageId,
        channelId: t.channelId,
        functionId: t.functionId,
        emotion: t.emotion,
        momentOfTruth: t.momentOfTruth,
        painPoint: t.painPoint,
        painNote: t.painNote,
        notes: t.notes,
        position: t.position,
      })),
      customChannels: rest.customChannels.map(({ backstage: _b, ...entry }) => entry),
      customFunctions: rest.customFunctions.map(({ backstage: _b, ...entry }) => entry),
    },
  };
}

function restoredJourney(input: unknown): Journey {
  const result = restoreJourney(input);
  if (!result.ok) throw new Error(result.error.code);
  expect(result.repairs).toEqual([]);
  return result.journey;
}

describe('migration from version 1 to the current version', () => {
  const fixtures = readdirSync(join(__dirname, 'fixtures')).filter((n) => /^v[01]-.*\.json$/.test(n));

  it.each(fixtures)('%s: its persona line becomes the main persona, every emotion stays', (name) => {
    const raw = JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8'));
    const old = raw.journey ?? raw;
    const journey = restoredJourney(raw);
    expect(journey.personas).toEqual([{ id: MIGRATED_PERSONA_ID, name: '', description: old.persona }]);
    expect(journey.touchpoints.map((t) => t.emotion)).toEqual(
      old.touchpoints.map((t: Journey['touchpoints'][0]) => t.emotion),
    );
    expect(
      journey.touchpoints.every((t) => t.kpiNps === null && t.delivered === null && t.evidence === 'assumed'),
    ).toBe(true);
    expect(journey.opportunities).toEqual([]);
    // The same file migrates to the same journey every time.
    expect(restoredJourney(raw)).toEqual(journey);
  });

  const templates = TEMPLATES.flatMap((t) => (['es', 'en'] as const).map((locale) => [t.id, locale, t] as const));
  it.each(templates)(
    'the %s template (%s) written as version 1 opens unchanged in meaning',
    (_id, locale, template) => {
      const current = instantiateTemplate(template, locale, NOW);
      const migrated = restoredJourney(asVersion1(current));
      expect(migrated).toEqual({
        ...current,
        personas: [{ ...current.personas[0], id: MIGRATED_PERSONA_ID, name: '' }],
      });
    },
  );
});

describe('JSON round trip of a version-2 journey', () => {
  it('is deep-equal, KPIs, personas and opportunities included', () => {
    const raw = readFileSync(join(__dirname, 'fixtures', 'v2-me-quejo-medido-es.json'), 'utf8');
    const journey = restoredJourney(raw);
    expect(journey.personas).toHaveLength(2);
    expect(journey.opportunities).toHaveLength(3);
    const again = restoredJourney(JSON.parse(JSON.stringify(toJourneyFile(journey))));
    expect(again).toEqual(journey);
    expect(toJourneyFile(again)).toEqual({ format: JOURNEY_FORMAT, version: JOURNEY_FORMAT_VERSION, journey });
  });
});

describe('persona emotions', () => {
  const template = instantiateTemplate(TEMPLATES[0], 'es', NOW);
  const run = <P>(journey: Journey, command: { apply: (d: Journey, p: P) => void }, payload: P) =>
    produce(journey, (d) => command.apply(d, payload));

  it('are independent: setting one persona’s leaves the main one’s and the others’ as they were', () => {
    const main = template.personas[0].id;
    const [t1, t2] = template.touchpoints;
    let j = run(template, addPersona, { name: 'Mayor', id: 'p2' });
    j = run(j, addPersona, { name: 'Pyme', id: 'p3' });
    j = run(j, setPersonaEmotion, { ids: [t1.id], personaId: 'p2', emotion: -2 });
    j = run(j, setPersonaEmotion, { ids: [t1.id, t2.id], personaId: 'p3', emotion: 2 });
    const first = j.touchpoints[0];
    expect(first.emotion).toBe(t1.emotion);
    expect([main, 'p2', 'p3'].map((p) => emotionFor(j, first, p))).toEqual([t1.emotion, -2, 2]);
    expect(emotionFor(j, j.touchpoints[1], 'p2')).toBeNull();

    j = run(j, setPersonaEmotion, { ids: [t1.id], personaId: main, emotion: -1 });
    expect(j.touchpoints[0]).toMatchObject({ emotion: -1, personaEmotions: { p2: -2, p3: 2 } });

    j = run(j, removePersona, { id: 'p2' });
    expect(j.touchpoints[0].personaEmotions).toEqual({ p3: 2 });
    expect(run(j, removePersona, { id: main })).toBe(j);
  });
});

describe('a journey file with more personas than a journey holds', () => {
  it('keeps the first LIMITS.personas, and reports each one left out, whose emotions go with it', () => {
    const journey = structuredClone(instantiateTemplate(TEMPLATES[0], 'es', NOW));
    const extra = Array.from({ length: 11 }, (_, i) => ({
      id: `p${i + 2}`,
      name: `Persona ${i + 2}`,
      description: '',
    }));
    journey.personas = [journey.personas[0], ...extra];
    journey.touchpoints[0].personaEmotions = { p2: 1, p8: -1, p10: 2 };
    const result = restoreJourney(JSON.stringify(toJourneyFile(journey)));
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.journey.personas.map((p) => p.id)).toEqual(journey.personas.slice(0, 8).map((p) => p.id));
    expect(result.journey.touchpoints[0].personaEmotions).toEqual({ p2: 1, p8: -1 });
    expect(result.repairs.filter((r) => r.code === 'extra-persona')).toEqual(
      [8, 9, 10, 11].map((index) => ({ code: 'extra-persona', path: `journey.personas.${index}`, limit: 8 })),
    );
  });
});

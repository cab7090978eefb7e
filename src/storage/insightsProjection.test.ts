import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyJourney } from '../domain/factory';
import { computeInsights, NO_FILTER, projectForInsights } from '../domain/insights';
import type { Journey } from '../domain/journey';
import { findTemplate, instantiateTemplate } from '../domain/templates';
import { openDatabase, type RecorridoDatabase } from './database';
import { JourneyRepository } from './journeyRepository';
import { readInsightsJourneys } from './readInsightsJourneys';

let n = 0;
let db: RecorridoDatabase;
let repository: JourneyRepository;

beforeEach(() => {
  db = openDatabase(`insights-projection-test-${++n}`);
  repository = new JourneyRepository(db);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

function joinJourney(): Journey {
  return instantiateTemplate(findTemplate('me-uno')!, 'es', new Date('2025-03-01T10:00:00.000Z'));
}

/** Reads the library for the insights, and how many journeys that had to decode from their Yjs documents. */
async function read() {
  performance.clearMeasures();
  const journeys = await readInsightsJourneys(repository);
  const entry = performance.getEntriesByName('recorrido:read-journeys:decode').at(-1) as PerformanceMeasure | undefined;
  return { ...journeys, decoded: (entry?.detail as { decoded: number } | undefined)?.decoded ?? 0 };
}

describe('the insights projection of a journey', () => {
  it('is written with the library row on create and on every save, at the same revision', async () => {
    const journey = joinJourney();
    await repository.create(journey);
    expect(await db.insights.get(journey.id)).toMatchObject({ revision: 1, journey: projectForInsights(journey) });

    const { journey: saved, revision } = await repository.update(journey.id, (j) => ({
      ...j,
      name: 'Me uno (revisado)',
      touchpoints: j.touchpoints.map((t, i) => (i === 0 ? { ...t, painPoint: true, kpiCsat: 40 } : t)),
    }));
    const row = await db.insights.get(journey.id);
    expect(row?.revision).toBe(revision);
    expect(row?.journey).toEqual(projectForInsights(saved));
    expect(row?.journey.name).toBe('Me uno (revisado)');
  });

  it('gives the same insights as the whole journey', () => {
    const journey = joinJourney();
    const whole = computeInsights([journey], NO_FILTER, 'es', '-');
    const projected = computeInsights([projectForInsights(journey)], NO_FILTER, 'es', '-');
    expect(projected).toEqual(whole);
  });

  it('stays while the journey is in the trash and goes with it when the trash is emptied', async () => {
    const kept = createEmptyJourney('Me quedo', ['A']);
    const gone = joinJourney();
    await repository.create(kept);
    await repository.create(gone);
    await repository.trash(gone.id);
    expect(await db.insights.get(gone.id)).toBeDefined();
    expect((await read()).journeys.map((j) => j.id)).toEqual([kept.id]);

    await repository.restoreFromTrash(gone.id);
    const restored = await read();
    expect(restored.journeys.map((j) => j.id).sort()).toEqual([kept.id, gone.id].sort());
    expect(restored.decoded).toBe(0);

    await repository.trash(gone.id);
    await repository.emptyTrash();
    expect(await db.insights.get(gone.id)).toBeUndefined();
    expect(await db.insights.get(kept.id)).toBeDefined();
  });

  it('is read instead of the document: insights decode nothing when every journey has a current one', async () => {
    const journeys = [joinJourney(), createEmptyJourney('Me quejo', ['A', 'B'])];
    for (const j of journeys) await repository.create(j);
    const { journeys: found, unreadable, decoded } = await read();
    expect(decoded).toBe(0);
    expect(unreadable).toEqual([]);
    expect(new Set(found)).toEqual(new Set(journeys.map(projectForInsights)));
  });

  describe('a journey saved by a build from before projections', () => {
    it('is decoded once by the insights, which store its projection for the next time', async () => {
      const journey = joinJourney();
      await repository.create(journey);
      await db.insights.delete(journey.id);

      const first = await read();
      expect(first.decoded).toBe(1);
      expect(first.journeys).toEqual([projectForInsights(journey)]);
      expect(await db.insights.get(journey.id)).toMatchObject({ revision: 1, journey: projectForInsights(journey) });

      const second = await read();
      expect(second.decoded).toBe(0);
      expect(second.journeys).toEqual(first.journeys);
    });

    it('is rebuilt when the stored projection is of another revision or projection version', async () => {
      const journey = joinJourney();
      await repository.create(journey);
      const row = (await db.insights.get(journey.id))!;
      await db.insights.put({ ...row, revision: 0, journey: { ...row.journey, name: 'Viejo' } });
      const stale = await read();
      expect(stale.journeys[0].name).toBe(journey.name);
      expect(stale.decoded).toBe(1);

      await db.insights.put({ ...row, version: 0, journey: { ...row.journey, name: 'Otra forma' } });
      expect((await read()).journeys[0].name).toBe(journey.name);
      expect((await db.insights.get(journey.id))?.version).toBe(row.version);
    });

    it('is listed with its projection written when the library completes its summary', async () => {
      const journey = joinJourney();
      await repository.create(journey);
      await db.insights.delete(journey.id);
      const meta = (await db.journeys.get(journey.id))!;
      const { curve: _, ...counts } = meta.summary;
      await db.journeys.put({ ...meta, summary: counts });

      await repository.list();
      expect(await db.insights.get(journey.id)).toMatchObject({ revision: 1, journey: projectForInsights(journey) });
    });

    it('whose document cannot be read is counted unreadable and gets no projection', async () => {
      const journey = joinJourney();
      await repository.create(journey);
      await db.insights.delete(journey.id);
      await db.updates
        .where('journeyId')
        .equals(journey.id)
        .modify({ update: new Uint8Array([1, 2, 3]) });

      const { journeys, unreadable } = await read();
      expect({ journeys, unreadable }).toEqual({ journeys: [], unreadable: [journey.id] });
      expect(await db.insights.get(journey.id)).toBeUndefined();
    });
  });
});

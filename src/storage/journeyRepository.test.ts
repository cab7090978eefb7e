import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyJourney } from '../domain/factory';
import { toJourneyFile, type JourneyFile } from '../domain/format';
import { emotionCurvePoints } from '../domain/emotionCurve';
import type { Journey } from '../domain/journey';
import { summarize } from '../domain/summary';
import { findTemplate, instantiateTemplate } from '../domain/templates';
import { openDatabase, type RecorridoDatabase } from './database';
import { MissingJourneyError, StaleRevisionError } from './errors';
import { JourneyRepository } from './journeyRepository';

let n = 0;
let db: RecorridoDatabase;
let repository: JourneyRepository;

beforeEach(() => {
  db = openDatabase(`test-${++n}`);
  repository = new JourneyRepository(db);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const at = (iso: string) => new Date(iso);

function joinJourney(updatedAt = '2025-03-01T10:00:00.000Z'): Journey {
  return { ...instantiateTemplate(findTemplate('me-uno')!, 'es', at(updatedAt)), updatedAt };
}

async function loadOk(id: string) {
  const loaded = await repository.load(id);
  if (!loaded?.ok) throw new Error(`Expected ${id} to load, got ${JSON.stringify(loaded)}`);
  return loaded;
}

describe('JourneyRepository', () => {
  it('loads back exactly what was created, at revision 1', async () => {
    const journey = joinJourney();
    await repository.create(journey);
    expect(await repository.load(journey.id)).toEqual({
      ok: true,
      journey,
      revision: 1,
      repairs: [],
      deletedAt: null,
    });
  });

  it('loads nothing for an id that was never stored', async () => {
    expect(await repository.load('no-such-journey')).toBeUndefined();
  });

  it('lists newest edit first, with summary counts and the emotion curve', async () => {
    const older = { ...createEmptyJourney('Antiguo', ['A'], at('2025-01-01T00:00:00.000Z')) };
    const newest = joinJourney('2025-06-01T00:00:00.000Z');
    const middle = createEmptyJourney('Intermedio', ['A', 'B'], at('2025-03-01T00:00:00.000Z'));
    for (const j of [older, newest, middle]) await repository.create(j);

    const rows = await repository.list();
    expect(rows.map((r) => r.name)).toEqual([newest.name, 'Intermedio', 'Antiguo']);
    const painPoints = newest.touchpoints.filter((t) => t.painPoint).length;
    const moments = newest.touchpoints.filter((t) => t.momentOfTruth).length;
    expect(painPoints).toBeGreaterThan(0);
    expect(rows[0].summary).toEqual({
      touchpointCount: newest.touchpoints.length,
      painPointCount: painPoints,
      momentOfTruthCount: moments,
      stageCount: newest.stages.length,
      curve: emotionCurvePoints(newest).map((p) => p.emotion),
    });
    expect(rows[0].summary.curve.length).toBeGreaterThan(1);
    expect(rows[1].summary).toEqual({
      touchpointCount: 0,
      painPointCount: 0,
      momentOfTruthCount: 0,
      stageCount: 2,
      curve: [],
    });
  });

  it('writes the emotion curve into the row on every save', async () => {
    const journey = joinJourney();
    await repository.create(journey);
    const [first, ...rest] = journey.touchpoints;
    const edited = { ...journey, touchpoints: [{ ...first, emotion: -2 as const }, ...rest] };
    await repository.save(edited, 1);

    const [row] = await repository.list();
    expect(row.summary.curve).toEqual(summarize(edited).curve);
    expect(row.summary.curve).not.toEqual(summarize(journey).curve);
  });

  describe('a row written by an earlier build, without the emotion curve', () => {
    /** Stores `journey` as a build from before the curve did: the summary has counts only. */
    async function storeAsEarlierBuild(journey: Journey, file: unknown = toJourneyFile(journey)) {
      await repository.create(journey);
      const meta = (await db.journeys.get(journey.id))!;
      const { curve: _, ...counts } = meta.summary;
      await db.journeys.put({ ...meta, revision: 4, summary: counts });
      await db.documents.put({ id: journey.id, revision: 4, file: file as JourneyFile });
    }

    it('is listed with the curve of its document, which is stored so the next listing need not read it', async () => {
      const journey = joinJourney();
      await storeAsEarlierBuild(journey);
      expect((await db.journeys.get(journey.id))!.summary.curve).toBeUndefined();

      const [row] = await repository.list();
      expect(row.summary).toEqual(summarize(journey));
      expect(row.revision).toBe(4);
      expect((await db.journeys.get(journey.id))!.summary).toEqual(summarize(journey));
      expect((await loadOk(journey.id)).revision).toBe(4);
      expect(await repository.save({ ...journey, name: 'Sigue guardando' }, 4)).toBe(5);
    });

    it('whose document cannot be read is still listed, with an empty curve and nothing written', async () => {
      const journey = joinJourney();
      await storeAsEarlierBuild(journey, '{ broken');

      const [row] = await repository.list();
      expect(row).toMatchObject({ id: journey.id, revision: 4 });
      expect(row.summary.curve).toEqual([]);
      expect(row.summary.touchpointCount).toBe(journey.touchpoints.length);
      expect((await db.journeys.get(journey.id))!.summary.curve).toBeUndefined();
    });
  });

  it('increments the revision on every save and keeps the saved content and summary', async () => {
    const journey = joinJourney();
    await repository.create(journey);
    const renamed = {
      ...journey,
      name: 'Me uno (revisado)',
      touchpoints: journey.touchpoints.slice(0, 4),
      connections: [],
    };
    expect(await repository.save(renamed, 1)).toBe(2);
    const shorter = { ...renamed, touchpoints: renamed.touchpoints.slice(0, 2) };
    expect(await repository.save(shorter, 2)).toBe(3);

    const loaded = await loadOk(journey.id);
    expect(loaded.revision).toBe(3);
    expect(loaded.journey).toEqual(shorter);
    const [row] = await repository.list();
    expect([row.revision, row.name, row.summary.touchpointCount]).toEqual([3, 'Me uno (revisado)', 2]);
  });

  it('refuses a save based on an old revision and keeps the stored journey', async () => {
    const journey = joinJourney();
    await repository.create(journey);
    const otherTab = { ...journey, name: 'Guardado en otra pestaña' };
    await repository.save(otherTab, 1);

    const stale = repository.save({ ...journey, name: 'Versión vieja', touchpoints: [] }, 1);
    await expect(stale).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(stale).rejects.toMatchObject({ expected: 1, actual: 2 });

    const loaded = await loadOk(journey.id);
    expect(loaded.revision).toBe(2);
    expect(loaded.journey).toEqual(otherTab);
    const [row] = await repository.list();
    expect([row.name, row.revision, row.summary.touchpointCount]).toEqual([
      otherTab.name,
      2,
      journey.touchpoints.length,
    ]);
  });

  it('refuses to save a journey that is not stored', async () => {
    await expect(repository.save(joinJourney(), 1)).rejects.toBeInstanceOf(MissingJourneyError);
    expect(await repository.list()).toEqual([]);
  });

  it('sets deletedAt on trash and clears it on restore, keeping the content', async () => {
    const journey = joinJourney();
    await repository.create(journey);

    await repository.trash(journey.id, at('2025-04-04T12:00:00.000Z'));
    expect((await repository.list())[0].deletedAt).toBe('2025-04-04T12:00:00.000Z');
    expect((await loadOk(journey.id)).deletedAt).toBe('2025-04-04T12:00:00.000Z');

    await repository.restoreFromTrash(journey.id);
    expect((await repository.list())[0].deletedAt).toBeNull();
    const loaded = await loadOk(journey.id);
    expect([loaded.deletedAt, loaded.revision]).toEqual([null, 1]);
    expect(loaded.journey).toEqual(journey);
  });

  it('keeps a journey in the trash when it is saved', async () => {
    const journey = joinJourney();
    await repository.create(journey);
    await repository.trash(journey.id, at('2025-04-04T12:00:00.000Z'));
    await repository.save({ ...journey, name: 'Editado' }, 1);
    expect((await loadOk(journey.id)).deletedAt).toBe('2025-04-04T12:00:00.000Z');
  });

  it('empties the trash of trashed journeys only', async () => {
    const kept = createEmptyJourney('Me quedo', ['A'], at('2025-01-01T00:00:00.000Z'));
    const gone1 = createEmptyJourney('Borrado 1', ['A'], at('2025-01-02T00:00:00.000Z'));
    const gone2 = joinJourney();
    for (const j of [kept, gone1, gone2]) await repository.create(j);
    await repository.trash(gone1.id);
    await repository.trash(gone2.id);

    expect(await repository.emptyTrash()).toBe(2);

    expect((await repository.list()).map((r) => r.id)).toEqual([kept.id]);
    expect(await repository.load(gone1.id)).toBeUndefined();
    expect(await repository.load(gone2.id)).toBeUndefined();
    expect(await db.documents.count()).toBe(1);
    expect((await loadOk(kept.id)).journey).toEqual(kept);
    expect(await repository.emptyTrash()).toBe(0);
  });

  it('opens a journey stored by an earlier build (the file as an object) and keeps it through the next save', async () => {
    const journey = joinJourney();
    await repository.create(journey);
    await db.documents.put({ id: journey.id, revision: 1, file: toJourneyFile(journey) });
    expect((await loadOk(journey.id)).journey).toEqual(journey);

    const renamed = { ...journey, name: 'Guardado de nuevo' };
    expect(await repository.save(renamed, 1)).toBe(2);
    expect((await loadOk(journey.id)).journey).toEqual(renamed);
  });

  it('applies a change through update and stores it as a new revision', async () => {
    const journey = joinJourney();
    await repository.create(journey);
    const next = await repository.update(journey.id, (j) => ({ ...j, name: 'Renombrado desde la biblioteca' }));
    expect(next).toEqual({ ...journey, name: 'Renombrado desde la biblioteca' });

    const loaded = await loadOk(journey.id);
    expect(loaded.revision).toBe(2);
    expect(loaded.journey).toEqual(next);
    expect((await repository.list())[0].name).toBe('Renombrado desde la biblioteca');
  });

  it('rejects an update of a journey that is not stored', async () => {
    await expect(repository.update('no-such-journey', (j) => j)).rejects.toBeInstanceOf(MissingJourneyError);
  });

  it.each([
    { name: 'another format', file: { format: 'something-else', version: 1, journey: {} }, code: 'unknown-format' },
    { name: 'a newer version', file: { format: 'recorrido.journey', version: 9, journey: {} }, code: 'newer-version' },
    {
      name: 'a journey that is not an object',
      file: { format: 'recorrido.journey', version: 1, journey: 3 },
      code: 'invalid-structure',
    },
    { name: 'text that is not JSON', file: '{ broken', code: 'not-json' },
    { name: 'null', file: null, code: 'not-object' },
  ])('reports a damaged stored document ($name) instead of throwing', async ({ file, code }) => {
    const journey = joinJourney();
    await repository.create(journey);
    await db.documents.put({ id: journey.id, revision: 1, file: file as unknown as JourneyFile });

    const loaded = await repository.load(journey.id);
    expect(loaded).toEqual({ ok: false, error: expect.objectContaining({ code }) });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyJourney } from '../domain/factory';
import { toJourneyFile, type JourneyFile, JOURNEY_FORMAT_VERSION } from '../domain/format';
import { emotionCurvePoints } from '../domain/emotionCurve';
import type { Journey } from '../domain/journey';
import { summarize } from '../domain/summary';
import { createToBe } from '../domain/versions/toBe';
import { findTemplate, instantiateTemplate } from '../domain/templates';
import { openDatabase, type RecorridoDatabase } from './database';
import { MissingJourneyError } from './errors';
import { JourneyRepository } from './journeyRepository';
import * as Y from 'yjs';
import { docToJourney, journeyToDoc } from '../doc';
import { elementsOf, FORMAT_VERSION_KEY, metaOf, orderOf } from '../doc/shape';

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

/** Stores `after` as the new version of a stored journey, the way the editor or the library does. */
async function save(after: Journey): Promise<number> {
  return (await repository.update(after.id, () => after)).revision;
}

/** Stores a journey as builds before the Yjs documents did: a library row and a JSON document, no updates. */
async function storeAsJsonDocument(journey: Journey, document: unknown = toJourneyFile(journey), revision = 1) {
  await db.journeys.put({
    id: journey.id,
    name: journey.name,
    createdAt: journey.createdAt,
    updatedAt: journey.updatedAt,
    deletedAt: null,
    revision,
    summary: summarize(journey),
  });
  await db.documents.put(
    typeof document === 'string'
      ? { id: journey.id, revision, json: document }
      : { id: journey.id, revision, file: document as JourneyFile },
  );
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
      doc: expect.anything(),
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
      openOpportunityCount: 0,
      state: 'as-is',
      asIsId: null,
    });
    expect(rows[0].summary.curve.length).toBeGreaterThan(1);
    expect(rows[1].summary).toEqual({
      touchpointCount: 0,
      painPointCount: 0,
      momentOfTruthCount: 0,
      stageCount: 2,
      curve: [],
      openOpportunityCount: 0,
      state: 'as-is',
      asIsId: null,
    });
  });

  it('lists a to-be with its state and as-is, and a row written before journeys had a state as an as-is', async () => {
    const asIs = joinJourney();
    const toBe = createToBe(asIs, 'Me uno (to-be)');
    await repository.create(asIs);
    await repository.create(toBe);
    const meta = (await db.journeys.get(asIs.id))!;
    const { state: _state, asIsId: _asIsId, ...earlier } = meta.summary;
    await db.journeys.put({ ...meta, summary: earlier });

    const rows = await repository.list();
    expect(rows.find((r) => r.id === toBe.id)!.summary).toMatchObject({ state: 'to-be', asIsId: asIs.id });
    expect(rows.find((r) => r.id === asIs.id)!.summary).toMatchObject({ state: 'as-is', asIsId: null });
  });

  it('writes the emotion curve into the row on every save', async () => {
    const journey = joinJourney();
    await repository.create(journey);
    const [first, ...rest] = journey.touchpoints;
    const edited = { ...journey, touchpoints: [{ ...first, emotion: -2 as const }, ...rest] };
    await save(edited);

    const [row] = await repository.list();
    expect(row.summary.curve).toEqual(summarize(edited).curve);
    expect(row.summary.curve).not.toEqual(summarize(journey).curve);
  });

  describe('a row written by an earlier build, without the emotion curve', () => {
    /** Stores `journey` as a build from before the curve did: the summary has counts only. */
    async function storeAsEarlierBuild(journey: Journey, file: unknown = toJourneyFile(journey)) {
      await storeAsJsonDocument(journey, file, 4);
      const meta = (await db.journeys.get(journey.id))!;
      const { curve: _, ...counts } = meta.summary;
      await db.journeys.put({ ...meta, summary: counts });
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
      expect(await save({ ...journey, name: 'Sigue guardando' })).toBe(5);
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
    expect(await save(renamed)).toBe(2);
    const shorter = { ...renamed, touchpoints: renamed.touchpoints.slice(0, 2) };
    expect(await save(shorter)).toBe(3);

    const loaded = await loadOk(journey.id);
    expect(loaded.revision).toBe(3);
    expect(loaded.journey).toEqual(shorter);
    const [row] = await repository.list();
    expect([row.revision, row.name, row.summary.touchpointCount]).toEqual([3, 'Me uno (revisado)', 2]);
  });

  it('keeps both of two writers who started from the same version: their updates merge', async () => {
    const journey = joinJourney();
    await repository.create(journey);
    const [a, b] = [await loadOk(journey.id), await loadOk(journey.id)];
    const { changeDoc } = await import('../doc');
    const fromA = changeDoc(a.doc, a.journey, { ...a.journey, name: 'Renombrado en una pestaña' })!;
    const firstTitle = { ...b.journey.touchpoints[0], title: 'Retitulado en otra' };
    const fromB = changeDoc(b.doc, b.journey, {
      ...b.journey,
      touchpoints: [firstTitle, ...b.journey.touchpoints.slice(1)],
    })!;
    await repository.appendUpdate(a.journey, fromA);
    await repository.appendUpdate(b.journey, fromB);

    const loaded = await loadOk(journey.id);
    expect(loaded.journey.name).toBe('Renombrado en una pestaña');
    expect(loaded.journey.touchpoints[0].title).toBe('Retitulado en otra');
    expect(loaded.revision).toBe(3);
  });

  it('refuses to store an update of a journey that is not stored', async () => {
    await expect(repository.appendUpdate(joinJourney(), new Uint8Array([0, 0]))).rejects.toBeInstanceOf(
      MissingJourneyError,
    );
    expect(await repository.list()).toEqual([]);
  });

  it('compacts many updates into one, and the journey stays the same', async () => {
    const journey = joinJourney();
    await repository.create(journey);
    let latest = journey;
    for (let i = 0; i < 10; i++) {
      latest = { ...latest, description: `Versión ${i}` };
      await save(latest);
    }
    expect(await db.updates.where('journeyId').equals(journey.id).count()).toBe(11);
    expect(await repository.compact(journey.id, 5)).toBe(true);
    expect(await db.updates.where('journeyId').equals(journey.id).count()).toBe(1);
    expect((await loadOk(journey.id)).journey).toEqual(latest);
    expect(await repository.compact(journey.id, 5)).toBe(false);
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
    await save({ ...journey, name: 'Editado' });
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
    expect(await db.updates.where('journeyId').anyOf([gone1.id, gone2.id]).count()).toBe(0);
    expect(await db.updates.where('journeyId').equals(kept.id).count()).toBe(1);
    expect((await loadOk(kept.id)).journey).toEqual(kept);
    expect(await repository.emptyTrash()).toBe(0);
  });

  it('deletes only the confirmed trashed journeys when given them, never one that is not trashed', async () => {
    const confirmed = createEmptyJourney('Confirmado', ['A'], at('2025-01-01T00:00:00.000Z'));
    const later = createEmptyJourney('Tirado después', ['A'], at('2025-01-02T00:00:00.000Z'));
    const restored = joinJourney();
    for (const j of [confirmed, later, restored]) await repository.create(j);
    await repository.trash(confirmed.id);
    await repository.trash(later.id);

    expect(await repository.emptyTrash(new Set([confirmed.id, restored.id]))).toBe(1);
    expect((await repository.list()).map((r) => r.id).sort()).toEqual([later.id, restored.id].sort());
  });

  it.each([
    ['the file as an object', (journey: Journey) => toJourneyFile(journey)],
    ['the file as JSON text', (journey: Journey) => JSON.stringify(toJourneyFile(journey))],
  ])(
    'converts a journey stored as a JSON document by an earlier build (%s) into updates, without loss',
    async (_form, document) => {
      const journey = joinJourney();
      await storeAsJsonDocument(journey, document(journey));
      expect((await loadOk(journey.id)).journey).toEqual(journey);
      // Converted once: the JSON document is gone, the journey is its updates now.
      expect(await db.documents.get(journey.id)).toBeUndefined();
      expect(await db.updates.where('journeyId').equals(journey.id).count()).toBe(1);
      expect((await loadOk(journey.id)).journey).toEqual(journey);

      const renamed = { ...journey, name: 'Guardado de nuevo' };
      expect(await save(renamed)).toBe(2);
      expect((await loadOk(journey.id)).journey).toEqual(renamed);
    },
  );

  it('applies a change through update and stores it as a new revision', async () => {
    const journey = joinJourney();
    await repository.create(journey);
    const { journey: next, update } = await repository.update(journey.id, (j) => ({
      ...j,
      name: 'Renombrado desde la biblioteca',
    }));
    expect(next).toEqual({ ...journey, name: 'Renombrado desde la biblioteca' });
    expect(update).toBeInstanceOf(Uint8Array);

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
    await storeAsJsonDocument(journey, file);

    const loaded = await repository.load(journey.id);
    expect(loaded).toEqual({ ok: false, error: expect.objectContaining({ code }) });
  });
});

describe('a Yjs document written in format version 1', () => {
  /** The document a version-1 build stored: one `persona` line, no personas, no measures, no version key. */
  function versionOneDocument(journey: Journey, persona: string): Uint8Array {
    const doc = journeyToDoc(journey);
    doc.transact(() => {
      const meta = metaOf(doc);
      meta.delete(FORMAT_VERSION_KEY);
      meta.delete('currency');
      for (const list of ['personas', 'opportunities'] as const) {
        elementsOf(doc, list).clear();
        orderOf(doc, list).delete(0, orderOf(doc, list).length);
      }
      meta.set('persona', persona);
      for (const touchpoint of elementsOf(doc, 'touchpoints').values()) {
        for (const field of ['personaEmotions', 'delivered', 'evidence', 'backstage', 'support'])
          touchpoint.delete(field);
      }
    });
    return Y.encodeStateAsUpdate(doc);
  }

  it('opens migrated, its persona line kept as the main persona, and stores the migration once', async () => {
    const journey = joinJourney();
    await storeAsJsonDocument(journey);
    await db.documents.delete(journey.id);
    await db.updates.add({
      journeyId: journey.id,
      update: versionOneDocument(journey, 'Jóvenes que se mudan'),
    } as never);

    const loaded = await loadOk(journey.id);
    expect(loaded.journey.personas).toHaveLength(1);
    expect(loaded.journey.personas[0].description).toBe('Jóvenes que se mudan');
    expect(loaded.journey.touchpoints.map((t) => t.title)).toEqual(journey.touchpoints.map((t) => t.title));
    expect(loaded.journey.touchpoints[0].personaEmotions).toEqual({});
    expect(metaOf(loaded.doc).get(FORMAT_VERSION_KEY)).toBe(JOURNEY_FORMAT_VERSION);
    expect(docToJourney(loaded.doc).personas).toEqual(loaded.journey.personas);
    expect(await db.updates.where('journeyId').equals(journey.id).count()).toBe(2);

    // Opened again: already current, nothing more is stored, the same journey comes back.
    const again = await loadOk(journey.id);
    expect(again.journey).toEqual(loaded.journey);
    expect(await db.updates.where('journeyId').equals(journey.id).count()).toBe(2);
    expect(orderOf(again.doc, 'personas').length).toBe(1);
  });
});

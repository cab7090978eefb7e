import Dexie from 'dexie';
import { createEmptyJourney } from '../domain/factory';
import { openDatabase } from './database';
import { JourneyRepository } from './journeyRepository';
import { readLibraryRows } from './readLibraryRows';
import { SCHEMA_VERSIONS } from './schema';

let n = 0;
const freshName = () => `read-library-rows-${++n}`;

describe('readLibraryRows, the plain IndexedDB read of the start page', () => {
  it('answers no rows for a database never created, and does not create it', async () => {
    const name = freshName();
    expect(await readLibraryRows(name)).toEqual([]);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(name);
    // Dexie still creates it as usual on the first write.
    const repository = new JourneyRepository(openDatabase(name));
    await repository.create(createEmptyJourney('Me uno', ['Uno']));
    expect(await repository.list()).toHaveLength(1);
    repository.db.close();
  });

  it('lists what the repository lists, in the same order, trash included', async () => {
    const name = freshName();
    const repository = new JourneyRepository(openDatabase(name));
    const older = { ...createEmptyJourney('Me uno', ['Uno']), updatedAt: '2026-01-01T00:00:00.000Z' };
    const newer = { ...createEmptyJourney('Me voy', ['Uno']), updatedAt: '2026-03-01T00:00:00.000Z' };
    const trashed = { ...createEmptyJourney('Me quejo', ['Uno']), updatedAt: '2026-02-01T00:00:00.000Z' };
    for (const journey of [older, newer, trashed]) await repository.create(journey);
    await repository.trash(trashed.id);
    const expected = await repository.list();
    expect(expected.map((r) => r.name)).toEqual(['Me voy', 'Me quejo', 'Me uno']);
    expect(await readLibraryRows(name)).toEqual(expected);
    repository.db.close();
  });

  it('leaves a database of an older schema to Dexie, which upgrades it', async () => {
    const name = freshName();
    const old = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS.slice(0, -1)) old.version(version).stores(stores);
    await old.open();
    old.close();
    expect(await readLibraryRows(name)).toBeUndefined();
    // Its own connection is closed: the upgrade is not blocked.
    const repository = new JourneyRepository(openDatabase(name));
    expect(await repository.list()).toEqual([]);
    repository.db.close();
  });

  it('leaves rows written by an earlier build, without their emotion curve, to the repository to complete', async () => {
    const name = freshName();
    const repository = new JourneyRepository(openDatabase(name));
    const journey = createEmptyJourney('Me uno', ['Uno']);
    await repository.create(journey);
    const row = await repository.db.journeys.get(journey.id);
    const { curve: _curve, ...summary } = row!.summary;
    await repository.db.journeys.put({ ...row!, summary });
    expect(await readLibraryRows(name)).toBeUndefined();
    expect((await repository.list())[0].summary.curve).toEqual([]);
    expect(await readLibraryRows(name)).toEqual(await repository.list());
    repository.db.close();
  });
});

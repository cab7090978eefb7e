import { LIMITS } from '../domain/limits';
import { instantiateTemplate } from '../domain/templates';
import { createToBe } from '../domain/versions/toBe';
import { meUno } from '../domain/templates/meUno';
import { meVoy } from '../domain/templates/meVoy';
import { openDatabase } from '../storage/database';
import { JourneyRepository } from '../storage/journeyRepository';
import { SnapshotRepository } from '../storage/snapshotRepository';
import { createLibraryStore, repositoryStorage } from './libraryStore';

let n = 0;
const fresh = () => createLibraryStore(repositoryStorage(new JourneyRepository(openDatabase(`backup-test-${++n}`))));
/** A library and the version history beside it, over one fresh database. */
const withHistory = () => {
  const repository = new JourneyRepository(openDatabase(`backup-test-${++n}`));
  return { library: createLibraryStore(repositoryStorage(repository)), history: new SnapshotRepository(repository.db) };
};

describe('backing up and restoring the library', () => {
  it('brings every journey back, trash included, into an empty browser', async () => {
    const source = fresh();
    const uno = instantiateTemplate(meUno, 'es');
    const voy = instantiateTemplate(meVoy, 'es');
    await source.getState().add(uno);
    await source.getState().add(voy);
    await source.getState().trash(voy.id);
    const text = await (await source.getState().backup()).text();

    const target = fresh();
    const result = await target.getState().restoreBackup(text, text.length);
    expect(result).toEqual({ ok: true, restored: 2, inTrash: 1, copies: 0, skipped: 0, repaired: [], unreadable: [] });
    const rows = target.getState().rows;
    expect(rows.map((r) => r.name).sort()).toEqual(['Me uno', 'Me voy']);
    expect(rows.find((r) => r.id === voy.id)?.deletedAt).not.toBeNull();
  });

  it('never overwrites: same journey skipped, a different version added as a copy', async () => {
    const library = fresh();
    const uno = instantiateTemplate(meUno, 'en');
    await library.getState().add(uno);
    const text = await (await library.getState().backup()).text();
    expect(await library.getState().restoreBackup(text, text.length)).toMatchObject({ skipped: 1, copies: 0 });
    await library.getState().rename(uno.id, 'Renamed after the backup');
    expect(await library.getState().restoreBackup(text, text.length)).toMatchObject({ skipped: 0, copies: 1 });
    expect(
      library
        .getState()
        .rows.map((r) => r.name)
        .sort(),
    ).toEqual(['I join', 'Renamed after the backup']);
  });

  it('links a to-be copied beside its as-is to the as-is’s copy, the version it was designed from', async () => {
    const repository = new JourneyRepository(openDatabase(`backup-test-${++n}`));
    const library = createLibraryStore(repositoryStorage(repository));
    const asIs = instantiateTemplate(meUno, 'en');
    const toBe = createToBe(asIs, 'I join (to-be)');
    const other = createToBe(instantiateTemplate(meVoy, 'en'), 'I leave (to-be)');
    await library.getState().add(asIs);
    await library.getState().add(toBe);
    await library.getState().add(other);
    const text = await (await library.getState().backup()).text();
    await library.getState().rename(asIs.id, 'I join, edited');
    await library.getState().rename(toBe.id, 'I join (to-be), edited');
    await library.getState().rename(other.id, 'I leave (to-be), edited');
    expect(await library.getState().restoreBackup(text, text.length)).toMatchObject({ copies: 3 });
    const load = async (id: string) => {
      const stored = await repository.load(id);
      if (!stored?.ok) throw new Error(`not stored: ${id}`);
      return stored.journey;
    };
    const rows = library.getState().rows;
    const copyOf = (name: string) => load(rows.find((r) => r.name === name)!.id);
    const [asIsCopy, toBeCopy, otherCopy] = await Promise.all(
      ['I join', 'I join (to-be)', 'I leave (to-be)'].map(copyOf),
    );
    expect(asIsCopy.id).not.toBe(asIs.id);
    expect(toBeCopy.asIsId).toBe(asIsCopy.id);
    // An as-is not in the backup, or not copied, stays the one it names.
    expect(otherCopy.asIsId).toBe(other.asIsId);
  });

  it('tells what it repaired in each journey it brings back, by the name of the journey', async () => {
    const source = fresh();
    await source.getState().add(instantiateTemplate(meUno, 'en'));
    const backup = JSON.parse(await (await source.getState().backup()).text());
    backup.journeys[0].file.journey.touchpoints[0].emotion = 9;
    const text = JSON.stringify(backup);
    const result = await fresh().getState().restoreBackup(text, text.length);
    expect(result).toMatchObject({
      restored: 1,
      repaired: [
        { name: 'I join', repairs: [{ code: 'invalid-value', path: 'journey.touchpoints.0.emotion', value: '9' }] },
      ],
    });
  });

  it('keeps the readable journeys of a partly damaged backup and refuses a broken file whole', async () => {
    const library = fresh();
    const good = instantiateTemplate(meUno, 'en');
    const source = fresh();
    await source.getState().add(good);
    const backup = JSON.parse(await (await source.getState().backup()).text());
    backup.journeys.push({
      file: { format: 'recorrido.journey', version: 1, journey: { name: 'Me quejo', touchpoints: 'x' } },
      trashedAt: null,
    });
    backup.journeys.push({ file: { format: 'x' }, trashedAt: null });
    // Past the most touchpoints a journey holds, as an import of the journey file alone is refused.
    const huge = structuredClone(backup.journeys[0].file);
    const [model] = huge.journey.touchpoints;
    huge.journey.id = 'huge';
    huge.journey.touchpoints = Array.from({ length: LIMITS.touchpoints + 1 }, (_, i) => ({ ...model, id: `t${i}` }));
    huge.journey.connections = [];
    backup.journeys.push({ file: huge, trashedAt: null });
    const text = JSON.stringify(backup);
    expect(await library.getState().restoreBackup(text, text.length)).toMatchObject({
      restored: 1,
      unreadable: [
        { position: 2, name: 'Me quejo', error: { code: 'invalid-structure' } },
        { position: 3, name: null, error: { code: 'unknown-format' } },
        { position: 4, name: 'I join', error: { code: 'too-many-touchpoints', limit: LIMITS.touchpoints } },
      ],
    });
    const noList = JSON.stringify({ ...backup, journeys: {} });
    expect(await library.getState().restoreBackup(noList, noList.length)).toMatchObject({
      ok: false,
      error: { code: 'damaged-backup' },
    });
    expect(await library.getState().restoreBackup('{"format":"recorrido.backup"', 30)).toMatchObject({
      ok: false,
      error: { code: 'not-json' },
    });
  });

  it("carries each journey's named versions to the other browser, once, and leaves the automatic ones", async () => {
    const source = withHistory();
    const uno = instantiateTemplate(meUno, 'es');
    await source.library.getState().add(uno);
    const before = { ...uno, name: 'Antes del taller', touchpoints: uno.touchpoints.slice(0, 2) };
    await source.history.add(before, 'named', 'Antes del taller con Cobranza', new Date('2026-11-20T10:00:00Z'));
    await source.history.add(uno, 'auto');
    const text = await (await source.library.getState().backup()).text();

    const target = withHistory();
    for (let i = 0; i < 2; i++) await target.library.getState().restoreBackup(text, text.length);
    const rows = await target.history.list(uno.id);
    expect(rows.map((r) => [r.kind, r.name, r.createdAt])).toEqual([
      ['named', 'Antes del taller con Cobranza', '2026-11-20T10:00:00.000Z'],
    ]);
    const version = await target.history.load(rows[0].id);
    expect(version?.ok && version.journey.touchpoints.map((t) => t.title)).toEqual(
      uno.touchpoints.slice(0, 2).map((t) => t.title),
    );
  });

  it('gives a journey edited here since the backup the versions it lacks, even written by hand', async () => {
    const here = withHistory();
    const uno = instantiateTemplate(meUno, 'es');
    await here.library.getState().add(uno);
    await here.history.add(uno, 'named', 'Antes del taller', new Date('2026-11-20T10:00:00Z'));
    const backup = JSON.parse(await (await here.library.getState().backup()).text());
    backup.journeys[0].versions[0].name = '  Antes del taller  ';
    backup.journeys[0].versions[0].createdAt = '2026-11-20T10:00:00Z';
    backup.journeys[0].versions.push({ ...backup.journeys[0].versions[0], name: 'Tras el taller' });
    const text = JSON.stringify(backup);
    await here.library.getState().rename(uno.id, 'Editado después');

    for (let i = 0; i < 2; i++) await here.library.getState().restoreBackup(text, text.length);
    const names = (await here.history.list(uno.id)).map((r) => r.name).sort();
    expect(names).toEqual(['Antes del taller', 'Tras el taller']);
  });

  it('still reads a backup made before versions travelled with it', async () => {
    const source = fresh();
    const uno = instantiateTemplate(meUno, 'en');
    await source.getState().add(uno);
    const backup = JSON.parse(await (await source.getState().backup()).text());
    expect(backup.version).toBe(1);
    for (const entry of backup.journeys) delete entry.versions;
    const text = JSON.stringify(backup);
    expect(await fresh().getState().restoreBackup(text, text.length)).toMatchObject({ ok: true, restored: 1 });
  });
});

import { toJourneyFile } from '../domain/format';
import { MAX_IMPORT_BYTES } from '../domain/importFile';
import { instantiateTemplate } from '../domain/templates';
import { meQuejo } from '../domain/templates/meQuejo';
import { openDatabase } from '../storage/database';
import { JourneyRepository } from '../storage/journeyRepository';
import { createLibraryStore, repositoryStorage } from './libraryStore';

let n = 0;
async function setup() {
  const repository = new JourneyRepository(openDatabase(`import-test-${++n}`));
  const library = createLibraryStore(repositoryStorage(repository));
  const existing = instantiateTemplate(meQuejo, 'es');
  await library.getState().add(existing);
  const snapshot = async () => ({
    rows: await repository.db.journeys.toArray(),
    docs: await repository.db.documents.toArray(),
  });
  return { repository, library, existing, snapshot };
}

const deep = '['.repeat(5000) + ']'.repeat(5000);

describe('importing a journey file', () => {
  it.each([
    ['malformed JSON', '{"format": "recorrido.journey", ', 'not-json'],
    ['a truncated file', JSON.stringify(toJourneyFile(instantiateTemplate(meQuejo, 'en'))).slice(0, 500), 'not-json'],
    ['an empty file', '   ', 'empty'],
    ['another kind of JSON', '{"type":"excalidraw","elements":[]}', 'unknown-format'],
    ['a newer version', '{"format":"recorrido.journey","version":99,"journey":{}}', 'newer-version'],
    ['absurd nesting', deep, 'too-deep'],
    [
      'touchpoints that are not a list',
      '{"format":"recorrido.journey","version":1,"journey":{"touchpoints":"x"}}',
      'invalid-structure',
    ],
  ])('refuses %s with a reason and changes nothing', async (_name, text, code) => {
    const { library, snapshot } = await setup();
    const before = await snapshot();
    const result = await library.getState().importFile(text, text.length);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const { library, snapshot } = await setup();
    const before = await snapshot();
    const result = await library.getState().importFile('{}', MAX_IMPORT_BYTES + 1);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(await snapshot()).toEqual(before);
  });

  it('drops prototype-polluting keys and keeps the rest', async () => {
    const { library, repository } = await setup();
    const file = toJourneyFile(instantiateTemplate(meQuejo, 'en'));
    const text = JSON.stringify(file).replace(
      '"touchpoints":[{',
      '"touchpoints":[{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    const result = await library.getState().importFile(text, text.length);
    expect(result.ok).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    const loaded = await repository.load(file.journey.id);
    expect(loaded?.ok && Object.keys(loaded.journey.touchpoints[0])).not.toContain('__proto__');
  });

  it('round-trips: export then import gives the same journey', async () => {
    const { library, repository } = await setup();
    const journey = instantiateTemplate(meQuejo, 'en');
    const text = JSON.stringify(toJourneyFile(journey));
    const result = await library.getState().importFile(text, text.length);
    expect(result).toMatchObject({ ok: true, id: journey.id, repairs: [] });
    const loaded = await repository.load(journey.id);
    expect(loaded?.ok && loaded.journey).toEqual(journey);
  });

  it('imports a journey whose id exists as a copy, leaving the stored one untouched', async () => {
    const { library, repository, existing } = await setup();
    const changed = { ...existing, name: 'Changed elsewhere' };
    const text = JSON.stringify(toJourneyFile(changed));
    const result = await library.getState().importFile(text, text.length);
    expect(result.ok && result.id).not.toBe(existing.id);
    const original = await repository.load(existing.id);
    expect(original?.ok && original.journey.name).toBe(existing.name);
    expect(library.getState().rows.map((r) => r.name)).toContain('Changed elsewhere');
    expect(library.getState().rows).toHaveLength(2);
  });

  it('keeps a to-be a to-be of its as-is when its file comes back as a copy', async () => {
    const { library, repository, existing } = await setup();
    const toBe = {
      ...existing,
      state: 'to-be' as const,
      asIsId: 'the-as-is',
      asIsTouchpointIds: existing.touchpoints.map((t) => t.id),
    };
    const text = JSON.stringify(toJourneyFile(toBe));
    const result = await library.getState().importFile(text, text.length);
    const copy = result.ok ? await repository.load(result.id) : undefined;
    expect(copy?.ok && copy.journey).toMatchObject({
      state: 'to-be',
      asIsId: 'the-as-is',
      asIsTouchpointIds: toBe.asIsTouchpointIds,
      touchpoints: existing.touchpoints,
    });
  });

  it('stores a journey an importer built as a new journey, and one already stored as a copy', async () => {
    const { library, repository, existing } = await setup();
    const built = instantiateTemplate(meQuejo, 'en');
    const first = await library.getState().importJourney(built);
    expect(first).toEqual({ id: built.id, name: built.name, copy: false });
    const loaded = await repository.load(built.id);
    expect(loaded?.ok && loaded.journey).toEqual(built);

    const again = await library.getState().importJourney(existing);
    expect(again.id).not.toBe(existing.id);
    expect(again.copy).toBe(true);
    expect(
      library
        .getState()
        .rows.map((r) => r.id)
        .sort(),
    ).toEqual([existing.id, built.id, again.id].sort());
  });

  it('names a built journey apart when one of its name is in the library, not when it is only in the trash', async () => {
    const { library, existing } = await setup();
    const copyName = (name: string, nth: number) => (nth === 1 ? `${name} (copia)` : `${name} (copia ${nth})`);
    const build = () => ({ ...instantiateTemplate(meQuejo, 'en'), name: existing.name });
    const first = await library.getState().importJourney(build(), copyName);
    const second = await library.getState().importJourney(build(), copyName);
    expect([first, second]).toMatchObject([
      { name: `${existing.name} (copia)`, copy: false },
      { name: `${existing.name} (copia 2)`, copy: false },
    ]);
    const fresh = { ...instantiateTemplate(meQuejo, 'en'), name: 'Nuevo' };
    await library.getState().importJourney(fresh, copyName);
    await library.getState().trash(fresh.id);
    const again = await library
      .getState()
      .importJourney({ ...instantiateTemplate(meQuejo, 'en'), name: 'Nuevo' }, copyName);
    expect(again.name).toBe('Nuevo');
  });

  it('numbers a copy when one of that name is already in the library, as duplicating does', async () => {
    const { library, existing } = await setup();
    const copyName = (name: string, nth: number) => (nth === 1 ? `${name} (copia)` : `${name} (copia ${nth})`);
    const text = JSON.stringify(toJourneyFile(existing));
    const names = [];
    for (let i = 0; i < 3; i++) {
      const result = await library.getState().importFile(text, text.length, undefined, copyName);
      names.push(result.ok && result.name);
    }
    const duplicated = await library.getState().duplicate(existing.id, copyName);
    const row = library.getState().rows.find((r) => r.id === duplicated);
    expect([...names, row?.name]).toEqual([
      `${existing.name} (copia)`,
      `${existing.name} (copia 2)`,
      `${existing.name} (copia 3)`,
      `${existing.name} (copia 4)`,
    ]);
  });
});

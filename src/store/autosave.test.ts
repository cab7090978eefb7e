import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { renameJourney, updateJourneyDetails } from '../domain/commands/journeyCommands';
import { createEmptyJourney } from '../domain/factory';
import { metaOf } from '../doc/shape';
import { createEditorStore, saveStateOf, type EditorStore, type SaveErrorKind } from './editorStore';
import { startAutosave, type AutosaveOptions } from './autosave';
import { hasPendingEdits, recoverPendingEdits, writePendingEdits } from '../storage/pendingEdits';
import { openDatabase } from '../storage/database';
import { JourneyRepository } from '../storage/journeyRepository';

let n = 0;
const cleanups: (() => Promise<void>)[] = [];

// Throttle and retry delays run on fake timers (and a fake clock, which the throttle reads), so no test
// sleeps. IndexedDB (fake-indexeddb schedules with setImmediate) keeps running for real.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(async () => {
  vi.useRealTimers();
  for (const cleanup of cleanups.splice(0)) await cleanup();
  localStorage.clear();
});

/** Lets `ms` of throttle time pass, running the timers due and the promises they start. */
const elapse = (ms: number) => vi.advanceTimersByTimeAsync(ms);

/** A stored journey, an editor store over it and autosave listening to that store. */
async function setup(options: Omit<AutosaveOptions, 'events'> = {}) {
  const db = openDatabase(`test-${++n}`);
  const repository = new JourneyRepository(db);
  const journey = createEmptyJourney('Me uno', ['Me informo', 'Contrato']);
  await repository.create(journey);
  const store = createEditorStore(repository);
  const events = new EventTarget();
  const save = vi.spyOn(repository, 'appendUpdate');
  const autosave = startAutosave(store, repository, {
    throttleMs: 50,
    retryMs: 20,
    events: events as unknown as AutosaveOptions['events'],
    ...options,
  });
  cleanups.push(async () => {
    autosave.stop();
    // With no journey open nothing is dirty, so no retry can fire against the closed database.
    store.getState().close();
    db.close();
    await db.delete();
  });
  const stored = async () => {
    const loaded = await repository.load(journey.id);
    if (!loaded?.ok) throw new Error('Expected the journey in storage');
    return loaded;
  };
  return { repository, journey, store, events, save, autosave, stored };
}

const rename = (store: EditorStore, name: string) => store.getState().run(renameJourney, { name });

/**
 * The update another tab makes setting the stored journey's description, as it would store or copy it;
 * made after `seen` (an earlier update of that tab) when given, so it wins over it.
 */
async function anotherTabsUpdate(
  repository: JourneyRepository,
  journeyId: string,
  description: string,
  seen?: Uint8Array,
) {
  const other = new Y.Doc();
  Y.applyUpdate(other, (await repository.storedState(journeyId))!.state);
  if (seen) Y.applyUpdate(other, seen);
  let update: Uint8Array = new Uint8Array();
  other.on('update', (u: Uint8Array) => (update = u));
  metaOf(other).set('description', description);
  return update;
}
const saveState = (store: EditorStore) => saveStateOf(store.getState());
// With fake timers, vi.waitFor moves the fake clock on by `interval` at every check: throttled writes fall due.
const untilSaved = (store: EditorStore) =>
  vi.waitFor(() => expect(saveState(store)).toBe('saved'), { timeout: 2_000, interval: 5 });

describe('autosave', () => {
  it('writes nothing before a journey is loaded, nor after loading one that was not edited', async () => {
    const { store, journey, save } = await setup();
    await elapse(1_000);
    expect(save).not.toHaveBeenCalled();

    await store.getState().open(journey.id);
    expect(store.getState().status).toBe('ready');
    await elapse(1_000);
    expect(save).not.toHaveBeenCalled();
  });

  it("is 'saving' until the write commits, then 'saved' with the new name stored", async () => {
    const { store, journey, repository, save, stored } = await setup();
    await store.getState().open(journey.id);
    const realSave = repository.appendUpdate.bind(repository);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    save.mockImplementationOnce(async (j, update) => {
      await gate;
      return realSave(j, update);
    });

    rename(store, 'Me doy de alta');
    expect(saveState(store)).toBe('saving');
    await elapse(1_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saveState(store)).toBe('saving');
    expect((await stored()).journey.name).toBe('Me uno');

    release();
    await untilSaved(store);
    const loaded = await stored();
    expect(loaded.journey.name).toBe('Me doy de alta');
    expect(loaded.revision).toBe(2);
    expect(store.getState().revision).toBe(2);
  });

  it('throttles rapid edits into fewer writes and stores the last value', async () => {
    const { store, journey, save, stored } = await setup();
    await store.getState().open(journey.id);
    const names = Array.from({ length: 20 }, (_, i) => `Me uno v${i + 1}`);
    // 20 edits 2 ms apart, all within one 50 ms throttle window.
    for (const name of names) {
      rename(store, name);
      await elapse(2);
    }
    await untilSaved(store);

    // The first edit is written at once, every later one waits for the window and goes in one write.
    expect(save.mock.calls.map(([j]) => j.name)).toEqual(['Me uno v1', 'Me uno v20']);
    expect((await stored()).journey.name).toBe('Me uno v20');
    expect(store.getState().journey?.name).toBe('Me uno v20');
  });

  it('stores the insights projection once edits pause rather than with every write, and at once on flush', async () => {
    const { store, journey, repository, autosave } = await setup({ insightsDelayMs: 1_000 });
    const projection = () => repository.db.insights.get(journey.id);
    await store.getState().open(journey.id);
    rename(store, 'Me doy');
    await untilSaved(store);
    rename(store, 'Me doy de alta');
    await untilSaved(store);
    // Saved twice, the projection still says what the journey was before the typing.
    expect((await projection())?.journey.name).toBe('Me uno');

    await elapse(1_000);
    await vi.waitFor(async () => expect((await projection())?.journey.name).toBe('Me doy de alta'));
    expect((await projection())?.revision).toBe(store.getState().revision);

    rename(store, 'Me doy de baja');
    await autosave.flush();
    expect(await projection()).toMatchObject({
      revision: store.getState().revision,
      journey: { name: 'Me doy de baja' },
    });
  });

  it('stores the projection with the last write when the page hides, as no timer runs after', async () => {
    const { store, journey, repository, events } = await setup({ throttleMs: 10_000, insightsDelayMs: 60_000 });
    const projection = () => repository.db.insights.get(journey.id);
    await store.getState().open(journey.id);
    rename(store, 'Me doy');
    await untilSaved(store);
    rename(store, 'Me doy de baja');

    events.dispatchEvent(new Event('pagehide'));
    await untilSaved(store);
    // Well before the 60 s pause: the projection went with the write the closing page started.
    expect(await projection()).toMatchObject({
      revision: store.getState().revision,
      journey: { name: 'Me doy de baja' },
    });
  });

  it('starts the pending write at once on pagehide, before the throttle delay', async () => {
    const { store, journey, events, save, stored } = await setup({ throttleMs: 10_000 });
    await store.getState().open(journey.id);
    rename(store, 'Primero');
    await untilSaved(store);
    expect(save).toHaveBeenCalledTimes(1);

    rename(store, 'Segundo');
    await elapse(1_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saveState(store)).toBe('saving');

    events.dispatchEvent(new Event('pagehide'));
    expect(save).toHaveBeenCalledTimes(2);
    await untilSaved(store);
    expect((await stored()).journey.name).toBe('Segundo');
  });

  it('writes a draft still being typed (holdDraft) into the journey and saves it when the page hides', async () => {
    const { store, journey, events, stored } = await setup({ throttleMs: 10_000 });
    await store.getState().open(journey.id);
    const release = store.getState().holdDraft(() => {
      release();
      rename(store, 'A medio escribir');
    });
    events.dispatchEvent(new Event('pagehide'));
    expect(store.getState().journey?.name).toBe('A medio escribir');
    await untilSaved(store);
    expect((await stored()).journey.name).toBe('A medio escribir');
  });

  it('keeps the write in progress in the safety copy when the page hides, for a reload that cuts it short', async () => {
    const { store, journey, events, save, repository, stored } = await setup();
    await store.getState().open(journey.id);
    // The write never finishes, as when the reload ends the page first.
    save.mockImplementationOnce(() => new Promise(() => {}));
    rename(store, 'Escrito justo antes de recargar');
    expect(save).toHaveBeenCalledTimes(1);

    events.dispatchEvent(new Event('pagehide'));
    expect(hasPendingEdits()).toBe(true);
    expect((await recoverPendingEdits(repository)).recovered).toEqual([journey.id]);
    expect((await stored()).journey.name).toBe('Escrito justo antes de recargar');
  });

  it("keeps two tabs' safety copies apart: one tab's save or copy never removes the other's", async () => {
    const { store, journey, events, save, repository, stored } = await setup();
    await store.getState().open(journey.id);
    // A tab that closed while its write was cut short left its copy of a description.
    const update = await anotherTabsUpdate(repository, journey.id, 'De la pestaña cerrada');
    writePendingEdits(journey.id, update, localStorage, crypto.randomUUID());

    // This tab saves, then leaves with a write cut short: its copy goes beside the other's.
    rename(store, 'Guardado');
    await untilSaved(store);
    save.mockImplementationOnce(() => new Promise(() => {}));
    rename(store, 'Cortado');
    events.dispatchEvent(new Event('pagehide'));

    expect((await recoverPendingEdits(repository)).recovered).toEqual([journey.id]);
    const loaded = await stored();
    expect(loaded.journey.name).toBe('Cortado');
    expect(loaded.journey.description).toBe('De la pestaña cerrada');
  });

  it('opens a journey with the edits of a safety copy storage refused, keeps the copy and saves them later', async () => {
    const { store, journey, repository, stored } = await setup();
    const update = await anotherTabsUpdate(repository, journey.id, 'Solo en la copia');
    writePendingEdits(journey.id, update, localStorage, crypto.randomUUID());
    // The disk is still full when the journey opens again.
    vi.spyOn(repository, 'mergeUpdate').mockRejectedValueOnce(new DOMException('Full', 'QuotaExceededError'));

    await store.getState().open(journey.id);
    expect(store.getState().journey?.description).toBe('Solo en la copia');
    expect(hasPendingEdits()).toBe(true);
    await untilSaved(store);
    expect((await stored()).journey.description).toBe('Solo en la copia');
    // Not an undoable step of this session.
    expect(store.getState().undoDepth).toBe(0);
  });

  it('drops a safety copy that does not decode rather than let it stop the journey from opening', async () => {
    const { store, journey } = await setup();
    localStorage.setItem(`recorrido.pending.${journey.id}@${crypto.randomUUID()}`, 'u:bm90IGEgWWpzIHVwZGF0ZQ==');
    await store.getState().open(journey.id);
    expect(store.getState().status).toBe('ready');
    expect(hasPendingEdits()).toBe(false);
  });

  it('opens journeys where reading localStorage throws (storage refused by privacy settings)', async () => {
    const { store, journey } = await setup();
    const refused = vi.spyOn(globalThis, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    try {
      await store.getState().open(journey.id);
      expect(store.getState().status).toBe('ready');
    } finally {
      refused.mockRestore();
    }
  });

  it('forgets a merged copy only if no newer copy replaced it meanwhile', async () => {
    const { journey, repository, stored } = await setup();
    const key = `recorrido.pending.${journey.id}@${crypto.randomUUID()}`;
    const first = await anotherTabsUpdate(repository, journey.id, 'Primera copia');
    writePendingEdits(journey.id, first, localStorage, key.split('@')[1]);
    const merge = repository.mergeUpdate.bind(repository);
    const newer = await anotherTabsUpdate(repository, journey.id, 'Copia más nueva', first);
    // The tab rewrites its copy while the first one is being merged.
    vi.spyOn(repository, 'mergeUpdate').mockImplementationOnce(async (id, update) => {
      writePendingEdits(journey.id, newer, localStorage, key.split('@')[1]);
      return merge(id, update);
    });
    await recoverPendingEdits(repository);
    expect(localStorage.getItem(key)).not.toBeNull();
    await recoverPendingEdits(repository);
    expect(localStorage.getItem(key)).toBeNull();
    expect((await stored()).journey.description).toBe('Copia más nueva');
  });

  it('keeps a safety copy as soon as a write fails, and with each edit after, for a crash with no pagehide', async () => {
    const { store, journey, save, repository } = await setup({ retryMs: 60_000 });
    await store.getState().open(journey.id);
    save.mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    rename(store, 'Sin sitio');
    await vi.waitFor(() => expect(store.getState().saveError).toBe('quota'), { timeout: 2_000, interval: 5 });
    expect(hasPendingEdits()).toBe(true);
    store.getState().run(updateJourneyDetails, { description: 'Después del fallo' });

    // The tab dies here. The next start, with room again, merges the copy.
    save.mockRestore();
    expect((await recoverPendingEdits(repository)).recovered).toEqual([journey.id]);
    const loaded = await repository.load(journey.id);
    expect(loaded?.ok && [loaded.journey.name, loaded.journey.description]).toEqual(['Sin sitio', 'Después del fallo']);
  });

  it('asks before the page unloads while edits cannot be stored, and not when they are stored', async () => {
    const { store, journey, events, save } = await setup({ retryMs: 60_000 });
    await store.getState().open(journey.id);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      events.dispatchEvent(event);
      return event.defaultPrevented ? 'asked' : 'left';
    };
    rename(store, 'Guardado');
    await untilSaved(store);
    expect(leave()).toBe('left');

    save.mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    rename(store, 'Sin sitio');
    await vi.waitFor(() => expect(store.getState().saveError).toBe('quota'), { timeout: 2_000, interval: 5 });
    expect(leave()).toBe('asked');
  });

  it.each([
    { name: 'a DOMException', error: () => new DOMException('The quota has been exceeded.', 'QuotaExceededError') },
    { name: 'an error wrapping one', error: () => ({ name: 'AbortError', inner: { name: 'QuotaExceededError' } }) },
  ])('reports a full disk ($name), keeps the journey and retries until saved', async ({ error }) => {
    const { store, journey, save, stored } = await setup();
    await store.getState().open(journey.id);
    const seen: { saveError: SaveErrorKind | null; name: string | undefined }[] = [];
    store.subscribe((s) => seen.push({ saveError: s.saveError, name: s.journey?.name }));
    save.mockRejectedValueOnce(error());

    rename(store, 'Me doy de alta');
    await untilSaved(store);

    expect(seen.filter((s) => s.saveError === 'quota')).toEqual([{ saveError: 'quota', name: 'Me doy de alta' }]);
    expect(store.getState().saveError).toBeNull();
    expect(save).toHaveBeenCalledTimes(2);
    expect((await stored()).journey.name).toBe('Me doy de alta');
  });

  it('retries a write refused with a bare InvalidStateError rather than taking it for an upgrade', async () => {
    const { store, journey, save, stored } = await setup();
    await store.getState().open(journey.id);
    save.mockRejectedValueOnce(new DOMException('The transaction has finished.', 'InvalidStateError'));
    rename(store, 'Reintentado');
    await vi.waitFor(() => expect(store.getState().saveError).toBe('unknown'), { timeout: 2_000, interval: 5 });
    await untilSaved(store);
    expect((await stored()).journey.name).toBe('Reintentado');
  });

  it("never overwrites another tab's save: both tabs' updates are stored and merge into one journey", async () => {
    const { store, journey, repository, stored } = await setup();
    await store.getState().open(journey.id);
    // Another tab changes the description and stores its update first.
    const update = await anotherTabsUpdate(repository, journey.id, 'Desde otra pestaña');
    await repository.appendUpdate({ ...journey, description: 'Desde otra pestaña' }, update);

    rename(store, 'Desde esta pestaña');
    await untilSaved(store);
    const loaded = await stored();
    expect(loaded.journey.name).toBe('Desde esta pestaña');
    expect(loaded.journey.description).toBe('Desde otra pestaña');
    expect(loaded.revision).toBe(3);
    expect(store.getState().saveError).toBeNull();
  });

  it('writes a journey left with changes pending when another opens, to the journey they belong to', async () => {
    const { store, journey, repository, autosave } = await setup({ throttleMs: 10_000 });
    const second = createEmptyJourney('Me quejo', ['Detecto un problema']);
    await repository.create(second);
    await store.getState().open(journey.id);
    rename(store, 'Primero');
    await untilSaved(store);
    store.getState().run(updateJourneyDetails, { description: 'Pendiente' });
    expect(saveState(store)).toBe('saving');

    await store.getState().open(second.id);
    await autosave.flush();
    const first = await repository.load(journey.id);
    expect(first?.ok && first.journey.description).toBe('Pendiente');
    const other = await repository.load(second.id);
    expect(other?.ok && other.journey.description).toBe('');
  });
});

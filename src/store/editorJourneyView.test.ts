import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blankPersona } from '../domain/blank';
import { removePersona } from '../domain/commands/personaCommands';
import { createEmptyJourney } from '../domain/factory';
import type { Journey } from '../domain/journey';
import { openDatabase, type RecorridoDatabase } from '../storage/database';
import { JourneyRepository } from '../storage/journeyRepository';
import { startAutosave } from './autosave';
import { createEditorStore } from './editorStore';

let n = 0;
let db: RecorridoDatabase;
let repository: JourneyRepository;
let journey: Journey;

/** A journey for two personas, stored. */
async function stored(name: string): Promise<Journey> {
  const created = createEmptyJourney(name, ['Me informo']);
  created.personas = [blankPersona({ name: 'Familias' }), blankPersona({ name: 'Mayores' })];
  await repository.create(created);
  return created;
}

/** The editor as a reload leaves it: a new store, reading only storage and this browser's preferences. */
async function reload(id = journey.id) {
  const editor = createEditorStore(repository);
  await editor.getState().open(id);
  return editor;
}

beforeEach(async () => {
  localStorage.clear();
  db = openDatabase(`journey-view-test-${++n}`);
  repository = new JourneyRepository(db);
  journey = await stored('Me uno');
});

afterEach(async () => {
  localStorage.clear();
  db.close();
  await db.delete();
});

describe('the persona and measure chosen for a journey', () => {
  it('are back after a reload', async () => {
    const before = await reload();
    before.getState().choosePersona(journey.personas[1].id);
    before.getState().setCurveOverlay('kpiCsat');
    before.getState().close();

    const after = await reload();
    expect(after.getState().personaId).toBe(journey.personas[1].id);
    expect(after.getState().curveOverlay).toBe('kpiCsat');
  });

  it('are each journey’s own, also from one journey to the next in a session', async () => {
    const other = await stored('Me quejo');
    const editor = await reload();
    editor.getState().setCurveOverlay('kpiNps');
    await editor.getState().open(other.id);
    expect(editor.getState().curveOverlay).toBeNull();
    expect(editor.getState().personaId).toBeNull();
    await editor.getState().open(journey.id);
    expect(editor.getState().curveOverlay).toBe('kpiNps');
  });

  it('fall back to the main persona when the one chosen was removed since', async () => {
    const editor = await reload();
    const autosave = startAutosave(editor, repository, { events: new EventTarget() as unknown as Window });
    editor.getState().choosePersona(journey.personas[1].id);
    editor.getState().run(removePersona, { id: journey.personas[1].id });
    await autosave.flush();
    autosave.stop();
    editor.getState().close();

    const after = await reload();
    expect(after.getState().journey?.personas).toHaveLength(1);
    expect(after.getState().personaId).toBeNull();
  });
});

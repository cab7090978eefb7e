import { renameJourney } from '../domain/commands/journeyCommands';
import { createEmptyJourney } from '../domain/factory';
import { openDatabase } from '../storage/database';
import { JourneyRepository } from '../storage/journeyRepository';
import { startAutosave } from './autosave';
import { createEditorStore } from './editorStore';

let n = 0;
async function openEdited() {
  const repository = new JourneyRepository(openDatabase(`reopen-test-${++n}`));
  const journey = createEmptyJourney('Me uno', ['Me informo']);
  await repository.create(journey);
  const editor = createEditorStore(repository);
  const autosave = startAutosave(editor, repository, { events: new EventTarget() as unknown as Window });
  await editor.getState().open(journey.id);
  editor.getState().run(renameJourney, { name: 'Me uno (taller)' });
  await autosave.flush();
  return { repository, editor, id: journey.id, autosave };
}

describe('reopening the open journey', () => {
  it('keeps the undo history (editor -> presentation -> editor)', async () => {
    const { editor, id, autosave } = await openEdited();
    await editor.getState().open(id);
    expect(editor.getState().undoDepth).toBe(1);
    editor.getState().undo();
    expect(editor.getState().journey?.name).toBe('Me uno');
    autosave.stop();
  });

  it('takes in what changed elsewhere meanwhile, and still undoes its own step', async () => {
    const { editor, repository, id, autosave } = await openEdited();
    await repository.update(id, (j) => ({ ...j, description: 'Escrita desde la biblioteca' }));
    await editor.getState().open(id);
    expect(editor.getState().journey?.description).toBe('Escrita desde la biblioteca');
    expect(editor.getState().undoDepth).toBe(1);
    editor.getState().undo();
    expect(editor.getState().journey).toMatchObject({ name: 'Me uno', description: 'Escrita desde la biblioteca' });
    autosave.stop();
  });
});

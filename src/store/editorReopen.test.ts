import { renameJourney } from '../domain/commands/journeyCommands';
import { createEmptyJourney } from '../domain/factory';
import { openDatabase } from '../storage/database';
import { JourneyRepository } from '../storage/journeyRepository';
import { createEditorStore } from './editorStore';

let n = 0;
async function openSaved() {
  const repository = new JourneyRepository(openDatabase(`reopen-test-${++n}`));
  const journey = createEmptyJourney('Me uno', ['Me informo']);
  await repository.create(journey);
  const editor = createEditorStore(repository);
  await editor.getState().open(journey.id);
  editor.getState().run(renameJourney, { name: 'Me uno (taller)' });
  const { journey: edited, revision } = editor.getState();
  editor.getState().markSaved(edited!, await repository.save(edited!, revision));
  return { repository, editor, id: journey.id };
}

describe('reopening the open journey', () => {
  it('keeps the undo history when storage has not moved on (editor -> presentation -> editor)', async () => {
    const { editor, id } = await openSaved();
    await editor.getState().open(id);
    expect(editor.getState().past).toHaveLength(1);
    editor.getState().undo();
    expect(editor.getState().journey?.name).toBe('Me uno');
  });

  it('loads afresh when the journey changed elsewhere meanwhile', async () => {
    const { editor, repository, id } = await openSaved();
    await repository.update(id, (j) => ({ ...j, name: 'Renamed in the library' }));
    await editor.getState().open(id);
    expect(editor.getState().journey?.name).toBe('Renamed in the library');
    expect(editor.getState().past).toHaveLength(0);
  });
});

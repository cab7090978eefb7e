import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyJourney } from '../domain/factory';
import { stageColumns, TOUCHPOINT_WIDTH } from '../domain/layout';
import { openDatabase } from '../storage/database';
import { JourneyRepository } from '../storage/journeyRepository';
import { createEditorStore } from '../store/editorStore';
import { editorOperations } from './operations';

const databases: ReturnType<typeof openDatabase>[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

/** An editor store with a journey of three stages open, and the operations over it. */
async function editorWith() {
  const db = openDatabase(`operations-test-${databases.length}-${Date.now()}`);
  databases.push(db);
  const repository = new JourneyRepository(db);
  const journey = createEmptyJourney('Me uno', ['Me informo', 'Contrato', 'Me conecto']);
  await repository.create(journey);
  const editor = createEditorStore(repository);
  await editor.getState().open(journey.id);
  return { editor, operations: editorOperations(editor), columns: stageColumns(journey.stages) };
}

describe('adding a touchpoint at a point of the map', () => {
  it('puts the card inside the column under that point, never across two', async () => {
    const { editor, operations, columns } = await editorWith();
    const [, second] = columns;
    // A centre just right of the line between the first and second columns.
    const id = operations.addTouchpointAt({ x: second.x + 10, y: 300 })!;
    const card = editor.getState().journey!.touchpoints.find((t) => t.id === id)!;
    expect(card.stageId).toBe(second.stage.id);
    expect(card.position.x).toBeGreaterThanOrEqual(second.x);
    expect(card.position.x + TOUCHPOINT_WIDTH).toBeLessThanOrEqual(second.x + second.width);
  });
});

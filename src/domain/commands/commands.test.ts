import { produce } from 'immer';
import { createEditorStore } from '../../store/editorStore';
import { openDatabase } from '../../storage/database';
import { JourneyRepository } from '../../storage/journeyRepository';
import { createEmptyJourney } from '../factory';
import type { Journey, Touchpoint } from '../journey';
import { MAX_CARD_Y, ROW_GAP, STAGE_MIN_WIDTH, TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH, stageColumns } from '../layout';
import { repairIntegrity } from '../integrity';
import { computeTidyLayout } from '../tidyLayout';
import { estimatedCardSize } from '../look/cardSize';
import { copyFragment, freshIds, pasteFragment } from './clipboardCommands';
import type { JourneyCommand } from './command';
import { connectTouchpoints, labelConnection } from './connectionCommands';
import { addStage, deleteStage, moveStage, resizeStage } from './stageCommands';
import { removeVocabularyEntry } from './vocabularyCommands';
import { blankOpportunity, blankPersona } from '../blank';
import { strictSchemas } from '../schema';
import { applyLayout } from './tidyUp';
import { addTouchpoint, deleteElements, moveTouchpoints, newTouchpoint, updateTouchpoints } from './touchpointCommands';

function run<P>(journey: Journey, command: JourneyCommand<P>, payload: P): Journey {
  return produce(journey, (d) => command.apply(d, payload));
}

/** Three 300-wide stages (A: 0-300, B: 300-600, C: 600-900) with touchpoints a1, a2 in A, b1 in B, c1 in C. */
function sample(): Journey {
  const journey = createEmptyJourney('Test', ['A', 'B', 'C']);
  const [a, b, c] = journey.stages;
  const tp = (id: string, stageId: string, x: number, y: number): Touchpoint => ({
    ...newTouchpoint(journey, { x, y }),
    id,
    stageId,
  });
  journey.touchpoints = [
    tp('a1', a.id, 30, 100),
    tp('a2', a.id, 30, 300),
    tp('b1', b.id, 330, 100),
    tp('c1', c.id, 630, 100),
  ];
  journey.connections = [
    { id: 'k1', from: 'a1', to: 'b1', label: '' },
    { id: 'k2', from: 'b1', to: 'c1', label: '' },
    { id: 'k3', from: 'a2', to: 'c1', label: '' },
  ];
  return journey;
}

const byId = (journey: Journey, id: string) => journey.touchpoints.find((t) => t.id === id)!;
const stageId = (journey: Journey, name: string) => journey.stages.find((s) => s.name === name)!.id;

describe('addTouchpoint', () => {
  it('lands in the stage whose column holds its centre', () => {
    const journey = sample();
    // x = 200: centre at 320, which is in B even though the left edge is in A.
    const touchpoint = newTouchpoint(journey, { x: 200, y: 50 });
    expect(touchpoint.stageId).toBe(stageId(journey, 'B'));
    const next = run(journey, addTouchpoint, { touchpoint: { ...touchpoint, stageId: 'nope' } });
    expect(next.touchpoints).toHaveLength(5);
    expect(byId(next, touchpoint.id).stageId).toBe(stageId(journey, 'B'));
  });

  it('is ignored when the journey has no stages', () => {
    const journey = createEmptyJourney('Empty', []);
    const next = run(journey, addTouchpoint, { touchpoint: newTouchpoint(journey, { x: 0, y: 0 }) });
    expect(next.touchpoints).toHaveLength(0);
    expect(next).toBe(journey);
  });
});

describe('moveTouchpoints', () => {
  it('rounds positions and reassigns the stage when crossing columns', () => {
    const journey = sample();
    const next = run(journey, moveTouchpoints, {
      moves: [
        { id: 'a1', position: { x: 40.4, y: 120.6 } },
        { id: 'a2', position: { x: 650.7, y: 10.2 } },
      ],
    });
    expect(byId(next, 'a1').position).toEqual({ x: 40, y: 121 });
    expect(byId(next, 'a1').stageId).toBe(stageId(journey, 'A'));
    expect(byId(next, 'a2').position).toEqual({ x: 651, y: 10 });
    expect(byId(next, 'a2').stageId).toBe(stageId(journey, 'C'));
  });

  it('keeps a card on the map, inside the columns, however far it is dragged or nudged', () => {
    const journey = sample();
    const total = journey.stages.reduce((sum, s) => sum + s.width, 0);
    const next = run(journey, moveTouchpoints, {
      moves: [
        { id: 'a1', position: { x: 20_000, y: 100 } },
        { id: 'a2', position: { x: -5_000, y: 1e12 } },
      ],
    });
    expect(byId(next, 'a1').position).toEqual({ x: total - TOUCHPOINT_WIDTH, y: 100 });
    expect(byId(next, 'a1').stageId).toBe(stageId(journey, 'C'));
    expect(byId(next, 'a2').position).toEqual({ x: 0, y: MAX_CARD_Y });
    expect(byId(next, 'a2').stageId).toBe(stageId(journey, 'A'));
  });

  it('skips unknown ids and non-finite positions', () => {
    const journey = sample();
    const next = run(journey, moveTouchpoints, {
      moves: [
        { id: 'ghost', position: { x: 1, y: 1 } },
        { id: 'a1', position: { x: Number.NaN, y: 1 } },
      ],
    });
    expect(next).toBe(journey);
  });
});

describe('updateTouchpoints', () => {
  it('sets fields on several touchpoints at once', () => {
    const journey = sample();
    const next = run(journey, updateTouchpoints, { ids: ['a1', 'b1'], fields: { emotion: -2, functionId: 'sales' } });
    for (const id of ['a1', 'b1']) {
      expect(byId(next, id).emotion).toBe(-2);
      expect(byId(next, id).functionId).toBe('sales');
    }
    expect(byId(next, 'a2').emotion).toBeNull();
    expect(byId(next, 'c1').functionId).toBeNull();
  });

  it('moves the card into the new column at its height when nothing is there', () => {
    const journey = sample();
    const c = stageColumns(journey.stages).find((col) => col.stage.name === 'C')!;
    const next = run(journey, updateTouchpoints, { ids: ['a2'], fields: { stageId: c.stage.id } });
    const moved = byId(next, 'a2');
    expect(moved.stageId).toBe(c.stage.id);
    expect(moved.position).toEqual({ x: c.x + 30, y: 300 });
    expect(moved.position.x + TOUCHPOINT_WIDTH).toBeLessThanOrEqual(c.x + c.width);
  });

  it("moves cards down past the new column's cards they would cover, and past each other", () => {
    const journey = sample();
    const c = stageColumns(journey.stages).find((col) => col.stage.name === 'C')!;
    // a1 sits at c1's height and goes under it; a2, 200 below a1, is then covered by a1 and goes under it.
    const next = run(journey, updateTouchpoints, { ids: ['a1', 'a2'], fields: { stageId: c.stage.id } });
    const under = (y: number) => y + TOUCHPOINT_HEIGHT + ROW_GAP;
    expect(byId(next, 'a1').position).toEqual({ x: c.x + 30, y: under(100) });
    expect(byId(next, 'a2').position).toEqual({ x: c.x + 30, y: under(under(100)) });
    expect(byId(next, 'c1').position).toEqual({ x: 630, y: 100 });
  });

  it('never pushes one moved card onto a card of the new column below it', () => {
    const journey = produce(sample(), (d) => void (d.touchpoints[3].position.y = 300));
    const c = stageColumns(journey.stages).find((col) => col.stage.name === 'C')!;
    // a1 and b1 both sit at y 100; one of them has to give way, and c1 (y 300) is in the way too.
    const next = run(journey, updateTouchpoints, { ids: ['a1', 'b1'], fields: { stageId: c.stage.id } });
    const ys = ['a1', 'b1'].map((id) => byId(next, id).position.y).sort((x, y) => x - y);
    expect(ys).toEqual([100, 300 + TOUCHPOINT_HEIGHT + ROW_GAP]);
    expect(byId(next, 'c1').position.y).toBe(300);
  });

  it('keeps a moved card at its height where the new column is free there, between its cards', () => {
    const journey = produce(sample(), (d) => {
      // C gets a second card far below c1: the gap between them takes a2 (y 300) as it is.
      d.touchpoints.push({ ...d.touchpoints[3], id: 'c2', position: { x: 630, y: 700 } });
    });
    const c = stageColumns(journey.stages).find((col) => col.stage.name === 'C')!;
    const next = run(journey, updateTouchpoints, { ids: ['a2'], fields: { stageId: c.stage.id } });
    expect(byId(next, 'a2').position).toEqual({ x: c.x + 30, y: 300 });
  });

  it('keeps cards selected with it in the new stage where they are, and moves the others clear of them', () => {
    const journey = sample();
    const c = stageColumns(journey.stages).find((col) => col.stage.name === 'C')!;
    // c1 is already in C, at a1's height; b1 comes from B at that height too.
    const next = run(journey, updateTouchpoints, { ids: ['a1', 'b1', 'c1'], fields: { stageId: c.stage.id } });
    const [a1, b1, c1] = ['a1', 'b1', 'c1'].map((id) => byId(next, id).position);
    expect(c1).toEqual({ x: 630, y: 100 });
    const below = 100 + TOUCHPOINT_HEIGHT + ROW_GAP;
    expect([a1.y, b1.y].sort((x, y) => x - y)).toEqual([below, below + TOUCHPOINT_HEIGHT + ROW_GAP]);
  });

  it('ignores an unknown stage', () => {
    const journey = sample();
    const next = run(journey, updateTouchpoints, { ids: ['a1'], fields: { stageId: 'nope' } });
    expect(next).toBe(journey);
  });
});

describe('deleteElements', () => {
  it('removes touchpoints with their connections and the chosen connections', () => {
    const journey = sample();
    const next = run(journey, deleteElements, { touchpointIds: ['b1'], connectionIds: ['k3'] });
    expect(next.touchpoints.map((t) => t.id)).toEqual(['a1', 'a2', 'c1']);
    expect(next.connections).toEqual([]);
  });

  it('takes the deleted touchpoints’ opportunities with them, and a stage’s when it goes with its touchpoints', () => {
    const journey = produce(sample(), (draft) => {
      draft.opportunities = [
        blankOpportunity({ id: 'o1', touchpointId: 'b1', title: 'Call back' }),
        blankOpportunity({ id: 'o2', touchpointId: 'c1', title: 'One form' }),
      ];
    });
    const deleted = run(journey, deleteElements, { touchpointIds: ['b1'], connectionIds: [] });
    expect(deleted.opportunities.map((o) => o.id)).toEqual(['o2']);
    const stageGone = run(journey, deleteStage, { id: stageId(journey, 'C') });
    expect(stageGone.opportunities.map((o) => o.id)).toEqual(['o1']);
  });

  it('leaves opportunities without an owner when their custom function is removed', () => {
    const journey = produce(sample(), (draft) => {
      draft.customFunctions = [{ id: 'legal', label: 'Legal', icon: 'tag', color: '#0ea5e9', backstage: false }];
      draft.opportunities = [blankOpportunity({ touchpointId: 'b1', title: 'Plain words', functionId: 'legal' })];
    });
    const next = run(journey, removeVocabularyEntry, { kind: 'function', id: 'legal' });
    expect(next.opportunities[0].functionId).toBeNull();
  });
});

describe('connectTouchpoints', () => {
  it('connects two touchpoints', () => {
    const next = run(sample(), connectTouchpoints, { from: 'a1', to: 'c1', id: 'new' });
    expect(next.connections).toContainEqual({ id: 'new', from: 'a1', to: 'c1', label: '' });
  });

  it('refuses self-loops, duplicates and unknown ids', () => {
    const journey = sample();
    expect(run(journey, connectTouchpoints, { from: 'a1', to: 'a1' })).toBe(journey);
    expect(run(journey, connectTouchpoints, { from: 'a1', to: 'b1' })).toBe(journey);
    expect(run(journey, connectTouchpoints, { from: 'a1', to: 'ghost' })).toBe(journey);
    expect(run(journey, connectTouchpoints, { from: 'ghost', to: 'a1' })).toBe(journey);
  });

  it('allows a loop back (B->A beside A->B)', () => {
    const next = run(sample(), connectTouchpoints, { from: 'b1', to: 'a1' });
    expect(next.connections.filter((c) => c.from === 'a1' && c.to === 'b1')).toHaveLength(1);
    expect(next.connections.filter((c) => c.from === 'b1' && c.to === 'a1')).toHaveLength(1);
  });
});

describe('labelConnection', () => {
  it('labels a connection, cut to 200 characters', () => {
    const journey = sample();
    expect(run(journey, labelConnection, { id: 'k1', label: 'si no resuelve' }).connections[0].label).toBe(
      'si no resuelve',
    );
    expect(run(journey, labelConnection, { id: 'k1', label: 'x'.repeat(300) }).connections[0].label).toHaveLength(200);
    expect(run(journey, labelConnection, { id: 'ghost', label: 'x' })).toBe(journey);
  });
});

describe('stage commands', () => {
  it('addStage inserts a column and shifts later touchpoints', () => {
    const journey = sample();
    const next = run(journey, addStage, { name: 'New', index: 1, id: 'new' });
    expect(next.stages.map((s) => s.name)).toEqual(['A', 'New', 'B', 'C']);
    expect(byId(next, 'a1').position.x).toBe(30);
    expect(byId(next, 'b1').position.x).toBe(630);
    expect(byId(next, 'c1').position.x).toBe(930);
    const appended = run(journey, addStage, { name: 'End' });
    expect(appended.stages.map((s) => s.name)).toEqual(['A', 'B', 'C', 'End']);
    expect(appended.touchpoints).toEqual(journey.touchpoints);
  });

  it('moveStage carries touchpoints with their column', () => {
    const journey = sample();
    const next = run(journey, moveStage, { id: stageId(journey, 'A'), toIndex: 2 });
    expect(next.stages.map((s) => s.name)).toEqual(['B', 'C', 'A']);
    expect(byId(next, 'a1').position.x).toBe(630);
    expect(byId(next, 'a2').position.x).toBe(630);
    expect(byId(next, 'b1').position.x).toBe(30);
    expect(byId(next, 'c1').position.x).toBe(330);
    for (const t of next.touchpoints) expect(t.stageId).toBe(journey.touchpoints.find((o) => o.id === t.id)!.stageId);
  });

  it('resizeStage shifts later columns by the width delta and enforces the minimum width', () => {
    const journey = sample();
    const wider = run(journey, resizeStage, { id: stageId(journey, 'A'), width: 400.4 });
    expect(wider.stages[0].width).toBe(400);
    expect(byId(wider, 'a1').position.x).toBe(30);
    expect(byId(wider, 'b1').position.x).toBe(430);
    expect(byId(wider, 'c1').position.x).toBe(730);

    const narrow = run(journey, resizeStage, { id: stageId(journey, 'B'), width: 10 });
    expect(narrow.stages[1].width).toBe(STAGE_MIN_WIDTH);
    // A column narrower than a card holds it from its left edge.
    expect(byId(narrow, 'b1').position.x).toBe(300);
    expect(byId(narrow, 'c1').position.x).toBe(630 - (300 - STAGE_MIN_WIDTH));
  });

  it('resizeStage keeps each card in its own column when the column narrows, never off the map', () => {
    const journey = sample();
    const c = stageId(journey, 'C');
    const wide = run(journey, resizeStage, { id: c, width: 1000 });
    const far = run(wide, moveTouchpoints, { moves: [{ id: 'c1', position: { x: 1300, y: 100 } }] });
    expect(byId(far, 'c1')).toMatchObject({ stageId: c, position: { x: 1300, y: 100 } });
    const narrow = run(far, resizeStage, { id: c, width: 300 });
    const column = stageColumns(narrow.stages)[2];
    expect(byId(narrow, 'c1').position.x).toBe(column.x + column.width - TOUCHPOINT_WIDTH);
    expect(repairIntegrity(narrow).repairs).toEqual([]);
  });

  it('deleteStage with moveTo keeps touchpoints in the neighbour column', () => {
    const journey = sample();
    const a = stageId(journey, 'A');
    const b = stageId(journey, 'B');
    const next = run(journey, deleteStage, { id: b, moveTo: a });
    expect(next.stages.map((s) => s.name)).toEqual(['A', 'C']);
    expect(next.touchpoints).toHaveLength(4);
    const b1 = byId(next, 'b1');
    expect(b1.stageId).toBe(a);
    const column = stageColumns(next.stages).find((c) => c.stage.id === a)!;
    expect(b1.position.x).toBeGreaterThanOrEqual(column.x);
    expect(b1.position.x + TOUCHPOINT_WIDTH).toBeLessThanOrEqual(column.x + column.width);
    // b1 sat at A's a1 height: it goes below a2, A's lowest card, rather than on a1.
    expect(b1.position.y).toBe(byId(next, 'a2').position.y + TOUCHPOINT_HEIGHT + ROW_GAP);
    // C moved left by one column with its touchpoints.
    expect(byId(next, 'c1').position.x).toBe(330);
    expect(next.connections).toHaveLength(3);
  });

  it('deleteStage with moveTo puts the moved cards below a tall card by its estimated height', () => {
    const journey = produce(sample(), (d) => {
      const a2 = d.touchpoints.find((t) => t.id === 'a2')!;
      a2.title = 'Me llaman para confirmar la cita y me piden otra vez todos los datos que ya había dado';
      a2.kpiNps = 30;
    });
    const a2 = byId(journey, 'a2');
    const next = run(journey, deleteStage, { id: stageId(journey, 'B'), moveTo: stageId(journey, 'A') });
    const height = estimatedCardSize(a2).height;
    expect(height).toBeGreaterThan(TOUCHPOINT_HEIGHT);
    expect(byId(next, 'b1').position.y).toBe(a2.position.y + height + ROW_GAP);
  });

  it('deleteStage without moveTo deletes its touchpoints and their connections', () => {
    const journey = sample();
    const next = run(journey, deleteStage, { id: stageId(journey, 'B') });
    expect(next.stages.map((s) => s.name)).toEqual(['A', 'C']);
    expect(next.touchpoints.map((t) => t.id)).toEqual(['a1', 'a2', 'c1']);
    expect(next.connections.map((c) => c.id)).toEqual(['k3']);
    expect(byId(next, 'c1').position.x).toBe(330);
  });
});

describe('clipboard', () => {
  it('copyFragment keeps only connections inside the selection', () => {
    const fragment = copyFragment(sample(), ['a1', 'b1', 'c1']);
    expect(fragment.touchpoints.map((t) => t.id)).toEqual(['a1', 'b1', 'c1']);
    expect(fragment.connections.map((c) => c.id)).toEqual(['k1', 'k2']);
  });

  it('pasteFragment keeps the emotions of this journey’s personas and drops another journey’s', () => {
    const other = produce(sample(), (draft) => {
      draft.personas.push(blankPersona({ id: 'elsewhere', name: 'Seniors' }));
      draft.touchpoints[0].personaEmotions = { elsewhere: -2 };
    });
    const here = produce(sample(), (draft) => {
      draft.personas.push(blankPersona({ id: 'students', name: 'Students' }));
    });
    const fragment = produce(copyFragment(other, ['a1']), (draft) => {
      draft.touchpoints[0].personaEmotions.students = 2;
    });
    const newIds = freshIds(fragment);
    const next = run(here, pasteFragment, { fragment, offset: { x: 0, y: 40 }, newIds });
    expect(byId(next, newIds.a1).personaEmotions).toEqual({ students: 2 });
  });

  it('copies and pastes a pain point with its opportunities, fresh ids pointing at the pasted card', () => {
    const journey = produce(sample(), (draft) => {
      draft.customFunctions.push(strictSchemas.vocabularyEntry.parse({ id: 'legal', label: 'Legal' }));
      draft.opportunities.push(
        blankOpportunity({ id: 'o1', touchpointId: 'a1', title: 'Pay online', functionId: 'legal' }),
        blankOpportunity({ id: 'o2', touchpointId: 'a1', title: 'Explain the bill' }),
        blankOpportunity({ id: 'o3', touchpointId: 'b1', title: 'Not copied' }),
      );
    });
    const fragment = copyFragment(journey, ['a1']);
    expect(fragment.opportunities.map((o) => o.id)).toEqual(['o1', 'o2']);
    const elsewhere = createEmptyJourney('Elsewhere', ['X']);
    const newIds = freshIds(fragment);
    const next = run(elsewhere, pasteFragment, { fragment, offset: { x: 0, y: 0 }, newIds });
    expect(next.opportunities.map((o) => [o.title, o.touchpointId])).toEqual([
      ['Pay online', newIds.a1],
      ['Explain the bill', newIds.a1],
    ]);
    expect(next.opportunities.map((o) => o.id)).not.toContain('o1');
    expect(next.customFunctions.map((f) => f.id)).toEqual(['legal']);
  });

  it('pasteFragment adds copies with fresh ids, remapped connections and the offset', () => {
    const journey = sample();
    const fragment = copyFragment(journey, ['a1', 'b1']);
    const newIds = freshIds(fragment);
    expect(Object.keys(newIds).sort()).toEqual(['a1', 'b1']);
    expect(new Set(Object.values(newIds)).size).toBe(2);
    const next = run(journey, pasteFragment, { fragment, offset: { x: 24, y: 40 }, newIds });
    expect(next.touchpoints).toHaveLength(6);
    const a1 = byId(next, newIds.a1);
    const b1 = byId(next, newIds.b1);
    expect(newIds.a1).not.toBe('a1');
    expect(a1.position).toEqual({ x: 54, y: 140 });
    expect(b1.position).toEqual({ x: 354, y: 140 });
    expect(a1.stageId).toBe(stageId(journey, 'A'));
    expect(b1.stageId).toBe(stageId(journey, 'B'));
    expect(next.connections).toHaveLength(4);
    const pasted = next.connections[3];
    expect(pasted).toMatchObject({ from: newIds.a1, to: newIds.b1 });
    expect(pasted.id).not.toBe('k1');
    // Originals untouched.
    expect(byId(next, 'a1').position).toEqual({ x: 30, y: 100 });
  });
});

describe('applyLayout with computeTidyLayout', () => {
  it('keeps every touchpoint in its own column without overlaps', async () => {
    const journey = createEmptyJourney('Tidy', ['One', 'Two']);
    const [one, two] = journey.stages;
    const tp = (id: string, stage: string, x: number, y: number): Touchpoint => ({
      ...newTouchpoint(journey, { x, y }),
      id,
      stageId: stage,
    });
    journey.touchpoints = [
      tp('p', one.id, 10, 500),
      tp('q', one.id, 50, 510),
      tp('r', one.id, 5, 20),
      tp('s', two.id, 320, 90),
      tp('t', two.id, 330, 95),
    ];
    journey.connections = [
      { id: 'e1', from: 'p', to: 's', label: '' },
      { id: 'e2', from: 'q', to: 't', label: '' },
      { id: 'e3', from: 't', to: 'r', label: '' },
    ];
    const positions = await computeTidyLayout(journey);
    const next = run(journey, applyLayout, { positions });
    const columns = stageColumns(next.stages);
    for (const t of next.touchpoints) {
      const column = columns.find((c) => c.stage.id === t.stageId)!;
      expect(t.position.x).toBeGreaterThanOrEqual(column.x);
      expect(t.position.x + TOUCHPOINT_WIDTH).toBeLessThanOrEqual(column.x + column.width);
    }
    for (const column of columns) {
      const ys = next.touchpoints
        .filter((t) => t.stageId === column.stage.id)
        .map((t) => t.position.y)
        .sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(TOUCHPOINT_HEIGHT);
    }
  });
});

describe('undo history through the editor store', () => {
  let n = 0;
  let now = 0;
  const clock = () => new Date(now);

  async function openStore() {
    const repository = new JourneyRepository(openDatabase(`cmd-test-${++n}`));
    const journey = sample();
    await repository.create(journey);
    const store = createEditorStore(repository, clock);
    await store.getState().open(journey.id);
    expect(store.getState().status).toBe('ready');
    return store;
  }

  beforeEach(() => {
    now = Date.parse('2024-05-01T10:00:00Z');
  });

  it('merges moves of one gesture into one undo step', async () => {
    const store = await openStore();
    store.getState().run(moveTouchpoints, { moves: [{ id: 'a1', position: { x: 40, y: 100 } }], gesture: 'g1' });
    now += 100;
    store.getState().run(moveTouchpoints, { moves: [{ id: 'a1', position: { x: 50, y: 100 } }], gesture: 'g1' });
    expect(store.getState().undoDepth).toBe(1);
    store.getState().undo();
    expect(byId(store.getState().journey!, 'a1').position).toEqual({ x: 30, y: 100 });
    expect(store.getState().undoDepth).toBe(0);
  });

  it('keeps moves of different gestures as separate steps', async () => {
    const store = await openStore();
    store.getState().run(moveTouchpoints, { moves: [{ id: 'a1', position: { x: 40, y: 100 } }], gesture: 'g1' });
    now += 100;
    store.getState().run(moveTouchpoints, { moves: [{ id: 'a1', position: { x: 50, y: 100 } }], gesture: 'g2' });
    expect(store.getState().undoDepth).toBe(2);
    store.getState().undo();
    expect(byId(store.getState().journey!, 'a1').position).toEqual({ x: 40, y: 100 });
    store.getState().undo();
    expect(byId(store.getState().journey!, 'a1').position).toEqual({ x: 30, y: 100 });
  });

  it('merges updates of the same field and ids within the window', async () => {
    const store = await openStore();
    store.getState().run(updateTouchpoints, { ids: ['a1', 'b1'], fields: { title: 'H' } });
    now += 500;
    store.getState().run(updateTouchpoints, { ids: ['b1', 'a1'], fields: { title: 'Ho' } });
    expect(store.getState().undoDepth).toBe(1);
    now += 5000;
    store.getState().run(updateTouchpoints, { ids: ['a1', 'b1'], fields: { title: 'Hola' } });
    expect(store.getState().undoDepth).toBe(2);
    store.getState().undo();
    store.getState().undo();
    expect(byId(store.getState().journey!, 'a1').title).toBe('');
    expect(byId(store.getState().journey!, 'b1').title).toBe('');
  });

  it('does not record selection changes', async () => {
    const store = await openStore();
    store.getState().select({ touchpoints: ['a1'] });
    store.getState().select({ touchpoints: ['a1', 'b1'], connections: ['k1'] });
    expect(store.getState().undoDepth).toBe(0);
    expect(store.getState().selection).toEqual({ touchpoints: ['a1', 'b1'], connections: ['k1'] });
    store.getState().run(deleteElements, { touchpointIds: ['b1'], connectionIds: [] });
    expect(store.getState().undoDepth).toBe(1);
    expect(store.getState().selection).toEqual({ touchpoints: ['a1'], connections: [] });
  });
});

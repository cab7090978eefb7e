import { fireEvent, render } from '@testing-library/react';
import type { TFunction } from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyJourney } from '../domain/factory';
import type { Journey } from '../domain/journey';
import { STAGE_DEFAULT_WIDTH } from '../domain/layout';
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { openDatabase } from '../storage/database';
import { JourneyRepository } from '../storage/journeyRepository';
import { createEditorStore, type EditorStore } from '../store/editorStore';
import { MERGE_WINDOW_MS } from '../store/history';
import { updateTouchpoints } from '../domain/commands/touchpointCommands';
import { aTouchpoint } from '../test/touchpoint';
import type { ActionContext, ActionScope } from './action';
import { comboTexts, editsJourney, matches, UNDO_SCOPE } from './keys';
import { EDITOR_ACTIONS, MOVE_BIG_STEP, MOVE_STEP, PRESENT_ACTIONS } from './registry';
import { useActionKeys } from './useActionKeys';

let store: EditorStore;
let journey: Journey;
let now = 0;

let database = 0;

beforeEach(async () => {
  now = Date.parse('2026-11-01T10:00:00Z');
  const repository = new JourneyRepository(openDatabase(`actions-test-${++database}`));
  store = createEditorStore(repository, () => new Date(now));
  journey = createEmptyJourney('Me uno', ['Me informo', 'Contrato', 'Me conecto']);
  const [s1, s2] = journey.stages;
  journey.touchpoints = [
    aTouchpoint({ id: 't1', stageId: s1.id, functionId: 'marketing', position: { x: 30, y: 100 } }),
    aTouchpoint({ id: 't2', stageId: s2.id, functionId: 'sales', position: { x: STAGE_DEFAULT_WIDTH + 30, y: 100 } }),
  ];
  await repository.create(journey);
  await store.getState().open(journey.id);
});

function Keys({ scope, ctx }: { scope: ActionScope; ctx: ActionContext }) {
  useActionKeys(scope, ctx);
  return (
    <div className="react-flow">
      <div className="react-flow__node react-flow__node-touchpoint" data-id="t1" tabIndex={0} data-testid="card" />
      <input aria-label="Title" data-testid="input" />
      <button type="button" data-testid="button">
        A button
      </button>
    </div>
  );
}

function setup(scope: ActionScope = 'editor', extra: Partial<ActionContext> = {}) {
  const ctx: ActionContext = {
    editor: store,
    navigate: vi.fn(),
    t: ((key: string) => key) as TFunction,
    openHelp: vi.fn(),
    view: { centre: () => ({ x: 400, y: 300 }), fit: vi.fn(), show: vi.fn() },
    ...extra,
  };
  const view = render(<Keys scope={scope} ctx={ctx} />);
  return { ctx, card: view.getByTestId('card'), input: view.getByTestId('input'), button: view.getByTestId('button') };
}

const position = (id: string) => store.getState().journey!.touchpoints.find((t) => t.id === id)!.position;
const touchpoint = (id: string) => store.getState().journey!.touchpoints.find((t) => t.id === id)!;

afterEach(() => vi.restoreAllMocks());

describe('the one key dispatcher', () => {
  it('moves a focused card with the arrows by the documented steps, as one undo step per burst', () => {
    const { card } = setup();
    fireEvent.keyDown(card, { key: 'ArrowRight' });
    fireEvent.keyDown(card, { key: 'ArrowRight' });
    fireEvent.keyDown(card, { key: 'ArrowDown', shiftKey: true });
    expect(store.getState().selection.touchpoints).toEqual(['t1']);
    expect(position('t1')).toEqual({ x: 30 + 2 * MOVE_STEP, y: 100 + MOVE_BIG_STEP });
    expect(store.getState().undoDepth).toBe(1);
    store.getState().undo();
    expect(position('t1')).toEqual({ x: 30, y: 100 });
  });

  it('starts a new undo step after a pause', () => {
    const { card } = setup();
    fireEvent.keyDown(card, { key: 'ArrowLeft' });
    now += MERGE_WINDOW_MS + 1;
    fireEvent.keyDown(card, { key: 'ArrowLeft' });
    expect(store.getState().undoDepth).toBe(2);
  });

  it('keeps the key from React Flow inside the canvas, so the card moves once', () => {
    const { card } = setup();
    const reactFlowMove = vi.fn();
    card.addEventListener('keydown', reactFlowMove);
    const event = new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, cancelable: true });
    card.dispatchEvent(event);
    expect(reactFlowMove).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(true);
  });

  it('in the blueprint, moves the card to the next stage or lane', () => {
    store.getState().setView('blueprint');
    const { card } = setup();
    fireEvent.keyDown(card, { key: 'ArrowRight' });
    expect(touchpoint('t1').stageId).toBe(journey.stages[1].id);
    expect(position('t1').x).toBe(STAGE_DEFAULT_WIDTH + 30);
    fireEvent.keyDown(card, { key: 'ArrowDown' });
    expect(touchpoint('t1').functionId).toBe('sales');
    fireEvent.keyDown(card, { key: 'ArrowUp' });
    fireEvent.keyDown(card, { key: 'ArrowUp' });
    expect(touchpoint('t1').functionId).toBe('marketing');
    expect(store.getState().undoDepth).toBe(1);
  });

  it('leaves keys typed into a field, and Space or Enter on a button, to them', () => {
    const { input, button } = setup('editor');
    store.getState().select({ touchpoints: ['t1'] });
    fireEvent.keyDown(input, { key: 'ArrowRight' });
    fireEvent.keyDown(input, { key: 'Delete' });
    fireEvent.keyDown(button, { key: 'Enter' });
    expect(position('t1')).toEqual({ x: 30, y: 100 });
    expect(store.getState().journey!.touchpoints).toHaveLength(2);
  });

  it('deletes the focused card, runs undo and redo, enters presentation and opens the help', () => {
    const { ctx, card } = setup();
    fireEvent.keyDown(card, { key: 'Delete' });
    expect(store.getState().journey!.touchpoints.map((t) => t.id)).toEqual(['t2']);
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(store.getState().journey!.touchpoints).toHaveLength(2);
    fireEvent.keyDown(document.body, { key: 'Z', metaKey: true, shiftKey: true });
    expect(store.getState().journey!.touchpoints).toHaveLength(1);
    fireEvent.keyDown(document.body, { key: 'p' });
    expect(ctx.navigate).toHaveBeenCalledWith(`/journey/${journey.id}/present`);
    fireEvent.keyDown(document.body, { key: '?', shiftKey: true });
    expect(ctx.openHelp).toHaveBeenCalledOnce();
  });

  it('opens the measures with M and the share dialog with S, as the toolbar buttons do', () => {
    const openMeasures = vi.fn();
    const openShare = vi.fn();
    const { input } = setup('editor', { openMeasures, openShare });
    fireEvent.keyDown(input, { key: 'm' });
    fireEvent.keyDown(input, { key: 's' });
    expect([openMeasures, openShare].map((f) => f.mock.calls.length)).toEqual([0, 0]);
    fireEvent.keyDown(document.body, { key: 'm' });
    fireEvent.keyDown(document.body, { key: 's' });
    expect([openMeasures, openShare].map((f) => f.mock.calls.length)).toEqual([1, 1]);
  });

  it('adds a touchpoint in the middle of the view with N', () => {
    setup();
    fireEvent.keyDown(document.body, { key: 'n' });
    const added = store.getState().journey!.touchpoints[2];
    expect(store.getState().selection.touchpoints).toEqual([added.id]);
    expect(added.position.x).toBeLessThan(400);
    expect(added.position.x + 240).toBeGreaterThan(400);
  });

  it('does nothing while a dialog is open', () => {
    const { card } = setup();
    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.setAttribute('open', '');
    fireEvent.keyDown(card, { key: 'Delete' });
    dialog.remove();
    expect(store.getState().journey!.touchpoints).toHaveLength(2);
  });

  it('walks a presentation with its own keys', () => {
    const present = { next: vi.fn(), previous: vi.fn(), first: vi.fn(), last: vi.fn(), exit: vi.fn() };
    setup('present', { present });
    for (const key of ['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp', 'Home', 'End', 'Escape']) {
      fireEvent.keyDown(document.body, { key });
    }
    expect(present.next).toHaveBeenCalledTimes(3);
    expect(present.previous).toHaveBeenCalledTimes(2);
    expect([present.first, present.last, present.exit].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  });
});

describe('undo and redo in fields that edit the journey', () => {
  /** An inspector-like part whose fields write the journey, a draft form inside it, and a field elsewhere. */
  function Fields({ ctx }: { ctx: ActionContext }) {
    useActionKeys('editor', ctx);
    return (
      <>
        <aside {...UNDO_SCOPE.journey}>
          <input aria-label="Title" data-testid="title" />
          <textarea aria-label="Notes" data-testid="notes" />
          <form {...UNDO_SCOPE.field}>
            <input aria-label="New channel" data-testid="draft" />
          </form>
        </aside>
        <input aria-label="Search" data-testid="search" />
      </>
    );
  }

  function setupFields() {
    const ctx: ActionContext = { editor: store, navigate: vi.fn(), t: ((key: string) => key) as TFunction };
    const view = render(<Fields ctx={ctx} />);
    return (id: string) => view.getByTestId(id);
  }

  const title = () => touchpoint('t1').title;
  const type = (fields: { title?: string; notes?: string }) =>
    store.getState().run(updateTouchpoints, { ids: ['t1'], fields });
  /** Presses a key on the element; returns whether the browser's own handling was cancelled. */
  const press = (el: HTMLElement, init: KeyboardEventInit) => !fireEvent.keyDown(el, init);

  it('knows which fields are the journey’s: marked by the nearest part, not by being a field', () => {
    const field = setupFields();
    expect(editsJourney(field('title'))).toBe(true);
    expect(editsJourney(field('draft'))).toBe(false);
    expect(editsJourney(field('search'))).toBe(false);
    expect(editsJourney(null)).toBe(false);
  });

  it('undoes the whole burst of typing with Ctrl/⌘+Z in the field, and redoes it with Ctrl/⌘+Shift+Z and Ctrl+Y', () => {
    const field = setupFields();
    const before = title();
    for (const text of ['V', 'Vi', 'Vis', 'Visita']) type({ title: text });
    expect(press(field('title'), { key: 'z', ctrlKey: true })).toBe(true);
    expect(title()).toBe(before);
    expect(press(field('title'), { key: 'Z', metaKey: true, shiftKey: true })).toBe(true);
    expect(title()).toBe('Visita');
    press(field('title'), { key: 'z', metaKey: true });
    expect(press(field('title'), { key: 'y', ctrlKey: true })).toBe(true);
    expect(title()).toBe('Visita');
  });

  it('undoes only the last field’s edit, whichever field has the focus', () => {
    const field = setupFields();
    type({ title: 'Visita' });
    type({ notes: 'Desde el móvil' });
    press(field('title'), { key: 'z', ctrlKey: true });
    expect([touchpoint('t1').title, touchpoint('t1').notes]).toEqual(['Visita', '']);
    press(field('notes'), { key: 'z', ctrlKey: true });
    expect(touchpoint('t1').title).not.toBe('Visita');
  });

  it('runs the journey’s undo for the browser’s own undo from its menu', () => {
    const field = setupFields();
    const before = title();
    type({ title: 'Visita' });
    const undo = new InputEvent('beforeinput', { inputType: 'historyUndo', bubbles: true, cancelable: true });
    field('title').dispatchEvent(undo);
    expect(undo.defaultPrevented).toBe(true);
    expect(title()).toBe(before);
    const redo = new InputEvent('beforeinput', { inputType: 'historyRedo', bubbles: true, cancelable: true });
    field('notes').dispatchEvent(redo);
    expect(title()).toBe('Visita');
  });

  it('keeps the field’s own undo from running when the journey has nothing to undo', () => {
    const field = setupFields();
    expect(store.getState().undoDepth).toBe(0);
    expect(press(field('title'), { key: 'z', ctrlKey: true })).toBe(true);
  });

  it('leaves other keys to the field, and undo to fields that are not the journey’s', () => {
    const field = setupFields();
    store.getState().select({ touchpoints: ['t1'] });
    type({ title: 'Visita' });
    expect(press(field('title'), { key: 'Delete' })).toBe(false);
    expect(press(field('title'), { key: 'n' })).toBe(false);
    expect(press(field('search'), { key: 'z', ctrlKey: true })).toBe(false);
    expect(press(field('draft'), { key: 'z', ctrlKey: true })).toBe(false);
    const undo = new InputEvent('beforeinput', { inputType: 'historyUndo', bubbles: true, cancelable: true });
    field('search').dispatchEvent(undo);
    expect(undo.defaultPrevented).toBe(false);
    expect([title(), store.getState().journey!.touchpoints.length]).toEqual(['Visita', 2]);
  });

  it('undoes in a dialog that edits the journey, and leaves other dialogs alone', () => {
    const field = setupFields();
    type({ title: 'Visita' });
    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.setAttribute('open', '');
    expect(press(field('search'), { key: 'z', ctrlKey: true })).toBe(false);
    expect(title()).toBe('Visita');
    Object.assign(dialog.dataset, { undo: 'journey' });
    const button = dialog.appendChild(document.createElement('button'));
    expect(press(button, { key: 'z', ctrlKey: true })).toBe(true);
    dialog.remove();
    expect(title()).not.toBe('Visita');
  });
});

describe('the action registry', () => {
  it.each([
    ['editor', EDITOR_ACTIONS],
    ['present', PRESENT_ACTIONS],
  ] as const)('gives each key to one %s action only', (_scope, actions) => {
    const combos = actions.flatMap((a) => (a.keys ?? []).map((k) => JSON.stringify({ ...k, label: undefined })));
    expect(new Set(combos).size).toBe(combos.length);
  });

  it('labels every action in both languages', () => {
    const lookup = (catalog: object, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalog);
    for (const action of [...EDITOR_ACTIONS, ...PRESENT_ACTIONS]) {
      expect(typeof lookup(en, action.label), action.id).toBe('string');
      expect(typeof lookup(es, action.label), action.id).toBe('string');
    }
  });

  it('matches Ctrl+Y but not ⌘+Y, ? with or without Shift, and never with Alt', () => {
    const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
    const [, ctrlY] = EDITOR_ACTIONS.find((a) => a.id === 'history.redo')!.keys!;
    expect(matches(ctrlY, key({ key: 'y', ctrlKey: true }))).toBe(true);
    expect(matches(ctrlY, key({ key: 'y', metaKey: true }))).toBe(false);
    const [help] = EDITOR_ACTIONS.find((a) => a.id === 'help.open')!.keys!;
    expect(matches(help, key({ key: '?', shiftKey: true }))).toBe(true);
    expect(matches(help, key({ key: '?' }))).toBe(true);
    expect(matches(help, key({ key: '?', altKey: true }))).toBe(false);
  });

  it('writes the four arrows once and single arrows by their direction', () => {
    const move = EDITOR_ACTIONS.find((a) => a.id === 'selection.move')!;
    expect(comboTexts(move.keys!)).toEqual(['Arrows']);
    expect(comboTexts(PRESENT_ACTIONS.find((a) => a.id === 'present.next')!.keys!)).toEqual([
      'Right',
      'PageDown',
      'Space',
    ]);
  });
});

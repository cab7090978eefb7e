import type { GridDirection } from '../domain/commands/gridCommands';
import { needsStage } from '../store/editorStore';
import { presentPath } from '../ui/paths';
import { defineAction, type Action, type ActionContext, type ActionScope, type ActionTrigger } from './action';
import { isTyping, type KeyBinding } from './keys';
import { editorOperations, type EditorOperations } from './operations';
import { VIEW_ACTIONS } from './viewActions';

/** How far an arrow key moves the selected cards on the free canvas, in canvas units (the snap grid). */
export const MOVE_STEP = 12;
/** How far Shift+arrow moves them: five grid steps. */
export const MOVE_BIG_STEP = 60;

const operations = new WeakMap<ActionContext['editor'], EditorOperations>();

/** The editor operations over the context's store (made once per store). */
export function operationsOf(ctx: Pick<ActionContext, 'editor'>): EditorOperations {
  let ops = operations.get(ctx.editor);
  if (!ops) operations.set(ctx.editor, (ops = editorOperations(ctx.editor)));
  return ops;
}

const key = (k: string, extra: Omit<KeyBinding, 'key'> = {}): KeyBinding => ({ key: k, ...extra });
const hasJourney = (ctx: ActionContext) => ctx.editor.getState().journey !== null;
/** Whether the open journey may be changed here (not a read-only share). */
const editable = (ctx: ActionContext) => hasJourney(ctx) && !ctx.editor.getState().readOnly;
const hasSelection = (ctx: ActionContext) => ctx.editor.getState().selection.touchpoints.length > 0;

/** The touchpoint whose canvas card has keyboard focus, when that is where a key was pressed. */
function focusedTouchpointId(trigger: ActionTrigger): string | null {
  const el = trigger?.target as HTMLElement | null | undefined;
  return el?.classList?.contains('react-flow__node-touchpoint') ? (el.dataset.id ?? null) : null;
}

/** A keyboard user tabs to a card and acts on it: the focused card is what they mean, selected or not. */
function selectFocused(ctx: ActionContext, trigger: ActionTrigger): void {
  const focused = focusedTouchpointId(trigger);
  const state = ctx.editor.getState();
  if (focused && !state.selection.touchpoints.includes(focused)) {
    state.select({ touchpoints: [focused], connections: [] });
  }
}

const DIRECTIONS: Record<string, GridDirection> = {
  arrowleft: 'left',
  arrowright: 'right',
  arrowup: 'up',
  arrowdown: 'down',
};

/** Clipboard actions leave text fields and selected page text to the browser. */
function ownsClipboard(event: ActionTrigger): event is ClipboardEvent {
  return !!event && 'clipboardData' in event && !isTyping(event.target) && !window.getSelection()?.toString();
}

const undo = defineAction({
  id: 'history.undo',
  label: 'actions.undo',
  scope: 'editor',
  keys: [key('z', { mod: true })],
  fieldInput: 'historyUndo',
  // Typed text not written yet (the store's drafting) is undone too: undo writes it first.
  enabled: (ctx) => {
    const { undoDepth, drafting, readOnly } = ctx.editor.getState();
    return (undoDepth > 0 || drafting) && !readOnly;
  },
  perform: (ctx) => ctx.editor.getState().undo(),
});

const redo = defineAction({
  id: 'history.redo',
  label: 'actions.redo',
  scope: 'editor',
  keys: [key('z', { mod: true, shift: true }), key('y', { ctrl: true })],
  fieldInput: 'historyRedo',
  // Typed text not written yet ends what there was to redo, as soon as it is written.
  enabled: (ctx) => {
    const { redoDepth, drafting, readOnly } = ctx.editor.getState();
    return redoDepth > 0 && !drafting && !readOnly;
  },
  perform: (ctx) => ctx.editor.getState().redo(),
});

/** The editor's actions, in the order the shortcut help lists them. */
export const EDITOR_ACTIONS: readonly Action[] = [
  defineAction({
    id: 'touchpoint.add',
    label: 'actions.addTouchpoint',
    scope: 'editor',
    keys: [key('n')],
    enabled: (ctx) => !!ctx.view && editable(ctx) && !needsStage(ctx.editor.getState()),
    // Only someone who could add a stage is told to: a read-only viewer just sees the button off.
    unavailable: (ctx) =>
      editable(ctx) && needsStage(ctx.editor.getState()) ? 'actions.addTouchpointNeedsStage' : undefined,
    perform: (ctx) => {
      const id = operationsOf(ctx).addTouchpointAt(ctx.view!.centre());
      // Below the cards already at the view's centre it may land out of sight: the view follows it.
      if (id) ctx.view!.show(id);
    },
  }),
  defineAction({
    id: 'stage.add',
    label: 'actions.addStage',
    scope: 'editor',
    enabled: editable,
    perform: (ctx) => {
      const id = operationsOf(ctx).addStageAtEnd((n) => ctx.t('toolbar.stageName', { n }));
      // Added after the last column, often out of view: the view follows it.
      if (id) ctx.view?.show(`stage:${id}`);
    },
  }),
  defineAction({
    id: 'stage.move',
    label: 'actions.moveStage',
    scope: 'editor',
    keys: [key('arrowleft', { mod: true, shift: true }), key('arrowright', { mod: true, shift: true })],
    enabled: editable,
    // The stage whose header has focus (Tab reaches its name); dragging its grip does the same with a mouse.
    perform: (ctx, trigger) => {
      const header = (trigger?.target as HTMLElement | null)?.closest?.<HTMLElement>('[data-testid="stage-header"]');
      const stageId = header?.dataset.stageId;
      const event = trigger as KeyboardEvent | undefined;
      if (!stageId || !event) return false;
      if (!operationsOf(ctx).moveStageBy(stageId, event.key.toLowerCase() === 'arrowleft' ? -1 : 1)) return;
      // Redrawn in its new place, the column's name lost the focus (its element moved): the keyboard goes back
      // to it, so the next press moves the same stage again.
      const selector = `[data-testid="stage-header"][data-stage-id="${CSS.escape(stageId)}"] .stage-column__name`;
      requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true }));
    },
  }),
  defineAction({
    id: 'selection.delete',
    label: 'actions.deleteSelection',
    scope: 'editor',
    keys: [key('delete'), key('backspace')],
    enabled: editable,
    perform: (ctx, trigger) => {
      selectFocused(ctx, trigger);
      operationsOf(ctx).deleteSelection();
    },
  }),
  undo,
  redo,
  defineAction({
    id: 'clipboard.copy',
    label: 'actions.copy',
    scope: 'editor',
    keys: [key('c', { mod: true })],
    clipboard: 'copy',
    perform: (ctx, event) => {
      if (!ownsClipboard(event)) return false;
      const text = operationsOf(ctx).copySelection();
      if (!text) return false;
      event.clipboardData?.setData('text/plain', text);
    },
  }),
  defineAction({
    id: 'clipboard.cut',
    label: 'actions.cut',
    scope: 'editor',
    keys: [key('x', { mod: true })],
    clipboard: 'cut',
    enabled: editable,
    perform: (ctx, event) => {
      if (!ownsClipboard(event)) return false;
      const text = operationsOf(ctx).cutSelection();
      if (!text) return false;
      event.clipboardData?.setData('text/plain', text);
    },
  }),
  defineAction({
    id: 'clipboard.paste',
    label: 'actions.paste',
    scope: 'editor',
    keys: [key('v', { mod: true })],
    clipboard: 'paste',
    enabled: editable,
    perform: (ctx, event) => {
      if (!event || !('clipboardData' in event) || isTyping(event.target)) return false;
      const text = event.clipboardData?.getData('text/plain');
      return !!text && operationsOf(ctx).paste(text);
    },
  }),
  defineAction({
    id: 'selection.duplicate',
    label: 'actions.duplicate',
    scope: 'editor',
    keys: [key('d', { mod: true })],
    enabled: editable,
    perform: (ctx) => operationsOf(ctx).duplicateSelection(),
  }),
  defineAction({
    id: 'selection.all',
    label: 'actions.selectAll',
    scope: 'editor',
    keys: [key('a', { mod: true })],
    perform: (ctx) => operationsOf(ctx).selectAll(),
  }),
  defineAction({
    id: 'selection.move',
    label: 'actions.move',
    labelValues: { step: MOVE_STEP, bigStep: MOVE_BIG_STEP },
    scope: 'editor',
    keys: Object.keys(DIRECTIONS).map((k) => key(k, { anyShift: true })),
    enabled: editable,
    perform: (ctx, trigger) => {
      selectFocused(ctx, trigger);
      const state = ctx.editor.getState();
      const event = trigger as KeyboardEvent | undefined;
      const direction = event && DIRECTIONS[event.key.toLowerCase()];
      if (!direction || state.selection.touchpoints.length === 0) return false;
      if (state.view === 'blueprint') {
        // Layers stack cards by their place on the canvas, not by a field: only the stage can change.
        if (state.blueprintLayout === 'layers' && (direction === 'up' || direction === 'down')) return false;
        operationsOf(ctx).moveInGrid(direction);
        return;
      }
      const step = event.shiftKey ? MOVE_BIG_STEP : MOVE_STEP;
      const dx = direction === 'left' ? -step : direction === 'right' ? step : 0;
      const dy = direction === 'up' ? -step : direction === 'down' ? step : 0;
      operationsOf(ctx).nudge(dx, dy);
    },
  }),
  defineAction({
    id: 'selection.clear',
    label: 'actions.clearSelection',
    scope: 'editor',
    keys: [key('escape')],
    enabled: hasSelection,
    perform: (ctx) => operationsOf(ctx).clearSelection(),
  }),
  defineAction({
    id: 'view.fit',
    label: 'actions.zoomToFit',
    scope: 'editor',
    keys: [key('!', { shift: true, code: 'Digit1', label: 'Shift+1' })],
    enabled: (ctx) => !!ctx.view,
    perform: (ctx) => ctx.view!.fit(),
  }),
  defineAction({
    id: 'view.toggleBlueprint',
    label: 'actions.toggleBlueprint',
    scope: 'editor',
    keys: [key('b')],
    enabled: hasJourney,
    perform: (ctx) => {
      const state = ctx.editor.getState();
      state.setView(state.view === 'canvas' ? 'blueprint' : 'canvas');
    },
  }),
  defineAction({
    id: 'view.canvas',
    label: 'actions.viewCanvas',
    scope: 'editor',
    perform: (ctx) => ctx.editor.getState().setView('canvas'),
  }),
  defineAction({
    id: 'view.blueprint',
    label: 'actions.viewBlueprint',
    scope: 'editor',
    perform: (ctx) => ctx.editor.getState().setView('blueprint'),
  }),
  ...VIEW_ACTIONS,
  defineAction({
    id: 'view.toggleBlueprintLayout',
    label: 'actions.toggleBlueprintLayout',
    scope: 'editor',
    keys: [key('l')],
    enabled: hasJourney,
    // Shows the blueprint too: switching its rows from the free canvas would change nothing in sight.
    perform: (ctx) => {
      const state = ctx.editor.getState();
      state.setBlueprintLayout(state.blueprintLayout === 'layers' ? 'functions' : 'layers');
      state.setView('blueprint');
    },
  }),
  defineAction({
    id: 'layout.tidy',
    label: 'actions.tidyUp',
    scope: 'editor',
    enabled: editable,
    perform: (ctx) => void operationsOf(ctx).tidyUp(),
  }),
  defineAction({
    id: 'present.enter',
    label: 'actions.present',
    scope: 'editor',
    keys: [key('p')],
    enabled: hasJourney,
    perform: (ctx) => ctx.navigate(presentPath(ctx.editor.getState().journey!.id)),
  }),
  defineAction({
    id: 'measures.open',
    label: 'actions.openMeasures',
    scope: 'editor',
    keys: [key('m')],
    enabled: (ctx) => hasJourney(ctx) && !!ctx.openMeasures,
    perform: (ctx) => ctx.openMeasures!(),
  }),
  defineAction({
    id: 'share.open',
    label: 'actions.share',
    scope: 'editor',
    keys: [key('s')],
    enabled: (ctx) => hasJourney(ctx) && !!ctx.openShare,
    perform: (ctx) => ctx.openShare!(),
  }),
  defineAction({
    id: 'versions.createToBe',
    label: 'actions.createToBe',
    scope: 'editor',
    enabled: (ctx) => hasJourney(ctx) && !!ctx.versions?.createToBe,
    perform: (ctx) => ctx.versions!.createToBe!(),
  }),
  defineAction({
    id: 'versions.compare',
    label: 'actions.compareVersions',
    scope: 'editor',
    enabled: (ctx) => hasJourney(ctx) && !!ctx.versions?.compare,
    perform: (ctx) => ctx.versions!.compare!(),
  }),
  defineAction({
    id: 'help.open',
    label: 'actions.help',
    scope: 'editor',
    keys: [key('?', { anyShift: true })],
    enabled: (ctx) => !!ctx.openHelp,
    perform: (ctx) => ctx.openHelp!(),
  }),
];

const step = (id: string, label: string, keys: KeyBinding[], go: (ctx: ActionContext) => void): Action =>
  defineAction({ id, label, scope: 'present', keys, enabled: (ctx) => !!ctx.present, perform: go });

/** Presentation mode's actions; presenter clickers send PageDown and PageUp. */
export const PRESENT_ACTIONS: readonly Action[] = [
  step('present.next', 'actions.presentNext', [key('arrowright'), key('pagedown'), key(' ')], (c) => c.present!.next()),
  step('present.previous', 'actions.presentPrevious', [key('arrowleft'), key('pageup')], (c) => c.present!.previous()),
  step('present.first', 'actions.presentFirst', [key('home')], (c) => c.present!.first()),
  step('present.last', 'actions.presentLast', [key('end')], (c) => c.present!.last()),
  step('present.exit', 'actions.presentExit', [key('escape')], (c) => c.present!.exit()),
  defineAction({
    id: 'present.join',
    label: 'actions.presentJoin',
    scope: 'present',
    keys: [key('j')],
    enabled: (ctx) => !!ctx.present?.toggleJoin,
    perform: (ctx) => ctx.present!.toggleJoin!(),
  }),
  { ...undo, scope: 'present' },
  { ...redo, scope: 'present' },
];

const ALL: Record<ActionScope, readonly Action[]> = { editor: EDITOR_ACTIONS, present: PRESENT_ACTIONS };

/** The actions of a scope, in help order. */
export function actionsOf(scope: ActionScope): readonly Action[] {
  return ALL[scope];
}

/** A presentation action by id; throws for an unknown id, which is a programming error. */
export function presentAction(id: string): Action {
  const action = PRESENT_ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`No presentation action "${id}"`);
  return action;
}

/** An editor action by id; throws for an unknown id, which is a programming error. */
export function editorAction(id: string): Action {
  const action = EDITOR_ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`No editor action "${id}"`);
  return action;
}

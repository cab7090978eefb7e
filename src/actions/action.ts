import type { TFunction } from 'i18next';
import type { Position } from '../domain/journey';
import type { EditorStore } from '../store/editorStore';
import type { KeyBinding } from './keys';

/** The canvas on screen, as actions need it: React Flow lives in the canvas, not here. */
export interface CanvasView {
  /** The middle of what is visible, in canvas units. */
  centre(): Position;
  /** Zooms to show the whole journey. */
  fit(): void;
  /**
   * Pans, at the same zoom, so a node is on screen once it is drawn (a card by its touchpoint's id, a stage
   * column by `stage:<id>`, its top left first when it is taller or wider than the view); nothing when it is.
   */
  show(nodeId: string): void;
}

/** Moving through a presentation. */
export interface PresentNavigation {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  exit(): void;
  /** Shows or hides the workshop participants' link and QR code; on a journey not shared, says how to get one. */
  toggleJoin?(): void;
}

/** The open journey's other versions (as-is, to-be), as the editor offers them; absent entries disable them. */
export interface VersionActions {
  /** Creates the to-be of this as-is and opens it, or opens the to-be it already has. Absent on a to-be. */
  createToBe?(): void;
  /** Opens the comparison of the as-is and the to-be. Absent when there is no other version to compare with. */
  compare?(): void;
}

/**
 * What an action works with. Screens fill in what they have: the editor a canvas view and its help
 * dialog, the presentation its navigation; an action that needs something absent is disabled.
 */
export interface ActionContext {
  editor: EditorStore;
  navigate(path: string): void;
  /** The UI's words, for what actions name ("Stage 4"). */
  t: TFunction;
  view?: CanvasView;
  openHelp?(): void;
  /** Opens the share dialog (links, QR code, sync server). */
  openShare?(): void;
  /** Opens the measures summary (KPIs per stage and owning function, perceived vs delivered gaps). */
  openMeasures?(): void;
  present?: PresentNavigation;
  versions?: VersionActions;
}

/** Where an action's keys work: the editor, or presentation mode. */
export type ActionScope = 'editor' | 'present';

/**
 * What runs an action: nothing (a toolbar click), a key press, a clipboard event, or the browser's own edit
 * of a field (its Edit or context menu's Undo) that the action takes over.
 */
export type ActionTrigger = KeyboardEvent | ClipboardEvent | InputEvent | undefined;

/** The browser's own undo and redo of a text field (InputEvent.inputType). */
export type FieldHistoryInput = 'historyUndo' | 'historyRedo';

/**
 * One thing the user can do, in the Excalidraw mould: its id, the catalog key of its label, its keys, when
 * it is enabled and what it does. Toolbar buttons, the one key dispatcher (useActionKeys), the shortcut
 * help and presentation mode all read these objects, so a key, its label and its effect cannot drift
 * apart.
 */
export interface Action {
  id: string;
  /** Catalog key of what the action does, as the help and tooltips say it. */
  label: string;
  /** Values the label interpolates (e.g. step sizes). */
  labelValues?: Record<string, string | number>;
  scope: ActionScope;
  /** Keys that run it. Clipboard actions list theirs for the help; the browser's events run them. */
  keys?: readonly KeyBinding[];
  /** Run by this clipboard event rather than by a key press. */
  clipboard?: 'copy' | 'cut' | 'paste';
  /**
   * The browser's own edit of a text field that this action stands for inside parts of the page that edit the
   * journey (UNDO_SCOPE.journey in keys.ts): there the action's keys run it even while typing in a field or in
   * a dialog, and the browser's own edit (from its menus) runs it instead, so a field has no undo history of
   * its own beside the journey's one (which merges a burst of typing into one step).
   */
  fieldInput?: FieldHistoryInput;
  enabled?(ctx: ActionContext): boolean;
  /**
   * Catalog key of why the action cannot run now, when the reason is one the user can act on (a touchpoint
   * needs a stage first): its control's tooltip says it instead of the label. Undefined when it can run.
   */
  unavailable?(ctx: ActionContext): string | undefined;
  /**
   * Does it. Returns false when there was nothing to do with this trigger, so the key or event goes on to
   * the browser (e.g. a paste of plain text into nothing selected).
   */
  perform(ctx: ActionContext, trigger?: ActionTrigger): boolean | void;
}

/** Declares an action; a helper so each object is checked against Action where it is written. */
export function defineAction(action: Action): Action {
  return action;
}

/** Whether an action can run now. */
export function isEnabled(action: Action, ctx: ActionContext): boolean {
  return action.enabled?.(ctx) ?? true;
}

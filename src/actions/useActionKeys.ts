import { useEffect, useRef } from 'react';
import { isEnabled, type Action, type ActionContext, type ActionScope } from './action';
import { activatesControl, editsJourney, isTyping, matches, scrollsRegion } from './keys';
import { keepingCaretAtChange } from './fieldCaret';
import { leaveFieldForCard, leavesInspectorField } from './leaveField';
import { actionsOf } from './registry';

/** Keys inside an open modal dialog belong to the dialog. */
const dialogOpen = () => document.querySelector('dialog[open]') !== null;

/**
 * The one keyboard dispatcher: matches each key press against the scope's actions (registry.ts) and runs
 * the first enabled one. It listens in the capture phase, so a key an action takes on the canvas never
 * reaches React Flow's own handlers (whose arrow-key move would otherwise run too, outside the undo
 * history); keys
 * typed into a field, keys that activate a focused button, and keys in an open dialog are left alone,
 * except undo and redo in a field or dialog that edits the journey (Action.fieldInput): there they are the
 * journey's, whether pressed or chosen from the browser's menu; Escape in an inspector field (and Enter in
 * its title) returns to the card; keys that scroll a focused region marked SCROLLS_WITH_KEYS are left to the
 * browser while it can scroll further. The browser's copy, cut and paste events run
 * the scope's clipboard actions the same way. While not `active` (the editor under the presentation) the
 * scope listens to nothing.
 */
export function useActionKeys(scope: ActionScope, ctx: ActionContext, active = true): void {
  const current = useRef(ctx);
  useEffect(() => {
    current.current = ctx;
  });

  useEffect(() => {
    if (!active) return;
    const actions = actionsOf(scope);
    const fieldActions = actions.filter((a) => a.fieldInput);
    // The field's own undo never runs there, even with nothing left to undo: it would write the field's
    // older text as a new change, beside the history rather than in it.
    const insteadOfField = (action: Action, event: KeyboardEvent | InputEvent) => {
      event.preventDefault();
      if (!isEnabled(action, current.current)) return;
      keepingCaretAtChange(event.target, () => action.perform(current.current, event));
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      // Which part of the page a key lands in is looked up for undo and redo only, not for every key typed.
      const fieldAction = fieldActions.find((a) => a.keys?.some((binding) => matches(binding, event)));
      if (fieldAction && editsJourney(event.target) && (isTyping(event.target) || dialogOpen())) {
        insteadOfField(fieldAction, event);
        return;
      }
      if (dialogOpen()) return;
      if (isTyping(event.target)) {
        // In presentation, Escape in the note field leaves the field, not the presentation.
        if (scope === 'present' && event.key === 'Escape') {
          (event.target as HTMLElement).blur();
          event.preventDefault();
        }
        // In the editor, Escape (and Enter in the title) goes back from the inspector to the card, so the next
        // N adds a touchpoint rather than typing an "n" into this one's title.
        if (scope === 'editor' && leavesInspectorField(event)) {
          event.preventDefault();
          const [touchpointId] = current.current.editor.getState().selection.touchpoints;
          leaveFieldForCard(event.target as HTMLElement, touchpointId);
        }
        return;
      }
      if (activatesControl(event)) return;
      // In a region that scrolls with its keys (the presentation's summary), they scroll it while it can.
      if (scrollsRegion(event)) return;
      const action = actions.find((a) => a.keys?.some((binding) => matches(binding, event)) && !a.clipboard);
      if (!action || !isEnabled(action, current.current)) return;
      if (action.perform(current.current, event) === false) return;
      event.preventDefault();
      // Inside the canvas, React Flow would act on the same key (its own arrow-key move of selected nodes).
      if ((event.target as Element | null)?.closest?.('.react-flow')) event.stopPropagation();
    };
    const onClipboard = (event: ClipboardEvent) => {
      const action = actions.find((a) => a.clipboard === event.type);
      if (!action || dialogOpen() || !isEnabled(action, current.current)) return;
      if (action.perform(current.current, event) !== false) event.preventDefault();
    };
    const onBeforeInput = (event: InputEvent) => {
      const fieldAction = fieldActions.find((a) => a.fieldInput === event.inputType);
      if (fieldAction && !event.isComposing && editsJourney(event.target)) insteadOfField(fieldAction, event);
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('beforeinput', onBeforeInput, true);
    const clipboardEvents = ['copy', 'cut', 'paste'].filter((type) => actions.some((a) => a.clipboard === type));
    for (const type of clipboardEvents) document.addEventListener(type, onClipboard as EventListener);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('beforeinput', onBeforeInput, true);
      for (const type of clipboardEvents) document.removeEventListener(type, onClipboard as EventListener);
    };
  }, [scope, active]);
}

import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import type { EditorStore } from '../store/editorStore';
import type { EditorActionSet } from '../actions/editorActions';

const NUDGE = 12;
const NUDGE_BIG = 60;

/** The touchpoint whose canvas node has keyboard focus, if that is where the key was pressed. */
function focusedTouchpointId(target: EventTarget | null): string | null {
  const el = target as HTMLElement | null;
  return el?.classList?.contains('react-flow__node-touchpoint') ? (el.dataset.id ?? null) : null;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * The editor's keyboard shortcuts and clipboard. Clipboard goes through the browser's copy/cut/paste
 * events, so it needs no permission and works across tabs and journeys.
 */
export function useShortcuts(
  editor: EditorStore,
  actions: EditorActionSet,
  handlers: { viewCentre(): { x: number; y: number }; openHelp(): void },
) {
  const flow = useReactFlow();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const state = editor.getState();
      let handled = true;
      if (mod && key === 'z' && !event.shiftKey) state.undo();
      else if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) state.redo();
      else if (mod && key === 'a') actions.selectAll();
      else if (mod && key === 'd') actions.duplicateSelection();
      else if (mod) handled = false;
      else if (key === 'n' && !event.altKey) actions.addTouchpointAt(handlers.viewCentre());
      else if (key === 'delete' || key === 'backspace') {
        // A keyboard user tabs to a card and deletes it: the focused card is what they mean, selected or not.
        const focused = focusedTouchpointId(event.target);
        if (focused && !state.selection.touchpoints.includes(focused)) {
          state.select({ touchpoints: [focused], connections: [] });
        }
        actions.deleteSelection();
      } else if (key === 'escape') actions.clearSelection();
      else if (event.key === '?') handlers.openHelp();
      else if (key === 'b') state.setView(state.view === 'canvas' ? 'blueprint' : 'canvas');
      else if (event.key === '!' || (event.shiftKey && event.code === 'Digit1')) void flow.fitView({ padding: 0.1 });
      else if (key.startsWith('arrow') && state.selection.touchpoints.length > 0) {
        const step = event.shiftKey ? NUDGE_BIG : NUDGE;
        const dx = key === 'arrowleft' ? -step : key === 'arrowright' ? step : 0;
        const dy = key === 'arrowup' ? -step : key === 'arrowdown' ? step : 0;
        actions.nudge(dx, dy);
      } else handled = false;
      if (handled) event.preventDefault();
    };
    const onCopy = (event: ClipboardEvent) => {
      if (isTyping(event.target) || window.getSelection()?.toString()) return;
      const text = event.type === 'cut' ? actions.cutSelection() : actions.copySelection();
      if (!text) return;
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(event.target)) return;
      const text = event.clipboardData?.getData('text/plain');
      if (text && actions.paste(text)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [editor, actions, handlers, flow]);
}

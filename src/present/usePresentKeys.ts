import { useEffect, useRef } from 'react';

export interface PresentKeyHandlers {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  exit(): void;
  undo(): void;
  redo(): void;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Keys that activate a focused control natively; stepping on them too would act twice. */
function activatesControl(event: KeyboardEvent): boolean {
  const el = event.target as HTMLElement | null;
  return (event.key === ' ' || event.key === 'Enter') && !!el?.closest('button, a[href], [role="button"]');
}

/**
 * Presentation keys: ArrowRight/PageDown/Space forward, ArrowLeft/PageUp back (presenter clickers send
 * PageDown/PageUp), Home/End, Escape to leave, Ctrl/⌘+Z to undo a capture. Typing in a field is left
 * alone; Escape there only leaves the field.
 */
export function usePresentKeys(handlers: PresentKeyHandlers) {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const on = ref.current;
      if (isTyping(event.target)) {
        if (event.key === 'Escape') {
          (event.target as HTMLElement).blur();
          event.preventDefault();
        }
        return;
      }
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      let handled = true;
      if (mod && key === 'z' && !event.shiftKey) on.undo();
      else if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) on.redo();
      else if (mod || event.altKey || activatesControl(event)) handled = false;
      else if (key === 'arrowright' || key === 'pagedown' || key === ' ') on.next();
      else if (key === 'arrowleft' || key === 'pageup') on.previous();
      else if (key === 'home') on.first();
      else if (key === 'end') on.last();
      else if (key === 'escape') on.exit();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

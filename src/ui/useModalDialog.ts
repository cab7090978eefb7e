import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * Opens a native <dialog> as a modal on mount (it traps focus; Escape fires `cancel`) and, on unmount,
 * closes it and puts focus back on the control that had it: React removes the element before a browser
 * would restore focus itself. A dialog opened from a menu item gives focus to the menu's button instead,
 * since the menu (and its item) closed as the dialog opened. When what had focus went away with what the
 * dialog did (a deleted stage's button), focus goes to `fallback()`, if it gives an element.
 */
export function useModalDialog(fallback?: () => HTMLElement | null) {
  const ref = useRef<HTMLDialogElement>(null);
  // The latest render's, read when the dialog closes.
  const fallbackRef = useRef(fallback);
  useLayoutEffect(() => {
    fallbackRef.current = fallback;
  });
  // Read during the first render: by the time effects run, autoFocus inside the dialog has moved focus,
  // and a menu that opened the dialog has been removed with the item that had focus.
  const [returnTo] = useState(() => focusReturnTargets(document.activeElement));
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => {
      dialog?.close?.();
      const target = returnTo.find((candidate) => candidate.isConnected);
      target?.focus();
      // What the dialog did may remove that control a render later (the canvas drops a deleted stage's node
      // after the dialog closes): then the fallback takes focus, unless something else already has it.
      const fallback = fallbackRef.current;
      if (fallback)
        requestAnimationFrame(() => {
          const lost = !document.activeElement || document.activeElement === document.body;
          if (lost && !target?.isConnected) fallback()?.focus();
        });
    };
  }, [returnTo]);
  return ref;
}

/** Where focus may go back to, best first: the control that had it, then the button of its menu, if any. */
function focusReturnTargets(active: Element | null): HTMLElement[] {
  if (!(active instanceof HTMLElement)) return [];
  const menu = active.closest('[role="menu"]');
  const button = menu ? menuButtonOf(menu) : null;
  return button ? [active, button] : [active];
}

/**
 * The button that opens a menu, as the WAI-ARIA menu button pattern wires it: it names the menu in
 * aria-controls, or, failing that, it is the menu's sibling with aria-haspopup.
 */
function menuButtonOf(menu: Element): HTMLElement | null {
  const controls = menu.id
    ? [...document.querySelectorAll('[aria-controls]')].find((el) => el.getAttribute('aria-controls') === menu.id)
    : undefined;
  const button = controls ?? [...(menu.parentElement?.children ?? [])].find((el) => el.hasAttribute('aria-haspopup'));
  return button instanceof HTMLElement ? button : null;
}

import { useEffect, useRef, useState } from 'react';

/**
 * Opens a native <dialog> as a modal on mount (it traps focus; Escape fires `cancel`) and, on unmount,
 * closes it and puts focus back on the control that had it: React removes the element before a browser
 * would restore focus itself.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  // Read during the first render: by the time effects run, autoFocus inside the dialog has moved focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => {
      dialog?.close?.();
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);
  return ref;
}

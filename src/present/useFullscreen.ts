import { useEffect, useRef, type RefObject } from 'react';
import { isTyping } from '../actions/keys';

/** Full screen is a nicety: a refusal, thrown or rejected, changes nothing. */
function attempt(request: () => Promise<void> | undefined) {
  try {
    request()?.catch(() => undefined);
  } catch {
    // Refused synchronously (older engines, sandboxed frames).
  }
}

/**
 * Asks for full screen for `screen`'s element while mounted and leaves it on unmount; refusals (no user
 * gesture, no API) are ignored. When the browser leaves full screen by itself (Esc, which the page never sees
 * while full screen), `onLeft` runs, so one Esc press leaves the presentation as it does in slide tools;
 * unless the focus is in a text field, where Esc means "leave the field".
 *
 * The element, not the whole page (`<html>`): the editor stays mounted, hidden, under the presentation, and
 * a full-screen `<html>` invalidates the style of every element below it (Chromium's `:fullscreen` rules),
 * which restyled the hidden editor, thousands of elements at 2,000 touchpoints, on the way in. The element
 * must stay in the document while presenting: removing it ends full screen.
 */
export function useFullscreen(screen: RefObject<HTMLElement | null>, onLeft: () => void) {
  const onLeftRef = useRef(onLeft);
  useEffect(() => {
    onLeftRef.current = onLeft;
  });

  useEffect(() => {
    const target = screen.current;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) {
        entered = false;
        // Esc pressed while typing a note only leaves full screen; the draft stays on screen.
        if (!isTyping(document.activeElement)) onLeftRef.current();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    if (target && typeof target.requestFullscreen === 'function' && !document.fullscreenElement) {
      attempt(() => target.requestFullscreen());
    }
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
        attempt(() => document.exitFullscreen());
      }
    };
  }, [screen]);
}

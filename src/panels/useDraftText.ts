import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import { holdDraft } from '../store/drafts';

/**
 * How long typing must pause before a draft is written to the journey (ms). Keys of steady typing come 100
 * to 250 ms apart, so a burst is written once; a card follows its text a moment after the typing stops.
 */
export const DRAFT_PAUSE_MS = 300;

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * A text field that shows every key at once and writes the journey once typing pauses (DRAFT_PAUSE_MS), when
 * the field loses focus or goes away, and before anything else reads or changes the journey (store/drafts).
 * Writing the journey on every key cost more than the key itself: a Yjs transaction, the card's render and
 * layout, and the save. Returns the props to spread on the input or textarea: its `value` (the draft while
 * there is one, else `value`) and its `onChange` and `onBlur`. `commit(text)` may change between renders.
 */
export function useDraftText(value: string, commit: (text: string) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const release = useRef<(() => void) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const commitRef = useRef(commit);
  useLayoutEffect(() => {
    commitRef.current = commit;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    release.current?.();
    release.current = null;
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    commitRef.current(text);
    // Rendered with the journey's text from now on: the draft's own, unless the journey refused it.
    setDraft(null);
  }, []);
  // Written when the field goes away (another selection, the inspector closing).
  useEffect(() => flush, [flush]);

  const onChange = useCallback(
    (event: ChangeEvent<TextControl>) => {
      pending.current = event.target.value;
      release.current ??= holdDraft(flush);
      setDraft(event.target.value);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_PAUSE_MS);
    },
    [flush],
  );
  return { value: draft ?? value, onChange, onBlur: flush };
}

import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type SyntheticEvent,
} from 'react';
import { useEditor } from '../store/services';
import { caretThrough, rebaseDraft } from './rebaseDraft';

/**
 * How long typing must pause before a draft is written to the journey (ms). Keys of steady typing come 100
 * to 250 ms apart, so a burst is written once; a card follows its text a moment after the typing stops.
 */
export const DRAFT_PAUSE_MS = 300;
/** The longest a draft waits while typing goes on (ms): a long burst still reaches the card and others. */
export const DRAFT_MAX_WAIT_MS = 1000;

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** Typed text not in the journey yet, and the journey's text it was typed over. */
interface Draft {
  base: string;
  text: string;
}

/**
 * A text field that shows every key at once and writes the journey once typing pauses (DRAFT_PAUSE_MS, at
 * the latest DRAFT_MAX_WAIT_MS after the first unwritten key), when the field loses focus or goes away, and
 * before anything else reads or changes the journey (the editor store's holdDraft, store/drafts). Writing
 * the journey on every key cost more than the key itself: a Yjs transaction, the card's render and layout,
 * and the save. When the journey's text changes under a draft (another tab, someone sharing the map), the
 * draft is replayed on it (rebaseDraft), on screen and when written, and the caret keeps its place in the
 * words around it. Returns the props to spread on the input or textarea: `ref`, `value`, `onChange`,
 * `onSelect` and `onBlur`. `commit(text)` may change between renders; `onType`, if given, is told of every key.
 */
export function useDraftText(value: string, commit: (text: string) => void, onType?: () => void) {
  const holdDraft = useEditor((s) => s.holdDraft);
  const [draft, setDraft] = useState<Draft | null>(null);
  const pending = useRef<Draft | null>(null);
  const latest = useRef(value);
  const release = useRef<(() => void) | null>(null);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const maxWait = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const commitRef = useRef(commit);
  const onTypeRef = useRef(onType);
  useLayoutEffect(() => {
    commitRef.current = commit;
    onTypeRef.current = onType;
    latest.current = value;
  });

  const flush = useCallback(() => {
    clearTimeout(pause.current);
    clearTimeout(maxWait.current);
    maxWait.current = undefined;
    release.current?.();
    release.current = null;
    const held = pending.current;
    if (held === null) return;
    pending.current = null;
    commitRef.current(rebaseDraft(held.base, held.text, latest.current));
    // Rendered with the journey's text from now on: the draft's own, unless the journey refused it.
    setDraft(null);
  }, []);
  // Written when the field goes away (another selection, the inspector closing).
  useEffect(() => flush, [flush]);

  // Where the caret was in the text the field last showed, so a change arriving from elsewhere can keep it
  // in place: React writing the new value would put it at the end.
  const field = useRef<TextControl | null>(null);
  const setField = useCallback((element: TextControl | null) => {
    field.current = element;
  }, []);
  const caret = useRef<{ text: string; start: number; end: number } | null>(null);
  const typed = useRef<string | null>(null);
  const onSelect = useCallback((event: SyntheticEvent<TextControl>) => {
    const { value: text, selectionStart, selectionEnd } = event.currentTarget;
    caret.current = { text, start: selectionStart ?? text.length, end: selectionEnd ?? text.length };
  }, []);
  const shown = draft ? rebaseDraft(draft.base, draft.text, value) : value;
  useLayoutEffect(() => {
    const element = field.current;
    const seen = caret.current;
    const local = typed.current === shown;
    typed.current = null;
    if (!element || !seen || local || seen.text === shown || element !== element.ownerDocument.activeElement) return;
    // A selection's start stays after words inserted at it, so it does not grow over them.
    const start = caretThrough(seen.text, shown, seen.start, seen.start === seen.end ? 'before' : 'after');
    const end = caretThrough(seen.text, shown, seen.end);
    element.setSelectionRange(start, end);
    caret.current = { text: shown, start, end };
  }, [shown]);

  const onChange = useCallback(
    (event: ChangeEvent<TextControl>) => {
      typed.current = event.target.value;
      onTypeRef.current?.();
      // The caret as this key left it. The select event that would say so comes after the input event, so
      // words arriving in between were mapped from the caret before the key: counted as one change from it
      // to theirs, it jumped past their words and the next keys landed inside them.
      const { value: text, selectionStart, selectionEnd } = event.target;
      caret.current = { text, start: selectionStart ?? text.length, end: selectionEnd ?? text.length };
      // The field showed the draft replayed on the journey's text of the last render: that text is its base.
      pending.current = { base: latest.current, text: event.target.value };
      setDraft(pending.current);
      release.current ??= holdDraft(flush);
      maxWait.current ??= setTimeout(flush, DRAFT_MAX_WAIT_MS);
      clearTimeout(pause.current);
      pause.current = setTimeout(flush, DRAFT_PAUSE_MS);
    },
    [flush, holdDraft],
  );
  return { ref: setField, value: shown, onChange, onSelect, onBlur: flush };
}

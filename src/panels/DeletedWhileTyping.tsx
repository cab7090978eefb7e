import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { isTyping } from '../actions/keys';
import { useServices } from '../store/services';

/** What was being typed into a touchpoint someone else deleted: its title as it was and the field's text. */
interface Lost {
  title: string;
  text: string;
}

/**
 * Watches the inspector (`panel`) for a selected touchpoint deleted by someone else (another person, another
 * tab; EditorState.deletedElsewhere) while one of its fields had the keyboard. The field goes with the card,
 * and the keys that follow would land on the page, where single letters are the editor's shortcuts (N adds a
 * touchpoint for everyone): focus moves instead to a read-only copy of what was typed, with a notice, so the
 * next keys do nothing and the words can still be copied. Renders nothing otherwise.
 */
export function DeletedWhileTyping({ panel }: { panel: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const { editor } = useServices();
  const [lost, setLost] = useState<Lost | null>(null);
  const copy = useRef<HTMLTextAreaElement>(null);

  useEffect(
    () =>
      // Zustand calls this as the store changes, before React removes the field: it still has the focus.
      editor.subscribe((state, previous) => {
        const deleted = state.deletedElsewhere;
        if (deleted === previous.deletedElsewhere || deleted === null) {
          if (state.selection !== previous.selection && state.selection.touchpoints.length > 0) setLost(null);
          return;
        }
        const field = document.activeElement;
        if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
        if (!isTyping(field) || !panel.current?.contains(field) || field === copy.current) return;
        setLost({ title: deleted.titles.join(', '), text: field.value });
      }),
    [editor, panel],
  );

  useLayoutEffect(() => {
    if (lost) copy.current?.focus();
  }, [lost]);

  if (!lost) return null;
  return (
    <div className="inspector__lost" data-testid="deleted-while-typing">
      <p className="alert alert--error" role="alert">
        {t('panels.inspector.deletedWhileTyping', { title: lost.title || t('touchpoint.untitled') })}
      </p>
      <textarea
        ref={copy}
        readOnly
        rows={3}
        aria-label={t('panels.inspector.deletedText')}
        value={lost.text}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" className="button" onClick={() => setLost(null)}>
        {t('panels.inspector.dismiss')}
      </button>
    </div>
  );
}

import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { isTyping } from '../actions/keys';
import { stageLabel } from '../domain/stageLabel';
import type { DeletedElsewhere } from '../store/editorStore';
import { useServices } from '../store/services';

/** What was being typed into a touchpoint or connection someone else deleted, and what went. */
interface Lost {
  deleted: DeletedElsewhere;
  text: string;
  /** The name, as it was, of the stage whose renaming went with it; null for the inspector's fields. */
  stage: string | null;
}

/**
 * Watches the inspector (`panel`) for a selected touchpoint or connection deleted by someone else (another
 * person, another tab; EditorState.deletedElsewhere) while one of its fields had the keyboard, and the map
 * for a stage deleted so while its name was being typed (its input carries `data-stage-id`). The field goes
 * with it, and the keys that follow would land on the page, where single letters are the editor's shortcuts
 * (N adds a touchpoint for everyone): focus moves instead to a read-only copy of what was typed, with a
 * notice, so the next keys do nothing and the words can still be copied. Renders nothing otherwise.
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
          const { touchpoints, connections } = state.selection;
          if (state.selection !== previous.selection && touchpoints.length + connections.length > 0) setLost(null);
          return;
        }
        const field = document.activeElement;
        if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
        if (!isTyping(field) || field === copy.current) return;
        // The inspector's fields, or the name of a stage being renamed on the map that went with it.
        const renamed = deleted.stages.find((stage) => stage.id === field.dataset.stageId);
        if (renamed) setLost({ deleted, text: field.value, stage: renamed.name });
        else if (panel.current?.contains(field)) setLost({ deleted, text: field.value, stage: null });
      }),
    [editor, panel],
  );

  useLayoutEffect(() => {
    if (lost) copy.current?.focus();
  }, [lost]);

  if (!lost) return null;
  const { deleted, stage } = lost;
  const titled = (title: string) => title || t('touchpoint.untitled');
  // The inspector edits touchpoints when any is selected, else the connections: the field was one of those.
  const message =
    stage !== null
      ? t('panels.inspector.stageDeletedWhileTyping', { name: stageLabel(stage, t('stage.unnamed')) })
      : deleted.ids.length > 0 || deleted.connections.length === 0
        ? t('panels.inspector.deletedWhileTyping', { title: deleted.titles.map(titled).join(', ') })
        : t('panels.inspector.connectionDeletedWhileTyping', {
            from: titled(deleted.connections[0].from),
            to: titled(deleted.connections[0].to),
          });
  return (
    <div className="inspector__lost" data-testid="deleted-while-typing">
      <p className="alert alert--error" role="alert">
        {message}
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

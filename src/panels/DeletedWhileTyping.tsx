import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { isTyping, UNDO_SCOPE } from '../actions/keys';
import { stageLabel } from '../domain/stageLabel';
import type { DeletedElsewhere } from '../store/editorStore';
import { TYPED_FIELDS, type TypedField } from '../store/lostEdits';
import { useServices } from '../store/services';

/** What someone else deleted while it was being typed into, as the notice names it. */
type Gone =
  | { kind: 'touchpoint'; titles: string[] }
  | { kind: 'connection'; from: string; to: string }
  | { kind: 'stage'; name: string };

/**
 * What was being typed into something someone else deleted: what went, the field's text, and for a
 * touchpoint's text field, which touchpoint and field, so that bringing it back brings these words.
 */
interface Lost {
  gone: Gone;
  text: string;
  typedInto?: { id: string; field: TypedField };
}

const isTypedField = (name: string | undefined): name is TypedField =>
  (TYPED_FIELDS as readonly (string | undefined)[]).includes(name);

/** The touchpoint text field `field` is (its `data-field`), when it edits the one touchpoint `deleted` took. */
function typedInto(field: HTMLInputElement | HTMLTextAreaElement, gone: Gone, deleted: DeletedElsewhere) {
  const name = field.dataset.field;
  if (gone.kind !== 'touchpoint' || deleted.ids.length !== 1 || !isTypedField(name)) return undefined;
  return { id: deleted.ids[0], field: name };
}

/**
 * What the focused `field` was editing, if `deleted` took it: a stage whose name it is (its input carries
 * `data-stage-id`), or the touchpoints or connection whose inspector form (`data-edits`) holds it. Null
 * when the field's subject is still there (another stage went, or a connection beside the touchpoints
 * being edited).
 */
function goneUnder(field: HTMLElement, deleted: DeletedElsewhere, panel: HTMLElement | null): Gone | null {
  const stage = deleted.stages.find((s) => s.id === field.dataset.stageId);
  if (stage) return { kind: 'stage', name: stage.name };
  if (!panel?.contains(field)) return null;
  const form = field.closest<HTMLElement>('[data-edits]')?.dataset.edits;
  if (form === 'touchpoint' && deleted.ids.length > 0) return { kind: 'touchpoint', titles: deleted.titles };
  const connection = deleted.connections[0];
  if (form === 'connection' && connection) return { kind: 'connection', ...connection };
  return null;
}

/**
 * Watches the inspector (`panel`) for a selected touchpoint or connection deleted by someone else (another
 * person, another tab; EditorState.deletedElsewhere) while one of its fields had the keyboard, and the map
 * for a stage deleted so while its name was being typed (its input carries `data-stage-id`). The field goes
 * with it, and the keys that follow would land on the page, where single letters are the editor's shortcuts
 * (N adds a touchpoint for everyone): focus moves instead to a copy of what was typed, with a notice, the
 * caret at its end, so the next keys go on there and the words can be copied. Renders nothing otherwise.
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
        const gone = goneUnder(field, deleted, panel.current);
        if (!gone) return;
        const into = typedInto(field, gone, deleted);
        setLost({ gone, text: field.value, typedInto: into });
        // The words typed since the field last wrote the journey are not in the copy of the touchpoint that
        // Bring it back restores (LostEditsNotice): they are now, and so is what is typed into the copy.
        if (into) state.amendLostEdits(into.id, { [into.field]: field.value });
      }),
    [editor, panel],
  );

  // Once, when the field goes: the keys that follow go on at the end of the copy, as they would have in the field.
  const shown = lost !== null;
  useLayoutEffect(() => {
    const area = copy.current;
    if (!shown || !area) return;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }, [shown]);

  if (!lost) return null;
  const { gone } = lost;
  const titled = (title: string) => title || t('touchpoint.untitled');
  const message =
    gone.kind === 'stage'
      ? t('panels.inspector.stageDeletedWhileTyping', { name: stageLabel(gone.name, t('stage.unnamed')) })
      : gone.kind === 'connection'
        ? t('panels.inspector.connectionDeletedWhileTyping', { from: titled(gone.from), to: titled(gone.to) })
        : t('panels.inspector.deletedWhileTyping', { title: gone.titles.map(titled).join(', ') });
  return (
    <div className="inspector__lost" data-testid="deleted-while-typing">
      <p className="alert alert--error" role="alert">
        {message}
      </p>
      <textarea
        ref={copy}
        // Its own text, not the journey's: Ctrl/⌘+Z here undoes the typing in it, not a change to the map.
        {...UNDO_SCOPE.field}
        dir="auto"
        rows={3}
        aria-label={t('panels.inspector.deletedText')}
        value={lost.text}
        onChange={(e) => {
          const text = e.target.value;
          setLost({ ...lost, text });
          if (lost.typedInto) editor.getState().amendLostEdits(lost.typedInto.id, { [lost.typedInto.field]: text });
        }}
      />
      <button type="button" className="button" onClick={() => setLost(null)}>
        {t('panels.inspector.dismiss')}
      </button>
    </div>
  );
}

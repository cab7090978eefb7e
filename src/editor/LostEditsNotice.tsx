import { useTranslation } from 'react-i18next';
import { operationsOf } from '../actions/registry';
import { useEditor, useServices } from '../store/services';

/**
 * Says that someone else deleted touchpoints this tab had changed lately (EditorState.lostEdits: two people
 * offline, one editing a card and the other deleting it, merge into the deletion), naming them, and brings
 * them back as they were here, or is dismissed.
 */
export function LostEditsNotice() {
  const { t } = useTranslation();
  const { editor } = useServices();
  const lost = useEditor((s) => s.lostEdits);
  const readOnly = useEditor((s) => s.readOnly);
  if (!lost) return null;
  const count = lost.touchpoints.length;
  const titles = lost.touchpoints.map((tp) => t('quoted', { text: tp.title || t('touchpoint.untitled') })).join(', ');
  return (
    <p className="alert alert--error" role="alert" data-testid="lost-edits">
      {t('touchpoint.lostEdits', { count, titles })}{' '}
      {!readOnly && (
        <button
          type="button"
          className="button"
          data-testid="lost-edits-bring-back"
          onClick={() => operationsOf({ editor }).bringBackLostEdits()}
        >
          {t('touchpoint.bringBack', { count })}
        </button>
      )}
      <button type="button" className="button button--ghost" onClick={() => editor.getState().dismissLostEdits()}>
        {t('dialog.close')}
      </button>
    </p>
  );
}

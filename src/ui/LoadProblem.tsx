import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEditor } from '../store/services';
import { restoreErrorMessage } from '../i18n/restoreErrorMessage';
import type { EditorState } from '../store/editorStore';

/** What the editor shows instead of a canvas while loading, or when the journey cannot be shown. */
export function LoadProblem({ status }: { status: EditorState['status'] }) {
  const { t } = useTranslation();
  const loadError = useEditor((s) => s.loadError);
  if (status === 'loading' || status === 'idle') {
    return <p className="editor__message">{t('editor.loading')}</p>;
  }
  return (
    <div className="editor__message" role="alert" data-testid="load-problem">
      <p>
        {status === 'missing' || !loadError
          ? t('editor.missing')
          : t('editor.broken', { message: restoreErrorMessage(t, loadError) })}
      </p>
      <Link to="/" className="button">
        {t('notFound.back')}
      </Link>
    </div>
  );
}

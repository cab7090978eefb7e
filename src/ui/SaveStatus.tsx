import { AlertCircle, Check, Loader } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useEditor, useServices } from '../store/services';
import { downloadBlob } from '../export/download';
import { fileNameFor } from '../export/fileName';
import { journeyJsonBlob } from '../export/journeyJson';
import { saveStateOf } from '../store/editorStore';
import './SaveStatus.css';

/**
 * Tells whether the open journey is stored: "saved" only once the write committed to IndexedDB and no typed
 * text waits to be written to the journey (saveStateOf).
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const state = useEditor(saveStateOf);
  const errorKind = useEditor((s) => s.saveError);
  const { editor } = useServices();
  return (
    <div className={`save-status save-status--${state}`} data-testid="save-status" data-state={state}>
      <span className="save-status__label" aria-live="polite">
        {state === 'saving' && <Loader size={14} aria-hidden="true" />}
        {state === 'saved' && <Check size={14} aria-hidden="true" />}
        {state === 'error' && <AlertCircle size={14} aria-hidden="true" />}
        {t(`save.${state}`)}
      </span>
      {errorKind && (
        <p className="save-status__message" role="alert" data-testid="save-error">
          {t(`save.${errorKind}`)}
          {errorKind === 'upgrade' && (
            <button type="button" className="button button--ghost" onClick={() => location.reload()}>
              {t('save.reload')}
            </button>
          )}
          {(errorKind === 'quota' || errorKind === 'unknown' || errorKind === 'missing') && (
            <button
              type="button"
              className="button button--ghost"
              data-testid="export-now"
              onClick={() => {
                const journey = editor.getState().journey;
                if (journey) downloadBlob(journeyJsonBlob(journey), fileNameFor(journey.name, 'recorrido.json'));
              }}
            >
              {t('save.exportNow')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}

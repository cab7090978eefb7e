import { ClipboardPaste, Upload } from 'lucide-react';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { loadAllWords } from '../../i18n/i18n';
import { CodeLoadBoundary } from '../../ui/CodeLoadBoundary';
import { FileButton } from '../../ui/FileButton';
import { retryableLazy } from '../../ui/retryableLazy';
import { IMPORT_ACCEPT } from './importKind';
import { ImportPersonas } from './ImportPersonas';
import { ImportRepairs, ImportWarnings } from './ImportWarnings';
import { SkippedDiagrams } from './SkippedDiagrams';
import { useImportFlow, type ImportOutcome, type ImportSource } from './useImportFlow';
import './ImportJourney.css';

// The dialogs load when an import first needs one: the library's first screen shows only the controls. The
// paste dialog may be the first (the others come after readers(), which loads every word): it loads them.
const PasteDialog = retryableLazy(async () => {
  const [{ PasteDialog }] = await Promise.all([import('./PasteDialog'), loadAllWords()]);
  return { default: PasteDialog };
});
const MermaidPickDialog = retryableLazy(async () => ({
  default: (await import('./MermaidPickDialog')).MermaidPickDialog,
}));
const ColumnMapDialog = retryableLazy(async () => ({ default: (await import('./ColumnMapDialog')).ColumnMapDialog }));

/**
 * Brings journeys into the library: a file (a journey file, Mermaid, CSV, TSV, .xlsx) or pasted text
 * (Mermaid, cells copied from a spreadsheet), through the dialogs they need. A refused input is explained
 * and changes nothing; an imported one is stored as a new journey and what was repaired is listed.
 */
export function ImportJourney() {
  const { t } = useTranslation();
  const flow = useImportFlow();
  const { dialog } = flow;
  const sourceName = (source: ImportSource) => (source.kind === 'file' ? source.name : t('import.paste.name'));
  const pasteButton = useRef<HTMLButtonElement>(null);
  const hadDialog = useRef(false);

  // A dialog gives focus back to what opened it; one opened from another dialog (paste, then match the
  // columns) finds that gone, so focus comes back to the paste button rather than to nothing.
  useEffect(() => {
    const open = dialog.step !== 'none';
    if (!open && hadDialog.current && document.activeElement === document.body) pasteButton.current?.focus();
    hadDialog.current = open;
  }, [dialog.step]);

  return (
    <div className="import">
      <div className="import__actions">
        <FileButton
          icon={Upload}
          label={t('import.button')}
          testId="import-journey-input"
          accept={IMPORT_ACCEPT}
          onFile={flow.importFile}
        />
        <button ref={pasteButton} type="button" className="button" data-testid="paste-import" onClick={flow.openPaste}>
          <ClipboardPaste size={16} aria-hidden="true" />
          {t('import.paste.open')}
        </button>
        {flow.busy && dialog.step === 'none' && (
          <span className="hint" role="status">
            {t('import.working')}
          </span>
        )}
      </div>
      <p className="hint import__accepts">{t('import.accepts')}</p>
      {flow.outcome && <ImportOutcomeMessage outcome={flow.outcome} />}
      {/* A new dialog object each time one opens: opening it again tries its code again. */}
      <CodeLoadBoundary resetKey={dialog}>
        <Suspense fallback={null}>
          {dialog.step === 'paste' && (
            <PasteDialog error={dialog.error} busy={flow.busy} onSubmit={flow.importText} onCancel={flow.cancel} />
          )}
          {dialog.step === 'pick' && (
            <MermaidPickDialog
              sourceName={sourceName(dialog.source)}
              candidates={dialog.candidates}
              skipped={dialog.skipped}
              onPick={(candidate) => void flow.finish(dialog.source, candidate, dialog.skipped)}
              onCancel={flow.cancel}
            />
          )}
          {dialog.step === 'map' && (
            <ColumnMapDialog
              table={dialog.table}
              untitledStage={t('editor.defaultStages').split('|')[0]}
              onImport={(imported) => void flow.finish(dialog.source, imported)}
              onCancel={flow.cancel}
            />
          )}
        </Suspense>
      </CodeLoadBoundary>
    </div>
  );
}

/** What the last import did: why it was refused, or what came in and what to check. */
function ImportOutcomeMessage({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'error') {
    return (
      <p className="alert alert--error" role="alert" data-testid="import-error">
        {outcome.text(t)}
      </p>
    );
  }
  const text =
    outcome.kind === 'file'
      ? t('import.done', { name: outcome.name, count: outcome.repairs.length })
      : t('import.doneBuilt', {
          name: outcome.name,
          stages: t('editor.stages', { count: outcome.stages }),
          touchpoints: t('card.touchpoints', { count: outcome.touchpoints }),
        });
  return (
    <div className="alert alert--info import__done" role="status" data-testid="import-done">
      <p>{text}</p>
      {outcome.kind === 'built' && <ImportPersonas personas={outcome.personas} />}
      {outcome.kind === 'built' && <SkippedDiagrams skipped={outcome.skipped} />}
      {outcome.kind === 'built' && <ImportWarnings warnings={outcome.warnings} />}
      {outcome.kind === 'file' && outcome.copy && <p data-testid="import-copy">{t('import.alreadyHere')}</p>}
      {outcome.kind === 'file' && <ImportRepairs repairs={outcome.repairs} />}
    </div>
  );
}

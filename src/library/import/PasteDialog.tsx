import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../ui/useModalDialog';
import type { Words } from './useImportFlow';

interface Props {
  /** Why the last pasted text was refused, shown until the next try. */
  error: Words | null;
  busy: boolean;
  onSubmit(text: string): void;
  onCancel(): void;
}

/**
 * A box to paste a journey into: Mermaid text, or cells copied from a spreadsheet (which arrive as TSV) or
 * CSV. Ctrl/⌘+Enter imports as the button does; a refusal stays in the dialog so the text can be fixed.
 */
export function PasteDialog({ error, busy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const ref = useModalDialog();
  const [text, setText] = useState('');
  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide import-dialog"
      aria-labelledby="paste-import-title"
      aria-describedby="paste-import-hint"
      data-testid="paste-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="paste-import-title">{t('import.paste.title')}</h2>
      <p id="paste-import-hint" className="hint">
        {t('import.paste.hint')}
      </p>
      <label className="import-dialog__field">
        {t('import.paste.label')}
        <textarea
          data-testid="paste-import-text"
          className="import-dialog__paste"
          rows={10}
          wrap="off"
          spellCheck={false}
          autoFocus
          value={text}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !busy) onSubmit(text);
          }}
        />
      </label>
      {error && (
        <p className="alert alert--error" role="alert" data-testid="import-error">
          {error(t)}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="paste-import-submit"
          disabled={busy}
          onClick={() => onSubmit(text)}
        >
          {busy ? t('import.working') : t('import.paste.submit')}
        </button>
      </div>
    </dialog>
  );
}

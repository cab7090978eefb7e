import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A paste a field's length limit cut: the field's limit and how many pasted characters were left out. */
interface Cut {
  limit: number;
  left: number;
}

/**
 * How much of `text` pasted into `field` its `maxLength` leaves out (UTF-16 units, as maxLength counts; a
 * single-line input drops line breaks first, as the browser does), or 0. The selection is replaced.
 */
export function pastedBeyondLimit(field: HTMLInputElement | HTMLTextAreaElement, text: string): number {
  if (field.maxLength < 0 || field.readOnly || field.disabled) return 0;
  // What the field will hold of it: a textarea keeps line breaks as one "\n", an input drops them.
  const pasted = field instanceof HTMLInputElement ? text.replace(/[\r\n]/g, '') : text.replace(/\r\n?/g, '\n');
  const selected = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
  const room = Math.max(0, field.maxLength - (field.value.length - selected));
  return Math.max(0, pasted.length - room);
}

/**
 * Says so when a paste is cut by a field's length limit (`maxLength`: a touchpoint's title holds 1,000
 * characters, a stage's name fewer): the browser keeps what fits and says nothing, so the end of a long
 * text pasted into a title was lost unnoticed. Listens on the document, once for the whole app, and shows a
 * notice naming the limit and how many characters were left out until it is closed or another paste fits.
 */
export function PasteLimitNotice() {
  const { t } = useTranslation();
  const [cut, setCut] = useState<Cut | null>(null);
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const field = event.target;
      if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
      const left = pastedBeyondLimit(field, event.clipboardData?.getData('text/plain') ?? '');
      setCut(left > 0 ? { limit: field.maxLength, left } : null);
    };
    document.addEventListener('paste', onPaste, true);
    return () => document.removeEventListener('paste', onPaste, true);
  }, []);
  if (!cut) return null;
  return (
    <div className="toast-region">
      <p className="toast" role="alert" data-testid="paste-cut">
        {t('app.pasteCut', { limit: cut.limit, count: cut.left })}
        <button type="button" className="button button--ghost" onClick={() => setCut(null)}>
          {t('dialog.close')}
        </button>
      </p>
    </div>
  );
}

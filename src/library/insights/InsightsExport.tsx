import { Download } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Insights } from '../../domain/insights';
import { downloadBlob } from '../../export/download';
import { useLocale } from '../../ui/useLocale';

/** The insights as a PDF report or a CSV, in the UI's language; the PDF code loads on the click. */
export function InsightsExport({ insights, filterLine }: { insights: Insights; filterLine: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fileName = t('insights.export.fileName');
  const run = async (make: () => Promise<{ blob: Blob; name: string }>) => {
    setBusy(true);
    setError(null);
    try {
      const { blob, name } = await make();
      downloadBlob(blob, name);
    } catch (e) {
      setError(t('insights.export.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="insights-export">
      <button
        type="button"
        className="button"
        data-testid="insights-export-pdf"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            const { exportInsightsPdf } = await import('../../export/insights/insightsPdf');
            return { blob: await exportInsightsPdf(insights, { locale, filterLine }), name: `${fileName}.pdf` };
          })
        }
      >
        <Download size={16} aria-hidden="true" />
        {t('insights.export.pdf')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="insights-export-csv"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            const { insightsCsvBlob } = await import('../../export/insights/insightsCsv');
            return { blob: insightsCsvBlob(insights, locale, filterLine), name: `${fileName}.csv` };
          })
        }
      >
        <Download size={16} aria-hidden="true" />
        {t('insights.export.csv')}
      </button>
      <span aria-live="polite" className="insights-export__status">
        {busy ? t('insights.export.working') : ''}
      </span>
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

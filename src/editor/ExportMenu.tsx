import { ClipboardCopy, Download, FileJson, FileSpreadsheet, FileText, Image, Workflow } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../store/services';
import type { Journey } from '../domain/journey';
import { downloadBlob } from '../export/download';
import { fileNameFor } from '../export/fileName';
import { journeyJsonBlob } from '../export/journeyJson';
import { currentLocale } from '../i18n/i18n';
import { PdfExportDialog } from './PdfExportDialog';
import './ExportMenu.css';

/**
 * The export menu: PDF blueprint (with its dialog), PNG image, journey file, CSV and Mermaid (a download, or
 * a copy to the clipboard), all from the model.
 */
export function ExportMenu() {
  const { t } = useTranslation();
  const { editor } = useServices();
  const [open, setOpen] = useState(false);
  const [pdf, setPdf] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !ref.current?.contains(event.target as Node)) {
        setOpen(false);
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const withJourney = async (work: (journey: Journey) => Promise<void> | void) => {
    const journey = editor.getState().journey;
    setOpen(false);
    if (!journey) return;
    setBusy(true);
    setError(null);
    setCopied(false);
    try {
      await work(journey);
    } catch (e) {
      setError(t('export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  // Opening the menu loads the PNG exporter and starts its encoding worker, so a click on PNG draws at once.
  const warmPngExport = () =>
    void import('../export/png/exportPng').then(
      (m) => m.warmPngEncoder(),
      () => {}, // the click on PNG loads it again and reports a failure
    );
  const exportPng = () =>
    withJourney(async (journey) => {
      const { exportMapPng } = await import('../export/png/exportPng');
      // The image shows what the screen shows: the free canvas, or the blueprint in its chosen layout, and
      // the curve with the chosen persona's line solid and the measure drawn over it.
      const { view, blueprintLayout, curveOverlay, personaId } = editor.getState();
      const mapView = view === 'blueprint' && blueprintLayout === 'layers' ? 'layers' : view;
      const options = { locale: currentLocale(), view: mapView, curveOverlay, personaId } as const;
      const { blob } = await exportMapPng(journey, options);
      downloadBlob(blob, fileNameFor(journey.name, 'png'));
    });

  // The Mermaid and CSV exporters load on demand, like the PDF and PNG ones (the CSV writer brings the
  // exporters' words in both languages).
  const mermaid = () => import('../export/mermaid');
  const exportCsv = () =>
    withJourney(async (journey) => {
      const { csvBlob } = await import('../export/csv');
      downloadBlob(csvBlob(journey, currentLocale()), fileNameFor(journey.name, 'csv'));
    });
  const exportMermaid = () =>
    withJourney(async (journey) =>
      downloadBlob((await mermaid()).mermaidBlob(journey), fileNameFor(journey.name, 'mmd')),
    );
  const copyMermaid = () =>
    withJourney(async (journey) => {
      const text = (await mermaid()).journeyMermaid(journey);
      try {
        if (!navigator.clipboard) throw new Error('navigator.clipboard is missing');
        await navigator.clipboard.writeText(text);
        setCopied(true);
      } catch (e) {
        setError(t('export.copyFailed', { reason: e instanceof Error ? e.message : String(e) }));
      }
    });

  return (
    <div className="export-menu" ref={ref}>
      <button
        type="button"
        className="button"
        data-testid="export-menu"
        title={t('export.menu')}
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={busy}
        onClick={() => {
          if (!open) warmPngExport();
          setOpen(!open);
          setCopied(false);
        }}
      >
        <Download size={16} aria-hidden="true" />
        <span className="toolbar__label">{busy ? t('export.working') : t('export.menu')}</span>
      </button>
      {open && (
        <ul className="menu" role="menu">
          <li role="none">
            <button
              type="button"
              role="menuitem"
              data-testid="export-pdf"
              onClick={() => (setOpen(false), setPdf(true))}
            >
              <FileText size={16} aria-hidden="true" />
              {t('export.pdf')}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" data-testid="export-png" onClick={() => void exportPng()}>
              <Image size={16} aria-hidden="true" />
              {t('export.png')}
            </button>
          </li>
          <li role="none">
            <button
              type="button"
              role="menuitem"
              data-testid="export-json"
              onClick={() =>
                void withJourney((j) => downloadBlob(journeyJsonBlob(j), fileNameFor(j.name, 'recorrido.json')))
              }
            >
              <FileJson size={16} aria-hidden="true" />
              {t('export.json')}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" data-testid="export-csv" onClick={() => void exportCsv()}>
              <FileSpreadsheet size={16} aria-hidden="true" />
              {t('export.csv')}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" data-testid="export-mermaid" onClick={() => void exportMermaid()}>
              <Workflow size={16} aria-hidden="true" />
              {t('export.mermaid')}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" data-testid="export-mermaid-copy" onClick={() => void copyMermaid()}>
              <ClipboardCopy size={16} aria-hidden="true" />
              {t('export.mermaidCopy')}
            </button>
          </li>
        </ul>
      )}
      {error && (
        <p className="alert alert--error export-menu__error" role="alert" data-testid="export-error">
          {error}
        </p>
      )}
      <div role="status">
        {copied && (
          <p className="alert alert--info export-menu__status" data-testid="export-copied">
            {t('export.mermaidCopied')}
          </p>
        )}
      </div>
      {pdf && <PdfExportDialog onClose={() => setPdf(false)} />}
    </div>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/services';
import { isBlueprintLayout, type BlueprintLayoutKind } from '../domain/blueprintLayers';
import { downloadBlob } from '../export/download';
import { fileNameFor } from '../export/fileName';
import { useLocale } from '../ui/useLocale';
import { useModalDialog } from '../ui/useModalDialog';

type PdfModule = typeof import('../export/pdf/exportPdf');
type PageSize = 'a4' | 'a3' | 'a2';
type Orientation = 'landscape' | 'portrait';

/** Touchpoints the warning names; more are summed up by the count. */
const UNDRAWABLE_LISTED = 5;

/**
 * Chooses page size and orientation for the blueprint PDF, previews the page count, warns about characters
 * nothing on this device can draw (naming the touchpoints), and exports it.
 */
export function PdfExportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const journey = useEditor((s) => s.journey);
  const ref = useModalDialog();
  const [pdf, setPdf] = useState<PdfModule | null>(null);
  const [pageSize, setPageSize] = useState<PageSize>('a3');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [mapImage, setMapImage] = useState(false);
  // The grid's rows start as the blueprint view draws them (the user's remembered choice).
  const [blueprintLayout, setBlueprintLayout] = useState<BlueprintLayoutKind>(useEditor((s) => s.blueprintLayout));
  const [state, setState] = useState<'idle' | 'working' | 'error'>('idle');
  const [error, setError] = useState('');
  const locale = useLocale();

  useEffect(() => {
    let live = true;
    // The PDF code is loaded only when someone exports: from here on, jsPDF too, ahead of the click.
    import('../export/pdf/exportPdf').then(
      (module) => {
        module.loadJsPdf().catch(() => {});
        if (live) setPdf(module);
      },
      // Its code could not be fetched (offline before the service worker cached it): say so; closing and
      // opening the dialog again tries again.
      (reason: unknown) => {
        if (!live) return;
        setError(reason instanceof Error ? reason.message : String(reason));
        setState('error');
      },
    );
    return () => {
      live = false;
    };
  }, []);

  // The browser's fonts draw what the PDF's fonts cannot; plan and export share one, so widths agree.
  const fallback = useMemo(() => pdf?.browserFallback(), [pdf]);
  // Planning lays out every page (about 150 ms at 2,000 touchpoints): once per change of what it depends
  // on, not on every render, and the download draws this same plan.
  // The curve carries the measure the user drew over it on screen, if any, and the chosen persona's line
  // solid.
  const curveOverlay = useEditor((s) => s.curveOverlay);
  const personaId = useEditor((s) => s.personaId);
  const options = useMemo(
    () => ({ pageSize, orientation, locale, mapImage, fallback, curveOverlay, personaId, blueprintLayout }),
    [pageSize, orientation, locale, mapImage, fallback, curveOverlay, personaId, blueprintLayout],
  );
  const plan = useMemo(() => (pdf && journey ? pdf.planPdf(journey, options) : null), [pdf, journey, options]);
  // The journey needs the embedded font: fetch it now, while options are chosen, not after the click.
  const needsFont = plan?.type.font === 'noto';
  useEffect(() => {
    if (pdf && needsFont) pdf.prepareNotoSans().catch(() => {});
  }, [pdf, needsFont]);
  const undrawable = useMemo(
    () => (pdf && journey && fallback ? pdf.undrawableTouchpoints(journey, fallback) : []),
    [pdf, journey, fallback],
  );

  const exportNow = async () => {
    if (!pdf || !journey || !plan) return;
    setState('working');
    try {
      const blob = await pdf.exportBlueprintPdf(journey, options, { plan });
      downloadBlob(blob, fileNameFor(journey.name, 'pdf'));
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setState('error');
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="pdf-title"
      data-testid="pdf-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="pdf-title">{t('export.pdfTitle')}</h2>
      <div className="form-row">
        <label>
          {t('export.pageSize')}
          <select
            data-testid="pdf-page-size"
            value={pageSize}
            onChange={(e) => setPageSize(e.target.value as PageSize)}
          >
            <option value="a4">A4</option>
            <option value="a3">A3</option>
            <option value="a2">A2</option>
          </select>
        </label>
        <label>
          {t('export.orientation')}
          <select
            data-testid="pdf-orientation"
            value={orientation}
            onChange={(e) => setOrientation(e.target.value as Orientation)}
          >
            <option value="landscape">{t('export.landscape')}</option>
            <option value="portrait">{t('export.portrait')}</option>
          </select>
        </label>
      </div>
      <div className="form-row">
        <label>
          {t('blueprint.layout')}
          <select
            data-testid="pdf-blueprint-layout"
            value={blueprintLayout}
            onChange={(e) => isBlueprintLayout(e.target.value) && setBlueprintLayout(e.target.value)}
          >
            <option value="functions">{t('blueprint.functions')}</option>
            <option value="layers">{t('blueprint.layers')}</option>
          </select>
        </label>
      </div>
      <label className="checkbox-row">
        <input
          type="checkbox"
          data-testid="pdf-map-image"
          checked={mapImage}
          onChange={(e) => setMapImage(e.target.checked)}
        />
        {t('export.mapImage')}
      </label>
      <p data-testid="pdf-page-count" aria-live="polite">
        {plan === null ? t('export.counting') : t('export.pages', { count: plan.pages })}
      </p>
      {undrawable.length > 0 && (
        <p className="alert alert--notice" role="status" data-testid="pdf-undrawable">
          {t('export.undrawable', {
            count: undrawable.length,
            titles: undrawable
              .slice(0, UNDRAWABLE_LISTED)
              .map((u) => `“${u.title.trim() || t('touchpoint.untitled')}”`)
              .concat(undrawable.length > UNDRAWABLE_LISTED ? ['…'] : [])
              .join(', '),
          })}
        </p>
      )}
      {state === 'error' && (
        <p className="alert alert--error" role="alert">
          {t('export.failed', { reason: error })}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('card.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="pdf-download"
          disabled={!plan || state === 'working'}
          onClick={() => void exportNow()}
        >
          {state === 'working' ? t('export.working') : t('export.download')}
        </button>
      </div>
    </dialog>
  );
}

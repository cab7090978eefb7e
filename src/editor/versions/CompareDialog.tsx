import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEmotionAverage } from '../../domain/emotionAverage';
import { formatKpiSummary, type KpiSummaryText } from '../../domain/kpiFormat';
import { stageLabel } from '../../domain/stageLabel';
import { diffVersions } from '../../domain/versions/diff';
import { downloadBlob } from '../../export/download';
import { fileNameFor } from '../../export/fileName';
import {
  comparisonSummary,
  comparisonTexts,
  kpiFootnotes,
  markerTexts,
  stageChangeTexts,
  type ChangeKind,
  type ChangeText,
  type StageChangeText,
} from '../../export/versions/compareText';
import { restoreErrorMessage } from '../../i18n/restoreErrorMessage';
import { useEditor } from '../../store/services';
import { useLocale } from '../../ui/useLocale';
import { useModalDialog } from '../../ui/useModalDialog';
import { CompareCurves } from './CompareCurves';
import { useStoredJourney, type VersionLinks } from './useVersionLinks';

const KPI_ROWS = [
  ['nps', 'panels.summary.colNps'],
  ['csat', 'panels.summary.colCsat'],
  ['fcr', 'panels.summary.colFcr'],
  ['ces', 'panels.summary.colCes'],
  ['volume', 'panels.summary.colVolume'],
  ['monthlyCost', 'panels.summary.colMonthlyCost'],
] as const satisfies readonly (readonly [keyof KpiSummaryText, string])[];

/**
 * The as-is and the to-be compared (diffVersions): stages added, renamed and removed, touchpoints added,
 * removed and changed (with the fields and their values before and after), both emotion curves, pain points
 * resolved, removed with their touchpoint or new, moments of truth new or lost, KPIs per stage before and
 * after; exported as PDF or CSV. The open journey is read live; the other version as stored.
 */
export function CompareDialog({ other, onClose }: { other: NonNullable<VersionLinks['asIs']>; onClose(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ref = useModalDialog();
  const uid = useId();
  const live = useEditor((s) => s.journey);
  const stored = useStoredJourney(other.id, other.revision);
  const [exportError, setExportError] = useState<string | null>(null);

  const data = useMemo(() => {
    if (!live || stored.status !== 'ready') return null;
    const [asIs, toBe] = live.state === 'to-be' ? [stored.journey, live] : [live, stored.journey];
    const diff = diffVersions(asIs, toBe);
    return {
      asIs,
      toBe,
      diff,
      texts: comparisonTexts(asIs, toBe, diff, locale),
      stages: stageChangeTexts(diff, locale),
      markers: markerTexts(asIs, toBe, diff, locale),
      kpiNotes: kpiFootnotes(diff, locale),
    };
  }, [live, stored, locale]);

  const download = async (kind: 'pdf' | 'csv') => {
    if (!data) return;
    setExportError(null);
    const { asIs, toBe, diff } = data;
    try {
      const blob =
        kind === 'pdf'
          ? await (await import('../../export/pdf/comparePdf')).exportComparisonPdf(asIs, toBe, diff, { locale })
          : (await import('../../export/versions/compareCsv')).comparisonCsvBlob(asIs, toBe, diff, locale);
      downloadBlob(blob, fileNameFor(t('versions.diff.fileName', { name: toBe.name }), kind));
    } catch (e) {
      setExportError(t('versions.diff.exportFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  const average = (value: number | null) =>
    value === null ? t('versions.diff.noAverage') : formatEmotionAverage(value, locale);

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide compare"
      aria-labelledby={`${uid}-title`}
      data-testid="compare-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${uid}-title`}>{t('versions.diff.title')}</h2>
      {stored.status === 'loading' && <p role="status">{t('versions.diff.loading')}</p>}
      {stored.status === 'missing' && <p role="alert">{t('versions.diff.missing')}</p>}
      {stored.status === 'broken' && (
        <p role="alert">
          {t('versions.diff.broken', {
            reason: typeof stored.error === 'string' ? stored.error : restoreErrorMessage(t, stored.error),
          })}
        </p>
      )}
      {data && (
        <>
          <p>{t('versions.diff.versions', { asIs: data.asIs.name, toBe: data.toBe.name })}</p>
          <p data-testid="compare-summary">
            <strong>{comparisonSummary(data.diff, locale)}</strong>
          </p>
          <StageChanges stages={data.stages} />
          {data.diff.pending.length > 0 && (
            <p className="hint" data-testid="compare-pending">
              {t('versions.diff.pending', {
                count: data.diff.pending.length,
                titles: data.diff.pending
                  .map(({ touchpoint }) => t('quoted', { text: touchpoint.title || t('touchpoint.untitled') }))
                  .join(', '),
              })}
            </p>
          )}
          <div className="compare__lists">
            <ChangeList kind="added" title={t('versions.diff.added')} texts={data.texts} />
            <ChangeList kind="removed" title={t('versions.diff.removed')} texts={data.texts} />
            <ChangeList kind="changed" title={t('versions.diff.changed')} texts={data.texts} />
          </div>
          <section aria-labelledby={`${uid}-curves`}>
            <h3 id={`${uid}-curves`}>{t('versions.diff.curves')}</h3>
            <p>
              {t('versions.diff.averageEmotion', {
                before: average(data.diff.averageEmotion.before),
                after: average(data.diff.averageEmotion.after),
              })}
            </p>
            <CompareCurves asIs={data.asIs} toBe={data.toBe} curves={data.diff.curves} />
          </section>
          <section aria-labelledby={`${uid}-markers`}>
            <h3 id={`${uid}-markers`}>{t('versions.diff.markers')}</h3>
            {data.markers.map((marker) => (
              <p key={marker.kind} data-testid={`diff-${marker.kind}`}>
                <strong>{marker.label}</strong> {marker.list}
              </p>
            ))}
          </section>
          <table className="kpi-summary__table">
            <caption>{t('versions.diff.kpis')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('versions.diff.colStage')}</th>
                <th scope="col">{t('versions.diff.colMeasure')}</th>
                <th scope="col">{t('versions.diff.colBefore')}</th>
                <th scope="col">{t('versions.diff.colAfter')}</th>
              </tr>
            </thead>
            <tbody>
              {data.diff.kpis.flatMap((stage) => {
                const before = formatKpiSummary(stage.before, locale, data.asIs.currency);
                const after = formatKpiSummary(stage.after, locale, data.toBe.currency);
                const rows = KPI_ROWS.filter(([field]) => before[field] !== '' || after[field] !== '');
                return [
                  <tr key={stage.stageId}>
                    <th scope="row" rowSpan={rows.length + 1}>
                      {stageLabel(stage.name, t('stage.unnamed'))}
                    </th>
                    <td>{t('versions.diff.touchpoints')}</td>
                    <td>{stage.before.touchpoints}</td>
                    <td>{stage.after.touchpoints}</td>
                  </tr>,
                  ...rows.map(([field, label]) => (
                    <tr key={`${stage.stageId}-${field}`}>
                      <td>{t(label)}</td>
                      <td>{before[field]}</td>
                      <td>{after[field]}</td>
                    </tr>
                  )),
                ];
              })}
            </tbody>
          </table>
          {data.kpiNotes.map((note) => (
            <p key={note} className="hint" data-testid="compare-kpi-note">
              {note}
            </p>
          ))}
        </>
      )}
      {exportError && (
        <p className="field-error" role="alert">
          {exportError}
        </p>
      )}
      <div className="dialog__actions">
        <button
          type="button"
          className="button"
          data-testid="compare-export-pdf"
          disabled={!data}
          onClick={() => void download('pdf')}
        >
          {t('versions.diff.exportPdf')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="compare-export-csv"
          disabled={!data}
          onClick={() => void download('csv')}
        >
          {t('versions.diff.exportCsv')}
        </button>
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('versions.diff.close')}
        </button>
      </div>
    </dialog>
  );
}

/** The stages the to-be added, renamed and removed; nothing when it kept the as-is stages as they were. */
function StageChanges({ stages }: { stages: StageChangeText[] }) {
  const { t } = useTranslation();
  const uid = useId();
  if (stages.length === 0) return null;
  return (
    <section aria-labelledby={uid}>
      <h3 id={uid}>
        {t('versions.diff.stages')} ({stages.length})
      </h3>
      <ul>
        {stages.map((stage) => (
          <li key={stage.stageId} data-testid="diff-stage" data-kind={stage.kind}>
            {stage.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One kind of change as a list: each touchpoint with its stage, and for a changed one each field's values. */
function ChangeList({ kind, title, texts }: { kind: ChangeKind; title: string; texts: ChangeText[] }) {
  const { t } = useTranslation();
  const uid = useId();
  const items = texts.filter((c) => c.kind === kind);
  return (
    <section aria-labelledby={uid}>
      <h3 id={uid}>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="hint">{t('versions.diff.none')}</p>
      ) : (
        <ul>
          {items.map((change) => (
            <li key={change.touchpointId} data-testid={`diff-${kind}`} data-touchpoint-id={change.touchpointId}>
              <strong>{change.title}</strong> <span className="hint">· {change.stageName}</span>
              {change.fields.length > 0 && (
                <ul
                  aria-label={t('versions.diff.changedFields', {
                    fields: change.fields.map((f) => f.label).join(', '),
                  })}
                >
                  {change.fields.map((f) => (
                    <li key={f.field}>
                      {f.label}: {t('versions.diff.fromTo', { before: f.before, after: f.after })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

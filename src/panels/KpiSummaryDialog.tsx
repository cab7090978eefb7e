import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatKpiSummary } from '../domain/kpiFormat';
import {
  experienceGaps,
  hasKpis,
  kpisByFunction,
  kpisByStage,
  summarizeKpis,
  type KpiSummary,
} from '../domain/kpiSummary';
import { meanNote } from '../i18n/meanNote';
import { useEditor } from '../store/services';
import { useLocale } from '../ui/useLocale';
import { useModalDialog } from '../ui/useModalDialog';
import { useShownPersona } from '../ui/useShownPersona';
import { useVocabulary } from '../ui/useVocabulary';
import './KpiSummaryDialog.css';

interface Row {
  key: string;
  label: string;
  summary: KpiSummary;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * The journey's measures added up: KPIs per stage, per owning function and for the whole journey (see
 * kpiSummary.ts for what is summed and how means are weighted), and the gaps between the experience the
 * customer perceives and the one delivered. Read-only; it follows the journey live.
 */
export function KpiSummaryDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const ref = useModalDialog();
  const uid = useId();
  const journey = useEditor((s) => s.journey);
  const { functions } = useVocabulary();
  // The gaps compare the emotions the cards show: those of the persona chosen in the toolbar.
  const shown = useShownPersona();
  const shownId = shown?.id ?? null;

  const data = useMemo(() => {
    if (!journey) return null;
    const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
    const functionName = new Map(functions.map((f) => [f.id, f.label]));
    const title = new Map(journey.touchpoints.map((tp) => [tp.id, tp.title || t('touchpoint.untitled')]));
    const stages = kpisByStage(journey).map((g): Row => ({
      key: g.stageId,
      label: stageName.get(g.stageId) ?? '',
      summary: g.summary,
    }));
    const functionRows = kpisByFunction(journey).map((g): Row => ({
      key: g.functionId ?? '',
      label: g.functionId === null ? t('touchpoint.noFunction') : (functionName.get(g.functionId) ?? g.functionId),
      summary: g.summary,
    }));
    const whole = summarizeKpis(journey.touchpoints);
    const all = [whole, ...stages.map((r) => r.summary), ...functionRows.map((r) => r.summary)];
    return {
      stages,
      functions: functionRows,
      whole,
      // Some monthly cost leaves out touchpoints that know only their volume or their cost: say what † means.
      partialCost: all.some((summary) => summary.monthlyCostPartial),
      // Why the means are weighted or plain, in words true of these rows (none is "unknown" when all are 0).
      meanNote: meanNote(t, all),
      gaps: experienceGaps(journey, shownId).map((gap) => ({
        ...gap,
        text: t(gap.kind === 'perceived-worse' ? 'panels.summary.perceivedWorse' : 'panels.summary.deliveredWorse', {
          title: title.get(gap.touchpointId),
          delivered: signed(gap.delivered),
          perceived: signed(gap.perceived),
        }),
      })),
      currency: journey.currency,
    };
  }, [journey, functions, t, shownId]);

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide kpi-summary"
      aria-labelledby={`${uid}-title`}
      data-testid="kpi-summary"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${uid}-title`}>{t('panels.summary.title')}</h2>
      {data && !hasKpis(data.whole) && <p className="hint">{t('panels.summary.empty')}</p>}
      {data && hasKpis(data.whole) && (
        <>
          <SummaryTable
            caption={t('panels.summary.byStage')}
            rows={data.stages}
            whole={data.whole}
            currency={data.currency}
          />
          <SummaryTable caption={t('panels.summary.byFunction')} rows={data.functions} currency={data.currency} />
          {data.meanNote && <p className="hint">{data.meanNote}</p>}
          {data.partialCost && <p className="hint">{t('panels.summary.partialCost')}</p>}
        </>
      )}
      <section aria-labelledby={`${uid}-gaps`}>
        <h3 id={`${uid}-gaps`}>{t('panels.summary.gaps')}</h3>
        <p className="hint">{t('panels.summary.gapsHint')}</p>
        {shown && (
          <p className="hint" data-testid="experience-gaps-persona">
            {t('panels.summary.gapsPersona', { persona: shown.name })}
          </p>
        )}
        {data && data.gaps.length === 0 && <p>{t('panels.summary.noGaps')}</p>}
        <ul className="kpi-summary__gaps" data-testid="experience-gaps">
          {data?.gaps.map((gap) => (
            <li key={gap.touchpointId} data-kind={gap.kind}>
              {gap.text}
            </li>
          ))}
        </ul>
      </section>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('panels.summary.close')}
        </button>
      </div>
    </dialog>
  );
}

interface TableProps {
  caption: string;
  rows: Row[];
  /** A last row for the whole journey. */
  whole?: KpiSummary;
  currency: string;
}

function SummaryTable({ caption, rows, whole, currency }: TableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const all = whole ? [...rows, { key: '\u0000whole', label: t('panels.summary.whole'), summary: whole }] : rows;
  const captionId = useId();
  // A narrow window scrolls the table alone, sideways, with its names kept at the start (CSS), not the
  // whole dialog: a region reached with Tab, so the keyboard can scroll it too.
  return (
    <div className="kpi-summary__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="kpi-summary__table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('panels.summary.colGroup')}</th>
            <th scope="col">{t('panels.summary.colTouchpoints')}</th>
            <th scope="col">{t('panels.summary.colVolume')}</th>
            <th scope="col">{t('panels.summary.colMonthlyCost')}</th>
            <th scope="col">{t('panels.summary.colNps')}</th>
            <th scope="col">{t('panels.summary.colCsat')}</th>
            <th scope="col">{t('panels.summary.colFcr')}</th>
            <th scope="col">{t('panels.summary.colCes')}</th>
          </tr>
        </thead>
        <tbody>
          {all.map((row) => {
            const text = formatKpiSummary(row.summary, locale, currency);
            return (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{row.summary.touchpoints}</td>
                <td>{text.volume}</td>
                <td>{text.monthlyCost}</td>
                <td>{text.nps}</td>
                <td>{text.csat}</td>
                <td>{text.fcr}</td>
                <td>{text.ces}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

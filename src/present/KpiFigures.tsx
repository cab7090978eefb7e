import { useTranslation } from 'react-i18next';
import type { Touchpoint } from '../domain/journey';
import { formatKpi, formatKpiSummary, type KpiSummaryText } from '../domain/kpiFormat';
import { hasKpis, type KpiSummary } from '../domain/kpiSummary';
import { KPI_FIELDS } from '../domain/fields';
import { meanNote } from '../i18n/meanNote';
import { useEditor } from '../store/services';
import { useLocale } from '../ui/useLocale';

/** One figure: what it measures, and its value as text. */
interface Figure {
  key: string;
  label: string;
  value: string;
}

function FigureList({ figures, label, note }: { figures: Figure[]; label: string; note?: string }) {
  return (
    <section className="present-kpis" aria-label={label}>
      <dl className="present-kpis__list" data-testid="present-kpis">
        {figures.map((f) => (
          <div key={f.key} className="present-kpis__item" data-kpi={f.key}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {note && <p className="present__muted present-kpis__note">{note}</p>}
    </section>
  );
}

/** A touchpoint's measures, each one set, in the inspector's order; nothing when none is set. */
export function TouchpointKpis({ touchpoint }: { touchpoint: Touchpoint }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useEditor((s) => s.journey?.currency ?? '');
  const figures = KPI_FIELDS.flatMap((field) => {
    const value = touchpoint[field];
    if (value === null) return [];
    // The measure's short name as the curve's overlay choice says it: one wording per measure.
    return [{ key: field, label: t(`curve.overlayChoice.${field}`), value: formatKpi(field, value, locale, currency) }];
  });
  return figures.length === 0 ? null : <FigureList figures={figures} label={t('present.kpis')} />;
}

const SUMMARY_COLUMNS: { key: keyof KpiSummaryText; label: string }[] = [
  { key: 'nps', label: 'panels.summary.colNps' },
  { key: 'csat', label: 'panels.summary.colCsat' },
  { key: 'ces', label: 'panels.summary.colCes' },
  { key: 'fcr', label: 'panels.summary.colFcr' },
  { key: 'volume', label: 'panels.summary.colVolume' },
  { key: 'monthlyCost', label: 'panels.summary.colMonthlyCost' },
];

/**
 * A group's measures (a stage, the whole journey) as the Measures dialog sums and averages them
 * (domain/kpiSummary.ts), with the same words; nothing when no touchpoint of the group has one.
 */
export function SummaryKpis({ summary, label }: { summary: KpiSummary; label: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useEditor((s) => s.journey?.currency ?? '');
  if (!hasKpis(summary)) return null;
  const text = formatKpiSummary(summary, locale, currency);
  const figures = SUMMARY_COLUMNS.filter((c) => text[c.key] !== '').map((c) => ({
    key: c.key,
    label: t(c.label),
    value: text[c.key],
  }));
  return <FigureList figures={figures} label={label} note={meanNote(t, [summary]) || undefined} />;
}

import type { KpiMean, KpiSummary } from './kpiSummary';
import type { Locale } from './locale';
import { numberTag } from './numberRegion';
import type { KpiField } from './fields';

/** The figures of a KPI summary as text, one per column; '' where there is nothing to show. */
export interface KpiSummaryText {
  volume: string;
  /** A monthly cost that leaves out touchpoints knowing only their volume or their cost ends in "†". */
  monthlyCost: string;
  /** Mean and range, e.g. "-10 (-30 … 10)". */
  nps: string;
  /** A weighted mean ends in "*" (weighted by contacts a month). */
  csat: string;
  fcr: string;
  ces: string;
}

// Building an Intl.NumberFormat costs far more than using one, and every card with a measure formats its
// KPI line: one formatter per language as written here (numberRegion: "es-MX" writes 1,200.5) and
// precision, made on first use.
const formatters = new Map<string, Intl.NumberFormat>();
const number = (locale: Locale, digits: number) => {
  const tag = numberTag(locale);
  const key = `${tag}:${digits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    formatters.set(key, format);
  }
  return format;
};

/**
 * Most decimals a CSAT or FCR shows. One was too few: 0.85 % (a fraction typed for 85 %, which the
 * inspector and the import point out) read "0.9 %", a value nobody wrote; two keep what people type.
 */
const PERCENT_DIGITS = 2;

function money(value: number, locale: Locale, currency: string): string {
  try {
    return new Intl.NumberFormat(numberTag(locale), { style: 'currency', currency, maximumFractionDigits: 2 }).format(
      value,
    );
  } catch {
    // A currency code Intl does not know still reads as "12.5 XYZ".
    return `${number(locale, 2).format(value)} ${currency}`;
  }
}

/**
 * One touchpoint's measure as text in `locale`: NPS and counts whole, CSAT and FCR with a "%" and up to
 * PERCENT_DIGITS decimals, CES with one decimal, cost per contact in the journey's `currency`.
 */
export function formatKpi(field: KpiField, value: number | null, locale: Locale, currency: string): string {
  if (value === null) return '';
  switch (field) {
    case 'kpiCsat':
    case 'kpiFcr':
      return `${number(locale, PERCENT_DIGITS).format(value)} %`;
    case 'kpiCes':
      return number(locale, 1).format(value);
    case 'kpiCost':
      return money(value, locale, currency);
    default:
      return number(locale, 0).format(value);
  }
}

function meanText(mean: KpiMean | null, field: KpiField, locale: Locale): string {
  if (!mean) return '';
  return formatKpi(field, mean.value, locale, '') + (mean.weighted ? '*' : '');
}

/** A KPI summary (see kpiSummary.ts) as text for a table row. */
export function formatKpiSummary(summary: KpiSummary, locale: Locale, currency: string): KpiSummaryText {
  const whole = number(locale, 0);
  const { nps } = summary;
  return {
    volume: summary.volume === null ? '' : whole.format(summary.volume),
    monthlyCost:
      summary.monthlyCost === null
        ? ''
        : money(summary.monthlyCost, locale, currency) + (summary.monthlyCostPartial ? '†' : ''),
    nps:
      nps === null
        ? ''
        : nps.count === 1
          ? whole.format(nps.mean)
          : `${whole.format(nps.mean)} (${whole.format(nps.min)} … ${whole.format(nps.max)})`,
    csat: meanText(summary.csat, 'kpiCsat', locale),
    fcr: meanText(summary.fcr, 'kpiFcr', locale),
    ces: meanText(summary.ces, 'kpiCes', locale),
  };
}

import { formatKpi } from './kpiFormat';
import type { Locale } from './locale';
import type { Touchpoint } from './journey';
import type { KpiField } from './fields';

/**
 * The measures a touchpoint card shows, in this order: the survey scores that speak for the customer
 * (NPS, CSAT, customer effort). Operational drivers (FCR, volume, cost) stay in the inspector, the Measures
 * dialog and the exports' appendix: a card has room for one short line.
 */
export const CARD_KPIS = ['kpiNps', 'kpiCsat', 'kpiCes'] as const satisfies readonly KpiField[];

/** A measure's short name as cards and the curve overlay print it; the acronyms are used in both languages. */
export const KPI_SHORT_NAMES: Record<KpiField, Record<Locale, string>> = {
  kpiNps: { es: 'NPS', en: 'NPS' },
  kpiCsat: { es: 'CSAT', en: 'CSAT' },
  kpiCes: { es: 'CES', en: 'CES' },
  kpiFcr: { es: 'FCR', en: 'FCR' },
  kpiVolume: { es: 'Volumen', en: 'Volume' },
  kpiCost: { es: 'Coste', en: 'Cost' },
};

/** Separates two measures on a card's line. */
export const CARD_KPI_SEPARATOR = ' · ';

/**
 * The card's KPI line in `locale`: each of CARD_KPIS that is set, as "NPS 32 · CSAT 81 % · CES 3,2"
 * (numbers by formatKpi, so the card, the inspector and the exports agree); '' when none is set, and then
 * the card draws no line at all.
 */
export function cardKpiText(touchpoint: Pick<Touchpoint, (typeof CARD_KPIS)[number]>, locale: Locale): string {
  const parts: string[] = [];
  for (const field of CARD_KPIS) {
    const value = touchpoint[field];
    if (value !== null) parts.push(`${KPI_SHORT_NAMES[field][locale]} ${formatKpi(field, value, locale, '')}`);
  }
  return parts.join(CARD_KPI_SEPARATOR);
}

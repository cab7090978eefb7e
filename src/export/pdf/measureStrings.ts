import type { Locale } from '../../domain/locale';
import { EVIDENCE_LEVELS, KPI_FIELDS, OPPORTUNITY_STATUSES, PRIORITIES } from '../../domain/fields';
import type { EvidenceLevel, KpiField, OpportunityStatus, Priority } from '../../domain/fields';
import type { exportEn } from '../../i18n/export.en';
import { fixedT } from '../../i18n/fixedT';

/**
 * The words of the PDF's measures (personas, KPIs, backstage and support, action plan, evidence legend),
 * from the app's catalogs: the screen's key where the screen shows the word too.
 */
export function measureStrings(locale: Locale, currency: string) {
  const t = fixedT(locale);
  const pdf = (key: keyof (typeof exportEn)['pdf']) => t(`exported.pdf.${key}`);
  const map = <K extends string>(keys: readonly K[], word: (key: K) => string) =>
    Object.fromEntries(keys.map((key) => [key, word(key)])) as Record<K, string>;
  return {
    personasTable: pdf('personasTable'),
    colPersonaName: pdf('colPersonaName'),
    colPersonaWho: pdf('colPersonaWho'),
    personaEmotionsTable: pdf('personaEmotionsTable'),
    measuresTable: pdf('measuresTable'),
    measuresByStage: pdf('measuresByStage'),
    measuresByFunction: pdf('measuresByFunction'),
    measuresNote: pdf('measuresNote'),
    wholeJourney: t('panels.summary.whole'),
    colEvidence: pdf('colEvidence'),
    colDelivered: pdf('colDelivered'),
    colGroup: pdf('colGroup'),
    colTouchpoints: t('present.statTouchpoints'),
    colMonthlyCost: t('panels.summary.colMonthlyCost'),
    behindTable: pdf('behindTable'),
    colBackstage: t('panels.measures.backstage'),
    colSupport: t('panels.measures.support'),
    actionPlan: pdf('actionPlan'),
    colOpportunity: pdf('colOpportunity'),
    colPainPoint: pdf('colPainPoint'),
    colPriority: pdf('colPriority'),
    colStatus: pdf('colStatus'),
    legendEvidence: pdf('legendEvidence'),
    kpi: map<KpiField>(KPI_FIELDS, (field) => t(`exported.csv.${field}`, { currency })),
    evidence: map<EvidenceLevel>(EVIDENCE_LEVELS, (level) => t(`exported.csv.evidenceLevels.${level}`)),
    evidenceExplained: {
      assumed: pdf('evidenceAssumed'),
      observed: pdf('evidenceObserved'),
      measured: pdf('evidenceMeasured'),
    } as Record<EvidenceLevel, string>,
    priority: map<Priority>(PRIORITIES, (p) => t(`panels.opportunities.priorities.${p}`)),
    status: map<OpportunityStatus>(OPPORTUNITY_STATUSES, (s) => t(`panels.opportunities.statuses.${s}`)),
  };
}

export type MeasureStrings = ReturnType<typeof measureStrings>;

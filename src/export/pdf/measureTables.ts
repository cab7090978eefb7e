import { journeyOrder } from '../../domain/emotionCurve';
import { EMOTIONS, type Touchpoint } from '../../domain/journey';
import { LIMITS } from '../../domain/limits';
import { emotionFor, personaLabel } from '../../domain/personas';
import { EMOTION_LABELS } from '../../domain/vocabulary';
import { formatKpi, formatKpiSummary } from '../../domain/kpiFormat';
import { hasKpis, kpisByFunction, kpisByStage, summarizeKpis, type KpiSummary } from '../../domain/kpiSummary';
import { KPI_FIELDS, PRIORITIES } from '../../domain/fields';
import type { TableSpec } from './appendixTables';
import type { PdfModel } from './model';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function title(model: PdfModel, t: Touchpoint): string {
  return t.title.trim() || model.strings.untitledTouchpoint;
}

/** The journey's personas, named and described: whose emotions the map holds. */
function personasTable(model: PdfModel): TableSpec {
  const m = model.measures;
  return {
    title: m.personasTable,
    columns: [
      { header: m.colPersonaName, weight: 1.2 },
      { header: m.colPersonaWho, weight: 4 },
    ],
    groups: [
      {
        heading: '',
        rows: model.journey.personas.map((p, i) => [
          personaLabel(p.name, i + 1, model.strings.personaNumbered),
          p.description.trim() || '—',
        ]),
      },
    ],
  };
}

/**
 * Each persona's emotion at each touchpoint, one column per persona (the main one first, up to the
 * journey's limit of personas), in journey order: the curves of the map as figures. Only for a journey with
 * more than one persona, and only touchpoints some persona rated.
 */
function personaEmotionsTable(model: PdfModel): TableSpec[] {
  const { journey, locale, measures: m } = model;
  const personas = journey.personas.slice(0, LIMITS.personas);
  if (personas.length < 2) return [];
  const rated = journeyOrder(journey)
    .map((t) => ({ t, emotions: personas.map((p) => emotionFor(journey, t, p.id)) }))
    .filter(({ emotions }) => emotions.some((e) => e !== null));
  if (rated.length === 0) return [];
  const scale = EMOTIONS.map((e) => `${signed(e)} ${EMOTION_LABELS[e][locale]}`).join(' · ');
  return [
    {
      title: m.personaEmotionsTable,
      columns: [
        { header: model.strings.colTouchpoint, weight: 2.6 },
        ...personas.map((p, i) => ({
          header: personaLabel(p.name, i + 1, model.strings.personaNumbered),
          weight: 1,
          align: 'right' as const,
        })),
      ],
      groups: [
        {
          heading: scale,
          rows: rated.map(({ t, emotions }) => [
            title(model, t),
            ...emotions.map((e) => (e === null ? '' : signed(e))),
          ]),
        },
      ],
    },
  ];
}

/** Each measured touchpoint's evidence, delivered score and KPIs, in journey order. */
function touchpointMeasuresTable(model: PdfModel): TableSpec[] {
  const { journey, locale, measures: m } = model;
  const measured = journeyOrder(journey).filter(
    (t) => t.delivered !== null || t.evidence !== 'assumed' || KPI_FIELDS.some((f) => t[f] !== null),
  );
  if (measured.length === 0) return [];
  return [
    {
      title: m.measuresTable,
      columns: [
        { header: model.strings.colTouchpoint, weight: 2.6 },
        { header: m.colEvidence, weight: 1.1 },
        { header: m.colDelivered, weight: 0.9, align: 'right' },
        ...KPI_FIELDS.map((f) => ({ header: m.kpi[f], weight: 1, align: 'right' as const })),
      ],
      groups: [
        {
          heading: '',
          rows: measured.map((t) => [
            title(model, t),
            m.evidence[t.evidence],
            t.delivered === null ? '' : signed(t.delivered),
            ...KPI_FIELDS.map((f) => formatKpi(f, t[f], locale, journey.currency)),
          ]),
        },
      ],
    },
  ];
}

/**
 * KPIs added up per stage, then for the whole journey, and per owning function (kpiSummary.ts), when anything
 * is measured: the Measures dialog's tables, with its figures.
 */
function kpiSummaryTables(model: PdfModel): TableSpec[] {
  const { journey, locale, measures: m } = model;
  const stageRows = kpisByStage(journey).map((g, i) => ({
    label: journey.stages[i].name.trim() || model.strings.stageNumbered(i + 1),
    summary: g.summary,
  }));
  const functionRows = kpisByFunction(journey).map((g) => ({
    label:
      g.functionId === null
        ? model.strings.noFunction
        : (model.functionOf({ functionId: g.functionId } as Touchpoint)?.label ?? g.functionId),
    summary: g.summary,
  }));
  if (!stageRows.some((r) => hasKpis(r.summary))) return [];
  // The dialog's last row, from the same sum over every touchpoint.
  const whole = { label: m.wholeJourney, summary: summarizeKpis(journey.touchpoints) };
  const table = (tableTitle: string, rows: { label: string; summary: KpiSummary }[]): TableSpec => ({
    title: tableTitle,
    columns: [
      { header: m.colGroup, weight: 2.2 },
      { header: m.colTouchpoints, weight: 1, align: 'right' },
      { header: m.kpi.kpiVolume, weight: 1.2, align: 'right' },
      { header: m.colMonthlyCost, weight: 1.4, align: 'right' },
      { header: m.kpi.kpiNps, weight: 1.6, align: 'right' },
      { header: m.kpi.kpiCsat, weight: 1, align: 'right' },
      { header: m.kpi.kpiFcr, weight: 1, align: 'right' },
      { header: m.kpi.kpiCes, weight: 1, align: 'right' },
    ],
    groups: [
      {
        heading: m.measuresNote,
        rows: rows
          .filter((r) => hasKpis(r.summary))
          .map(({ label, summary }) => {
            const text = formatKpiSummary(summary, locale, journey.currency);
            return [
              label,
              String(summary.touchpoints),
              text.volume,
              text.monthlyCost,
              text.nps,
              text.csat,
              text.fcr,
              text.ces,
            ];
          }),
      },
    ],
  });
  return [table(m.measuresByStage, [...stageRows, whole]), table(m.measuresByFunction, functionRows)];
}

/** Backstage actions and support processes of each touchpoint that has them, in journey order. */
function behindTable(model: PdfModel): TableSpec[] {
  const m = model.measures;
  const rows = journeyOrder(model.journey)
    .filter((t) => t.backstage.trim() !== '' || t.support.trim() !== '')
    .map((t) => [title(model, t), t.backstage.trim() || '—', t.support.trim() || '—']);
  if (rows.length === 0) return [];
  return [
    {
      title: m.behindTable,
      columns: [
        { header: model.strings.colTouchpoint, weight: 2 },
        { header: m.colBackstage, weight: 3 },
        { header: m.colSupport, weight: 3 },
      ],
      groups: [{ heading: '', rows }],
    },
  ];
}

/**
 * The action plan: every opportunity, grouped by its owning function (in the blueprint's lane order, those
 * without one last), highest priority first.
 */
function actionPlanTable(model: PdfModel): TableSpec[] {
  const { journey, measures: m } = model;
  if (journey.opportunities.length === 0) return [];
  const touchpoint = new Map(journey.touchpoints.map((t) => [t.id, t]));
  const laneOrder = new Map(model.lanes.map((lane, i) => [lane.id, i]));
  const owners = [...new Set(journey.opportunities.map((o) => o.functionId))].sort(
    (a, b) => (laneOrder.get(a) ?? Infinity) - (laneOrder.get(b) ?? Infinity) || (a === null ? 1 : b === null ? -1 : 0),
  );
  return [
    {
      title: m.actionPlan,
      columns: [
        { header: m.colOpportunity, weight: 3.2 },
        { header: m.colPainPoint, weight: 2.4 },
        { header: m.colPriority, weight: 1 },
        { header: m.colStatus, weight: 1 },
      ],
      groups: owners.map((owner) => {
        const entry = owner === null ? undefined : model.functionOf({ functionId: owner } as Touchpoint);
        return {
          heading: entry?.label ?? (owner === null ? model.strings.noFunction : owner),
          color: entry?.color,
          rows: journey.opportunities
            .filter((o) => o.functionId === owner)
            .sort((a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority))
            .map((o) => {
              const pain = touchpoint.get(o.touchpointId);
              return [
                o.title.trim() || '—',
                pain ? title(model, pain) : '—',
                m.priority[o.priority],
                m.status[o.status],
              ];
            }),
        };
      }),
    },
  ];
}

/**
 * The appendix tables of the measured experience: personas and their emotions, KPIs, behind the scenes and
 * the action plan.
 */
export function measureTables(model: PdfModel): TableSpec[] {
  return [
    personasTable(model),
    ...personaEmotionsTable(model),
    ...touchpointMeasuresTable(model),
    ...kpiSummaryTables(model),
    ...behindTable(model),
    ...actionPlanTable(model),
  ];
}

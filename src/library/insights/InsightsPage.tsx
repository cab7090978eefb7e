import { ArrowLeft } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  cellKey,
  computeInsights,
  DEFAULT_FILTER,
  personaNames,
  type HeatmapCell,
  type InsightsFilter,
  type InsightsJourney,
} from '../../domain/insights';
import { AppHeader } from '../../ui/AppHeader';
import { useLocale } from '../../ui/useLocale';
import { InsightsDetail, type InsightsSelection } from './InsightsDetail';
import { InsightsExport } from './InsightsExport';
import { InsightsFilters } from './InsightsFilters';
import { InsightsHeatmap } from './InsightsHeatmap';
import { HandoffList, TouchpointList, UniversalPainsList } from './InsightsLists';
import { useInsightsJourneys } from './useInsightsJourneys';
import '../LibraryPage.css';
import './InsightsPage.css';

/** The insights page (`/insights`): what every journey in the library says together (domain/insights). */
export function InsightsPage() {
  const { t } = useTranslation();
  const loaded = useInsightsJourneys();
  return (
    <div className="page">
      <AppHeader />
      <main id="main" className="library insights">
        <div className="library__top">
          <Link to="/" className="button button--ghost" data-testid="back-to-library">
            <ArrowLeft size={16} aria-hidden="true" />
            {t('insights.back')}
          </Link>
          <h1>{t('insights.title')}</h1>
        </div>
        {loaded.status === 'loading' && (
          <p role="status" aria-busy="true">
            {t('insights.loading')}
          </p>
        )}
        {loaded.status === 'error' && (
          <p className="alert alert--error" role="alert">
            {t('insights.loadFailed', { message: loaded.message })}
          </p>
        )}
        {loaded.status === 'ready' && <InsightsBody journeys={loaded.journeys} unreadable={loaded.unreadable} />}
      </main>
    </div>
  );
}

function InsightsBody({ journeys, unreadable }: { journeys: InsightsJourney[]; unreadable: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [filter, setFilter] = useState<InsightsFilter>(DEFAULT_FILTER);
  const [selection, setSelection] = useState<InsightsSelection | null>(null);
  const none = t('insights.none');
  // Journeys by name, so every list and cell reads them in the order the library's reader expects.
  const byName = useMemo(
    () => [...journeys].sort((a, b) => a.name.localeCompare(b.name, locale) || (a.id < b.id ? -1 : 1)),
    [journeys, locale],
  );
  const insights = useMemo(() => timedInsights(byName, filter, locale, none), [byName, filter, locale, none]);
  const personas = useMemo(() => personaNames(byName, locale), [byName, locale]);
  const listed = useMemo(() => byName.map(({ id, name }) => ({ id, name })), [byName]);
  const filterLine = describeFilter(filter, journeys, t);
  const changeFilter = (next: InsightsFilter) => {
    setFilter(next);
    setSelection(null);
  };
  const selectCell = (cell: HeatmapCell) => {
    const { vocabulary } = insights;
    setSelection({
      key: cellKey(cell.channel, cell.function),
      title: t('insights.detail.title', {
        channel: vocabulary.channelLabel(cell.channel),
        function: vocabulary.functionLabel(cell.function),
      }),
      items: cell.items,
      kpis: cell.kpis,
    });
  };
  return (
    <>
      <InsightsFilters filter={filter} onChange={changeFilter} personas={personas} journeys={listed} />
      <div className="insights__bar">
        <p className="insights__scope" role="status" data-testid="insights-scope">
          {t('insights.scope', {
            journeys: t('insights.journeys', { count: insights.journeyCount }),
            touchpoints: t('insights.touchpoints', { count: insights.touchpointCount }),
          })}
        </p>
        <InsightsExport insights={insights} filterLine={filterLine} />
      </div>
      {unreadable > 0 && (
        <p className="alert alert--info" role="status">
          {t('insights.unreadable', { count: unreadable })}
        </p>
      )}
      {insights.journeyCount === 0 && <p className="empty">{t('insights.empty')}</p>}
      <div className="insights__grid">
        <InsightsHeatmap
          heatmap={insights.heatmap}
          vocabulary={insights.vocabulary}
          selected={selection?.key ?? null}
          onSelect={selectCell}
        />
        {selection && <InsightsDetail selection={selection} onClose={() => setSelection(null)} />}
      </div>
      <UniversalPainsList pains={insights.universalPains} vocabulary={insights.vocabulary} onSelect={setSelection} />
      <HandoffList handoffs={insights.handoffs} vocabulary={insights.vocabulary} onSelect={setSelection} />
      <TouchpointList kind="moments" items={insights.moments} vocabulary={insights.vocabulary} />
      <TouchpointList kind="pains" items={insights.pains} vocabulary={insights.vocabulary} />
    </>
  );
}

/** computeInsights, leaving a User Timing entry that the insights benchmark reads (scripts/bench/insights.mjs). */
function timedInsights(...args: Parameters<typeof computeInsights>) {
  const started = performance.now();
  const insights = computeInsights(...args);
  performance.measure('recorrido:insights:compute', { start: started });
  return insights;
}

/** The filters in words, for the exports: "Filters: Persona Ana · To-be · 2 journeys chosen". */
function describeFilter(
  filter: InsightsFilter,
  journeys: readonly InsightsJourney[],
  t: ReturnType<typeof useTranslation>['t'],
): string {
  const parts: string[] = [];
  if (filter.personaName !== null) parts.push(`${t('insights.filters.persona')}: ${filter.personaName}`);
  if (filter.state !== null) parts.push(t(`insights.states.${filter.state}`));
  if (filter.journeyIds !== null) {
    const chosen = new Set(filter.journeyIds);
    const names = journeys.filter((j) => chosen.has(j.id)).map((j) => j.name.trim() || t('insights.untitledJourney'));
    parts.push(`${t('insights.filters.journeys')}: ${names.join(', ')}`);
  }
  return parts.length === 0
    ? t('insights.report.noFilters')
    : t('insights.report.filters', { filters: parts.join(' · ') });
}

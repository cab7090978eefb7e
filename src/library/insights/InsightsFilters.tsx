import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_FILTER, isDefaultFilter, type InsightsFilter } from '../../domain/insights';
import type { Journey } from '../../domain/journey';
import { JOURNEY_STATES, type JourneyState } from '../../domain/fields';

interface Props {
  filter: InsightsFilter;
  onChange: (filter: InsightsFilter) => void;
  personas: string[];
  journeys: readonly Pick<Journey, 'id' | 'name'>[];
}

/** Persona, state and a selection of journeys: each narrows what the insights read. */
export function InsightsFilters({ filter, onChange, personas, journeys }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const chosen = new Set(filter.journeyIds ?? []);
  const toggle = (journeyId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(journeyId);
    else next.delete(journeyId);
    onChange({
      ...filter,
      journeyIds: next.size === 0 ? null : journeys.filter((j) => next.has(j.id)).map((j) => j.id),
    });
  };
  const untouched = isDefaultFilter(filter);
  return (
    <section className="insights-filters" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('insights.filters.title')}
      </h2>
      <label>
        {t('insights.filters.persona')}
        <select
          data-testid="insights-filter-persona"
          value={filter.personaName ?? ''}
          onChange={(e) => onChange({ ...filter, personaName: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">{t('insights.filters.anyPersona')}</option>
          {personas.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('insights.filters.state')}
        <select
          data-testid="insights-filter-state"
          value={filter.state ?? ''}
          onChange={(e) =>
            onChange({ ...filter, state: e.target.value === '' ? null : (e.target.value as JourneyState) })
          }
        >
          <option value="">{t('insights.filters.anyState')}</option>
          {JOURNEY_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`insights.states.${state}`)}
            </option>
          ))}
        </select>
      </label>
      <details className="insights-filters__journeys">
        <summary data-testid="insights-filter-journeys">
          {filter.journeyIds === null
            ? t('insights.filters.allJourneys')
            : t('insights.filters.chosenJourneys', { count: filter.journeyIds.length })}
        </summary>
        <fieldset>
          <legend>{t('insights.filters.journeys')}</legend>
          {journeys.map((journey) => (
            <label key={journey.id} className="insights-filters__journey">
              <input
                type="checkbox"
                data-testid="insights-filter-journey"
                data-journey-id={journey.id}
                checked={chosen.has(journey.id)}
                onChange={(e) => toggle(journey.id, e.target.checked)}
              />
              {journey.name.trim() || t('insights.untitledJourney')}
            </label>
          ))}
        </fieldset>
      </details>
      <button
        type="button"
        className="button button--ghost"
        disabled={untouched}
        onClick={() => onChange(DEFAULT_FILTER)}
      >
        {t('insights.filters.clear')}
      </button>
    </section>
  );
}

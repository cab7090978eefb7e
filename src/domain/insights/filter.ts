import type { Persona } from '../journey';
import { personaKey } from '../personas';
import type { JourneyState } from '../fields';

/**
 * Which journeys the insights read. Every field narrows: `personaName` keeps the journeys mapped for a
 * persona of that name (compared trimmed, ignoring case and accents, so "Ana" finds "ana " and "Ána"),
 * `state` keeps as-is or to-be journeys, `journeyIds` keeps a chosen selection. Null leaves a field open.
 */
export interface InsightsFilter {
  personaName: string | null;
  state: JourneyState | null;
  journeyIds: readonly string[] | null;
}

/** Every journey in the library. */
export const NO_FILTER: InsightsFilter = { personaName: null, state: null, journeyIds: null };

/**
 * What the insights page reads first: the journeys as customers live them today. A to-be starts as a copy of
 * its as-is, so reading both would count each of its touchpoints twice and call every pain of a redesigned
 * journey "universal" (two journeys); the redesigns are one choice of the state filter away.
 */
export const DEFAULT_FILTER: InsightsFilter = { ...NO_FILTER, state: 'as-is' };

/** Whether a filter is the page's default. */
export function isDefaultFilter(filter: InsightsFilter): boolean {
  return filter.personaName === null && filter.state === DEFAULT_FILTER.state && filter.journeyIds === null;
}

/** What the filter reads of a journey's personas: their ids and names. */
type WithPersonas = { personas: readonly Pick<Persona, 'id' | 'name'>[] };

/** The persona of a journey the filter names, or undefined (also when the filter names none). */
export function filteredPersonaId(journey: WithPersonas, personaName: string | null): string | undefined {
  if (personaName === null) return undefined;
  const wanted = personaKey(personaName);
  return journey.personas.find((p) => personaKey(p.name) === wanted)?.id;
}

/** The journeys the filter keeps, in the order given. */
export function filterJourneys<J extends WithPersonas & { id: string; state: JourneyState }>(
  journeys: readonly J[],
  filter: InsightsFilter,
): J[] {
  const chosen = filter.journeyIds === null ? null : new Set(filter.journeyIds);
  return journeys.filter(
    (j) =>
      (chosen === null || chosen.has(j.id)) &&
      (filter.state === null || j.state === filter.state) &&
      (filter.personaName === null || filteredPersonaId(j, filter.personaName) !== undefined),
  );
}

/**
 * Every persona name the journeys use, once each (the first spelling met), sorted for a filter's list;
 * unnamed personas are left out.
 */
export function personaNames(journeys: readonly WithPersonas[], locale: string): string[] {
  const byKey = new Map<string, string>();
  for (const journey of journeys) {
    for (const persona of journey.personas) {
      const key = personaKey(persona.name);
      if (key !== '' && !byKey.has(key)) byKey.set(key, persona.name.trim());
    }
  }
  return [...byKey.values()].sort(new Intl.Collator(locale, { sensitivity: 'base' }).compare);
}

import { defineCommand } from './command';

/** Longest journey name kept; longer input is cut here so the library card and PDF cover stay legible. */
export const MAX_JOURNEY_NAME_LENGTH = 120;

/** Renames the journey. Typing into the name field merges into one undo step. */
export const renameJourney = defineCommand<{ name: string }>({
  id: 'journey.rename',
  mergeKey: () => 'journey.name',
  apply: (draft, { name }) => {
    draft.name = name.slice(0, MAX_JOURNEY_NAME_LENGTH);
  },
});

/** A journey name as typed, trimmed and cut to length; null when nothing is left of it. */
export function normalizeJourneyName(input: string): string | null {
  const name = input.trim().replace(/\s+/g, ' ').slice(0, MAX_JOURNEY_NAME_LENGTH);
  return name === '' ? null : name;
}

/** Sets the journey's description or persona; typing merges into one undo step per field. */
export const updateJourneyDetails = defineCommand<{ description?: string; persona?: string }>({
  id: 'journey.details',
  mergeKey: (fields) => `journey-details:${Object.keys(fields).sort().join(',')}`,
  apply: (draft, { description, persona }) => {
    if (description !== undefined) draft.description = description;
    if (persona !== undefined) draft.persona = persona;
  },
});

import { cutText, LIMITS } from '../limits';
import { defineCommand } from './command';

/** Renames the journey. Typing into the name field merges into one undo step. */
export const renameJourney = defineCommand<{ name: string }>({
  id: 'journey.rename',
  mergeKey: () => 'journey.name',
  apply: (draft, { name }) => {
    draft.name = cutText(name, LIMITS.journeyName);
  },
});

/** A journey name as typed, trimmed and cut to length; null when nothing is left of it. */
export function normalizeJourneyName(input: string): string | null {
  const name = cutText(input.trim().replace(/\s+/g, ' '), LIMITS.journeyName);
  return name === '' ? null : name;
}

/** Sets the journey's description or currency; typing merges into one undo step per field. */
export const updateJourneyDetails = defineCommand<{ description?: string; currency?: string }>({
  id: 'journey.details',
  mergeKey: (fields) => `journey-details:${Object.keys(fields).sort().join(',')}`,
  apply: (draft, { description, currency }) => {
    if (description !== undefined) draft.description = cutText(description, LIMITS.longText);
    if (currency !== undefined && /^[A-Z]{3}$/.test(currency)) draft.currency = currency;
  },
});

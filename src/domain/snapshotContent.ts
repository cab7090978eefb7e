import type { Journey } from './journey';
import { JOURNEY_FIELDS, JOURNEY_LISTS, type JourneyField, type JourneyList } from './fields';

type ContentField = Exclude<JourneyField, 'id' | 'createdAt' | 'updatedAt'> | JourneyList;

/** What a version of a journey is made of: everything but its id and timestamps (from the schema). */
export const CONTENT_FIELDS: readonly ContentField[] = [
  ...JOURNEY_FIELDS.filter(
    (f): f is Exclude<JourneyField, 'id' | 'createdAt' | 'updatedAt'> => !['id', 'createdAt', 'updatedAt'].includes(f),
  ),
  ...JOURNEY_LISTS,
];

/** JSON with object keys sorted, so two equal values give one string whatever their key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** True when two journeys hold the same content field. */
export function sameField(a: Journey, b: Journey, field: ContentField): boolean {
  return a[field] === b[field] || stableJson(a[field]) === stableJson(b[field]);
}

/** True when two journeys hold the same content, ids and timestamps aside. */
export function sameContent(a: Journey, b: Journey): boolean {
  return CONTENT_FIELDS.every((field) => sameField(a, b, field));
}

import * as Y from 'yjs';
import type { Journey } from '../domain/journey';
import { JOURNEY_FIELDS, JOURNEY_LISTS, type JourneyField, type JourneyList } from '../domain/fields';

/**
 * How a journey is laid out in a Yjs document (the shape every client of a shared journey agrees on):
 *
 * - `meta`: a Y.Map of the journey's own fields (id, name, description, personas, createdAt, updatedAt...),
 *   and `formatVersion`, the journey format version the document was written in (absent: version 1);
 * - one Y.Map per list (`stages`, `touchpoints`, `connections`, `customChannels`, `customFunctions`)
 *   holding each element as a Y.Map of its fields, keyed by the element's id, so two people editing
 *   different fields of one touchpoint both keep their edit;
 * - one Y.Array of ids per list (`stages.order`...) for the order, so concurrent additions interleave
 *   instead of overwriting each other. No big shared arrays of objects (see STYLE.md, "Sharing").
 *
 * Field values are plain JSON (strings, numbers, booleans, null, and a touchpoint's {x, y} position),
 * each last-writer-wins. A record field whose entries people edit apart (a touchpoint's `personaEmotions`,
 * one entry per persona) is split: each entry is its own key, `personaEmotions.<personaId>`, so two people
 * setting different personas' emotions on one touchpoint at once both keep their edit (SPLIT_FIELDS).
 * Documents written before the split hold the whole record under `personaEmotions`; it stays as the base
 * the entries override (a null entry removes one of its entries), and is never written again.
 */
export const LISTS = JOURNEY_LISTS;
export type ListName = JourneyList;

/** The element type of each list. */
export type ElementOf<L extends ListName> = Journey[L][number];

/** The journey's own fields, kept in `meta` (from the schema: one definition of the journey). */
export const META_FIELDS = JOURNEY_FIELDS;
export type MetaField = JourneyField;

/**
 * The key in `meta` holding the journey format version (src/domain/format.ts) the document's shape follows.
 * Documents written before it existed hold version 1.
 */
export const FORMAT_VERSION_KEY = 'formatVersion';

/**
 * The text fields of each list's elements kept as a Y.Text, so two people typing into one field at once
 * both keep their words: an edit is written as the one splice that changed the text (domain/textSplice),
 * which Yjs merges character by character, where a plain string is last-writer-wins. `toJSON()` reads a
 * Y.Text as its string, so any reader sees plain text; but a client from before this change rereads only
 * elements whose own Y.Map changed, so it misses a Y.Text's later edits until it reads the document afresh
 * (README, known limits). A field still holding a string (older documents, or written by an older client)
 * becomes a Y.Text at its next edit. The fields people type into at length, in the inspector and the stage
 * headers.
 */
export const TEXT_FIELDS: Partial<Record<ListName, readonly string[]>> = {
  touchpoints: ['title', 'description', 'painNote', 'notes', 'backstage', 'support'],
  stages: ['name'],
};

/** The record fields of each list's elements kept as one key per entry (see above). */
export const SPLIT_FIELDS: Partial<Record<ListName, readonly string[]>> = { touchpoints: ['personaEmotions'] };

/** The key of one entry of a split field: `personaEmotions.<personaId>`. */
export function splitKey(field: string, entry: string): string {
  return `${field}.${entry}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An element's fields as its Y.Map holds them (`toJSON()`), with each split field joined back into its
 * record: the entries of an older document's whole record, overridden by the entry keys written since
 * (a null entry key removes the entry).
 */
export function joinSplitFields(list: ListName, fields: Record<string, unknown>): Record<string, unknown> {
  const split = SPLIT_FIELDS[list];
  if (!split) return fields;
  const out = { ...fields };
  for (const field of split) {
    const prefix = splitKey(field, '');
    const record: Record<string, unknown> = isRecord(fields[field]) ? { ...fields[field] } : {};
    for (const [key, value] of Object.entries(fields)) {
      if (!key.startsWith(prefix)) continue;
      if (value === null) delete record[key.slice(prefix.length)];
      else record[key.slice(prefix.length)] = value;
      delete out[key];
    }
    out[field] = record;
  }
  return out;
}

/** The Y.Map a list's elements live in, by id. */
export function elementsOf(doc: Y.Doc, list: ListName): Y.Map<Y.Map<unknown>> {
  return doc.getMap(list);
}

/** The Y.Array that orders a list's ids. */
export function orderOf(doc: Y.Doc, list: ListName): Y.Array<string> {
  return doc.getArray(`${list}.order`);
}

/** The Y.Map of the journey's own fields. */
export function metaOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

/** Every shared type of the journey, for an undo manager or an observer to watch. */
export function sharedTypes(doc: Y.Doc): Y.AbstractType<unknown>[] {
  return [
    metaOf(doc),
    ...LISTS.flatMap((list) => [elementsOf(doc, list), orderOf(doc, list)]),
  ] as Y.AbstractType<unknown>[];
}

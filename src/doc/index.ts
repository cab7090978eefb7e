/**
 * The Yjs side of a journey, in one module that loads with the editor or when storage needs it: the
 * library's first screen never pays for Yjs. See shape.ts for how a journey is laid out in a document.
 */
import * as Y from 'yjs';
import { JOURNEY_FORMAT, JOURNEY_FORMAT_VERSION, toJourneyFile } from '../domain/format';
import type { Journey } from '../domain/journey';
import { docToJourney } from './read';
import { FORMAT_VERSION_KEY, LISTS, metaOf, sharedTypes, type MetaField } from './shape';
import { journeyToDoc, writeJourney } from './write';

export { JourneyReader, docToJourney } from './read';
export { sharedTypes } from './shape';
export { journeyToDoc, writeJourney } from './write';
export { Y };

/** A journey as one Yjs update holding its whole state (what storage keeps and a new client receives). */
export function encodeJourney(journey: Journey): Uint8Array {
  return Y.encodeStateAsUpdate(journeyToDoc(journey));
}

/** The journey format version a document's shape follows (1 for documents older than the key). */
export function docFormatVersion(doc: Y.Doc): number {
  const version = metaOf(doc).get(FORMAT_VERSION_KEY);
  return typeof version === 'number' && Number.isInteger(version) ? version : 1;
}

/**
 * What a stored document holds, as a journey file for `restoreJourney`, the one path everything loaded
 * takes: `journey` as read when the document is in the current format; otherwise every field the document
 * has (a version-1 `persona` too, which the reader of the current shape skips), stamped with its own
 * version so restore migrates it.
 */
export function docJourneyFile(doc: Y.Doc, journey: Journey): unknown {
  const version = docFormatVersion(doc);
  if (version === JOURNEY_FORMAT_VERSION) return toJourneyFile(journey);
  const meta = metaOf(doc).toJSON() as Record<string, unknown>;
  delete meta[FORMAT_VERSION_KEY];
  const lists = Object.fromEntries(LISTS.map((list) => [list, journey[list]]));
  return { format: JOURNEY_FORMAT, version, journey: { ...meta, ...lists } };
}

/**
 * Brings a document of an earlier format version to the current one: writes the migrated journey over
 * what it held and stamps the version, in one transaction. Returns the update to store, or null when the
 * document was current already.
 */
export function upgradeDoc(doc: Y.Doc, before: Journey, migrated: Journey, origin?: unknown): Uint8Array | null {
  if (docFormatVersion(doc) === JOURNEY_FORMAT_VERSION) return null;
  let made: Uint8Array | null = null;
  const capture = (update: Uint8Array) => (made = update);
  doc.on('update', capture);
  try {
    doc.transact(() => {
      writeJourney(doc, before, migrated);
      metaOf(doc).set(FORMAT_VERSION_KEY, JOURNEY_FORMAT_VERSION);
    }, origin);
  } finally {
    doc.off('update', capture);
  }
  return made;
}

/** A document built from stored updates, with the journey it holds as plain data. */
export function decodeJourney(updates: readonly Uint8Array[], origin?: unknown): { doc: Y.Doc; journey: Journey } {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update);
  }, origin);
  return { doc, journey: docToJourney(doc) };
}

/** Several updates as one (for compaction and for saving a burst of edits in one write). */
export function mergeUpdates(updates: readonly Uint8Array[]): Uint8Array {
  return updates.length === 1 ? updates[0] : Y.mergeUpdates(updates as Uint8Array[]);
}

/**
 * Writes `after` into the document (which holds `before`) in one transaction and returns the update that
 * made, or null when nothing changed: how storage changes a journey outside the editor (e.g. a rename
 * from the library) without replacing anyone's concurrent edits.
 */
export function changeDoc(doc: Y.Doc, before: Journey, after: Journey, origin?: unknown): Uint8Array | null {
  let made: Uint8Array | null = null;
  const capture = (update: Uint8Array) => (made = update);
  doc.on('update', capture);
  try {
    doc.transact(() => writeJourney(doc, before, after), origin);
  } finally {
    doc.off('update', capture);
  }
  return made;
}

/**
 * Undo and redo for one user's own changes: only transactions whose origin is in `origins` are tracked, so
 * remote edits (another tab, another person) are never undone, and stay when this user undoes. Changes
 * closer together than `captureMs` merge into one step unless stopCapturing() is called between them.
 */
export function createUndoManager(doc: Y.Doc, origins: readonly unknown[], captureMs: number): Y.UndoManager {
  return new Y.UndoManager(sharedTypes(doc), { trackedOrigins: new Set(origins), captureTimeout: captureMs });
}

/** Sets one of the journey's own fields (name, updatedAt...) in the document; call inside a transaction. */
export function metaField(doc: Y.Doc, field: MetaField, value: string): void {
  metaOf(doc).set(field, value);
}

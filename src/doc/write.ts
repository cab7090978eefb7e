import * as Y from 'yjs';
import { JOURNEY_FORMAT_VERSION } from '../domain/format';
import type { Journey } from '../domain/journey';
import { jsonEqual } from '../domain/jsonEqual';
import {
  elementsOf,
  FORMAT_VERSION_KEY,
  LISTS,
  META_FIELDS,
  metaOf,
  orderOf,
  SPLIT_FIELDS,
  splitKey,
  type ListName,
} from './shape';

type Element = { id: string } & Record<string, unknown>;

/** Turns the doc's order of ids into `wanted` with deletions and insertions only where they differ. */
function writeOrder(order: Y.Array<string>, wanted: readonly string[]): void {
  const keep = new Set(wanted);
  const current = order.toArray();
  // Deletions from the end, so earlier indices stay valid; duplicates (two concurrent moves) go too.
  const seen = new Set<string>();
  const firstIndex = new Map<string, number>();
  current.forEach((id, i) => {
    if (!seen.has(id)) firstIndex.set(id, i);
    seen.add(id);
  });
  for (let i = current.length - 1; i >= 0; i--) {
    const id = current[i];
    if (!keep.has(id) || firstIndex.get(id) !== i) {
      order.delete(i, 1);
      current.splice(i, 1);
    }
  }
  for (let i = 0; i < wanted.length; i++) {
    const id = wanted[i];
    if (current[i] === id) continue;
    const at = current.indexOf(id, i);
    if (at >= 0) {
      order.delete(at, 1);
      current.splice(at, 1);
    }
    order.insert(i, [id]);
    current.splice(i, 0, id);
  }
}

const asRecord = (value: unknown) =>
  (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;

/**
 * Writes a split field (shape.ts) entry by entry: only the entries the edit set or changed, so an edit
 * never rewrites (and so never races) another person's entry. An entry the edit removed is deleted, or, when
 * an older document's whole record still holds it, covered by a null entry (that record is never rewritten:
 * rewriting it would race every concurrent edit of its entries).
 */
function writeSplitField(element: Y.Map<unknown>, field: string, old: unknown, value: unknown): void {
  const before = asRecord(old);
  const after = asRecord(value);
  for (const [entry, v] of Object.entries(after)) {
    if (!jsonEqual(before[entry], v)) element.set(splitKey(field, entry), v);
  }
  const legacy = asRecord(element.get(field));
  for (const entry of Object.keys(before)) {
    if (entry in after) continue;
    if (entry in legacy) element.set(splitKey(field, entry), null);
    else element.delete(splitKey(field, entry));
  }
}

function writeList(doc: Y.Doc, list: ListName, before: readonly Element[], after: readonly Element[]): void {
  const elements = elementsOf(doc, list);
  const split = new Set(SPLIT_FIELDS[list] ?? []);
  const isSplitKey = (key: string) => [...split].some((field) => key.startsWith(splitKey(field, '')));
  const previous = new Map(before.map((e) => [e.id, e]));
  const kept = new Set(after.map((e) => e.id));
  for (const e of before) if (!kept.has(e.id)) elements.delete(e.id);
  for (const e of after) {
    const old = previous.get(e.id);
    if (old === e && elements.has(e.id)) continue;
    let element = elements.get(e.id);
    if (!element) {
      element = new Y.Map<unknown>();
      elements.set(e.id, element);
    }
    for (const [field, value] of Object.entries(e)) {
      if (field === 'id') continue;
      if (split.has(field)) {
        if (!old || !jsonEqual(old[field], value) || element.has(field))
          writeSplitField(element, field, old?.[field], value);
      } else if (!old || !jsonEqual(old[field], value) || !element.has(field)) element.set(field, value);
    }
    // An optional field the edit removed (a cleared score) goes from the map too, or reading would bring
    // its old value back.
    for (const field of [...element.keys()]) if (!(field in e) && !isSplitKey(field)) element.delete(field);
  }
  const order = orderOf(doc, list);
  const ids = after.map((e) => e.id);
  if (order.length !== ids.length || order.toArray().some((id, i) => id !== ids[i])) writeOrder(order, ids);
}

/**
 * Writes what changed from `before` to `after` into the doc, field by field: the elements whose object
 * changed (immer's structural sharing makes that a reference check), the ones added and removed, and the
 * order. Call it inside `doc.transact(..., origin)` so the change is one update and one undo step.
 * `before` is what the doc held (null to write a whole journey into an empty doc).
 */
export function writeJourney(doc: Y.Doc, before: Journey | null, after: Journey): void {
  const meta = metaOf(doc);
  for (const field of META_FIELDS) {
    if (!before || before[field] !== after[field] || !meta.has(field)) meta.set(field, after[field]);
  }
  for (const list of LISTS) {
    const from = (before?.[list] ?? []) as readonly Element[];
    const to = after[list] as readonly Element[];
    if (before && from === to) continue;
    writeList(doc, list, from, to);
  }
}

/** A new Yjs document holding the journey. */
export function journeyToDoc(journey: Journey, doc: Y.Doc = new Y.Doc()): Y.Doc {
  doc.transact(() => {
    writeJourney(doc, null, journey);
    metaOf(doc).set(FORMAT_VERSION_KEY, JOURNEY_FORMAT_VERSION);
  });
  return doc;
}

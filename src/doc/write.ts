import * as Y from 'yjs';
import { JOURNEY_FORMAT_VERSION } from '../domain/format';
import type { Journey } from '../domain/journey';
import { jsonEqual } from '../domain/jsonEqual';
import { textSplice } from '../domain/textSplice';
import {
  elementsOf,
  FORMAT_VERSION_KEY,
  LISTS,
  META_FIELDS,
  metaOf,
  orderOf,
  SPLIT_FIELDS,
  splitKey,
  TEXT_FIELDS,
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

/**
 * Writes a text field (shape.ts, TEXT_FIELDS): into its Y.Text, the one splice from the text it holds to
 * `value`; a field holding a string or nothing gets a Y.Text with `value`. A value that is not a string
 * (a file's null) is set as it is.
 */
function writeTextField(element: Y.Map<unknown>, field: string, value: unknown): void {
  const current = element.get(field);
  if (typeof value !== 'string') {
    element.set(field, value);
    return;
  }
  if (!(current instanceof Y.Text)) {
    element.set(field, new Y.Text(value));
    return;
  }
  const { start, end, text } = textSplice(current.toString(), value);
  if (end > start) current.delete(start, end - start);
  if (text) current.insert(start, text);
}

/** Whether `after` holds the same ids in the same places as `before` (an edit of fields, as typing makes). */
function samePlaces(before: readonly Element[], after: readonly Element[]): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) if (after[i] !== before[i] && after[i].id !== before[i].id) return false;
  return true;
}

/** Writes the fields of one element that differ from `old` (all of them for a new element). */
function writeElement(elements: Y.Map<Y.Map<unknown>>, list: ListName, old: Element | undefined, e: Element): void {
  const split = SPLIT_FIELDS[list] ?? [];
  const texts = TEXT_FIELDS[list] ?? [];
  let element = elements.get(e.id);
  if (!element) {
    element = new Y.Map<unknown>();
    elements.set(e.id, element);
  }
  for (const [field, value] of Object.entries(e)) {
    if (field === 'id') continue;
    if (split.includes(field)) {
      if (!old || !jsonEqual(old[field], value) || element.has(field))
        writeSplitField(element, field, old?.[field], value);
    } else if (!old || !jsonEqual(old[field], value) || !element.has(field)) {
      if (texts.includes(field)) writeTextField(element, field, value);
      else element.set(field, value);
    }
  }
  // An optional field the edit removed (a cleared score) goes from the map too, or reading would bring
  // its old value back.
  const isSplitKey = (key: string) => split.some((field) => key.startsWith(splitKey(field, '')));
  for (const field of [...element.keys()]) if (!(field in e) && !isSplitKey(field)) element.delete(field);
}

function writeList(doc: Y.Doc, list: ListName, before: readonly Element[], after: readonly Element[]): void {
  const elements = elementsOf(doc, list);
  const order = orderOf(doc, list);
  // A keystroke changes one element of a list of thousands: then only the elements whose object changed are
  // looked at, by their place, and the order is checked by its length (what the document's order holds is
  // what `before` was read from), without maps of every id nor a copy of the order.
  if (samePlaces(before, after) && order.length === after.length) {
    for (let i = 0; i < after.length; i++) {
      if (after[i] !== before[i] || !elements.has(after[i].id)) writeElement(elements, list, before[i], after[i]);
    }
    return;
  }
  const previous = new Map(before.map((e) => [e.id, e]));
  const kept = new Set(after.map((e) => e.id));
  for (const e of before) if (!kept.has(e.id)) elements.delete(e.id);
  for (const e of after) {
    const old = previous.get(e.id);
    if (old !== e || !elements.has(e.id)) writeElement(elements, list, old, e);
  }
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

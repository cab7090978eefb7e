import * as Y from 'yjs';
import type { Contribution } from './contributions.ts';
import { CONTRIBUTION_PARTS, FACILITATOR_PARTS, contributionSchema } from './contributions.ts';

/** Why a write to the contributions document is refused (sent to the client; server/README.md). */
export type WriteRefusal = 'not-allowed' | 'invalid-contribution' | 'malformed-update';

/** The verdict on one incoming update: what it adds, or why it is refused. */
export type Verdict = { ok: true; contributions: Contribution[] } | { ok: false; reason: WriteRefusal };

/**
 * Who writes: `append` is a participant (new contributions only), `facilitate` an editor (present,
 * accepted), `read` a viewer (nothing new at all).
 */
export type WriterRole = 'append' | 'facilitate' | 'read';

/**
 * Where an item sits: directly in a root type (`sub` is its key in a map, null in an array), deeper in an
 * existing nested type of a root (`nested`), or in a type created by the same update (`inNew`); null when
 * it cannot be told.
 */
type Place = { root: string; sub: string | null; nested: boolean } | { inNew: Y.Item; sub: string | null } | null;

const NOT_ALLOWED = { ok: false, reason: 'not-allowed' } as const;

/** An update as Y.decodeUpdate reads it: structs (not integrated) and the delete set, client by client. */
interface DecodedUpdate {
  structs: Array<Y.Item | Y.GC | Y.Skip>;
  ds: { clients: Map<number, Array<{ clock: number; len: number }>> };
}

/**
 * The new structs of an update, per client, in clock order: what `doc` does not hold yet. Known structs
 * (a client re-sending what the server has) are skipped; a struct that overlaps the document's state or
 * leaves a gap after it would stay pending in Yjs, so the whole update is refused (null).
 */
function newStructs(doc: Y.Doc, structs: Array<Y.Item | Y.GC | Y.Skip>) {
  const byClient = new Map<number, Array<Y.Item | Y.GC>>();
  const next = new Map<number, number>();
  for (const struct of structs) {
    const { client, clock } = struct.id;
    const expected = next.get(client) ?? Y.getState(doc.store, client);
    if (clock + struct.length <= expected && !next.has(client)) continue;
    if (clock !== expected || struct instanceof Y.Skip) return null;
    next.set(client, clock + struct.length);
    const list = byClient.get(client) ?? [];
    list.push(struct);
    byClient.set(client, list);
  }
  return byClient;
}

/** The struct holding `id`, among the update's new structs. */
function findNew(fresh: Map<number, Array<Y.Item | Y.GC>>, id: Y.ID): Y.Item | Y.GC | undefined {
  return fresh.get(id.client)?.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length);
}

/** The name of a root type of `doc`, or null for a nested type. */
function rootName(doc: Y.Doc, type: Y.AbstractType<unknown>): string | null {
  if (type._item !== null) return null;
  for (const [name, shared] of doc.share) if (shared === type) return name;
  return null;
}

/** The root type a (possibly nested) integrated type lives in. */
function rootOf(doc: Y.Doc, type: Y.AbstractType<unknown>): string | null {
  let current: Y.AbstractType<unknown> = type;
  while (current._item !== null) {
    if (!(current._item.parent instanceof Y.AbstractType)) return null;
    current = current._item.parent;
  }
  return rootName(doc, current);
}

/** Where an item already in the document sits. */
function placeOfIntegrated(doc: Y.Doc, item: Y.Item): Place {
  if (!(item.parent instanceof Y.AbstractType)) return null;
  const name = rootName(doc, item.parent);
  if (name !== null) return { root: name, sub: item.parentSub, nested: false };
  const root = rootOf(doc, item.parent);
  return root === null ? null : { root, sub: null, nested: true };
}

/** The item holding `id` in the document, or undefined when the document has no such id. */
function integrated(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | undefined {
  if (id.clock >= Y.getState(doc.store, id.client)) return undefined;
  return Y.getItem(doc.store, id) as Y.Item | Y.GC;
}

/**
 * Resolves where each new item goes, the way Yjs will when it integrates it: an explicit parent (a root
 * type's name or a type's item), or else the parent of its left or right neighbour.
 */
function placer(doc: Y.Doc, fresh: Map<number, Array<Y.Item | Y.GC>>) {
  const memo = new Map<Y.Item, Place>();
  const place = (item: Y.Item, depth = 0): Place => {
    if (memo.has(item)) return memo.get(item)!;
    let result: Place = null;
    const parent = item.parent as unknown;
    if (typeof parent === 'string') result = { root: parent, sub: item.parentSub, nested: false };
    else if (parent instanceof Y.ID) {
      const inUpdate = findNew(fresh, parent);
      const known = inUpdate ? undefined : integrated(doc, parent);
      if (inUpdate instanceof Y.Item && inUpdate.content instanceof Y.ContentType) {
        result = { inNew: inUpdate, sub: item.parentSub };
      } else if (known instanceof Y.Item && known.content instanceof Y.ContentType) {
        const root = rootOf(doc, known.content.type);
        result = root === null ? null : { root, sub: null, nested: true };
      }
    } else {
      const neighbour = item.origin ?? item.rightOrigin;
      const inUpdate = neighbour ? findNew(fresh, neighbour) : undefined;
      const known = neighbour && !inUpdate ? integrated(doc, neighbour) : undefined;
      // A chain of neighbours within one update is at most as long as the update.
      if (inUpdate instanceof Y.Item && depth < 100_000) result = place(inUpdate, depth + 1);
      else if (known instanceof Y.Item) result = placeOfIntegrated(doc, known);
    }
    memo.set(item, result);
    return result;
  };
  return place;
}

const isNested = (place: Place) => !!place && 'root' in place && place.nested;

/** The one plain value a map entry holds, or undefined when it holds something else (a type, text...). */
function plainValue(item: Y.Item): { value: unknown } | undefined {
  if (item.content instanceof Y.ContentAny && item.content.arr.length === 1) return { value: item.content.arr[0] };
  return undefined;
}

/** Participants: each new item is a contribution (a Y.Map appended to `items`) or one field of one. */
function checkAppend(doc: Y.Doc, update: DecodedUpdate, maxNoteChars: number): Verdict {
  const fresh = newStructs(doc, update.structs);
  if (!fresh || !deletionsAllowed(doc, update, fresh, () => false)) return NOT_ALLOWED;
  const place = placer(doc, fresh);
  const maps = new Map<Y.Item, Record<string, unknown>>();
  const fields: Array<[Y.Item, string, Y.Item]> = [];
  for (const structs of fresh.values()) {
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) return NOT_ALLOWED;
      const where = place(struct);
      if (!where || isNested(where)) return NOT_ALLOWED;
      if ('root' in where) {
        const isMap = struct.content instanceof Y.ContentType && struct.content.type instanceof Y.Map;
        if (where.root !== CONTRIBUTION_PARTS.items || where.sub !== null || !isMap) return NOT_ALLOWED;
        maps.set(struct, {});
      } else {
        if (where.sub === null) return NOT_ALLOWED;
        fields.push([where.inNew, where.sub, struct]);
      }
    }
  }
  for (const [map, key, item] of fields) {
    const record = maps.get(map);
    const value = plainValue(item);
    if (!record || !value || Object.hasOwn(record, key)) return NOT_ALLOWED;
    record[key] = value.value;
  }
  const schema = contributionSchema(maxNoteChars);
  const contributions: Contribution[] = [];
  for (const record of maps.values()) {
    const parsed = schema.safeParse(record);
    if (!parsed.success) return { ok: false, reason: 'invalid-contribution' };
    contributions.push(parsed.data);
  }
  return { ok: true, contributions };
}

/** Viewers: an update is fine only if it adds nothing (a client re-sending what the server has). */
function checkRead(doc: Y.Doc, update: DecodedUpdate): Verdict {
  const fresh = newStructs(doc, update.structs);
  if (!fresh || fresh.size > 0 || !deletionsAllowed(doc, update, fresh, () => false)) return NOT_ALLOWED;
  return { ok: true, contributions: [] };
}

/**
 * Whether every deletion of the update is allowed. Deleting what is already deleted changes nothing and
 * is always fine: a client's sync step 2 carries the whole delete set of its copy (the facilitator's
 * replaced `present` values, say), not only its own. Any other deleted item must pass `allow`.
 */
function deletionsAllowed(
  doc: Y.Doc,
  update: DecodedUpdate,
  fresh: Map<number, Array<Y.Item | Y.GC>>,
  allow: (item: Y.Item, isNew: boolean) => boolean,
): boolean {
  for (const [client, deletions] of update.ds.clients) {
    const known = doc.store.clients.get(client) ?? [];
    const state = Y.getState(doc.store, client);
    for (const { clock, len } of deletions) {
      let index = clock < state ? Y.findIndexSS(known, clock) : known.length;
      for (let at = clock; at < clock + len;) {
        const isNew = at >= state;
        const struct = isNew ? findNew(fresh, Y.createID(client, at)) : known[index++];
        if (!struct) return false;
        if (struct instanceof Y.Item && !struct.deleted && !allow(struct, isNew)) return false;
        at = struct.id.clock + struct.length;
      }
    }
  }
  return true;
}

/** Editors: entries of `present` and `accepted` (plain values), set, replaced or removed; nothing else. */
function checkFacilitate(doc: Y.Doc, update: DecodedUpdate): Verdict {
  const fresh = newStructs(doc, update.structs);
  if (!fresh) return NOT_ALLOWED;
  const place = placer(doc, fresh);
  const facilitators = (where: Place) =>
    !!where && 'root' in where && !isNested(where) && where.sub !== null && FACILITATOR_PARTS.includes(where.root);
  for (const structs of fresh.values()) {
    for (const struct of structs) {
      // A GC struct is content its writer already deleted: an empty placeholder, harmless anywhere.
      if (struct instanceof Y.GC) continue;
      if (!(struct instanceof Y.Item) || !facilitators(place(struct))) return NOT_ALLOWED;
      if (!plainValue(struct) && !(struct.content instanceof Y.ContentDeleted)) return NOT_ALLOWED;
    }
  }
  if (
    !deletionsAllowed(doc, update, fresh, (struct, isNew) =>
      facilitators(isNew ? place(struct) : placeOfIntegrated(doc, struct)),
    )
  ) {
    return NOT_ALLOWED;
  }
  return { ok: true, contributions: [] };
}

/**
 * Decides whether `update` may be applied to the contributions document `doc` for a writer of `role`,
 * by reading the update's structs and delete set before anything is applied (Y.decodeUpdate):
 *
 * - `append` (participants): only new Y.Maps inserted into `items`, each with plain-value fields created
 *   in the same update and valid as a contribution (server/contributions.ts); no deletion, no change to
 *   anything that exists, nothing in any other root type.
 * - `facilitate` (editors): only entries of `present` and `accepted` (plain values), set, replaced or
 *   removed; `items` and every other root type untouched.
 *
 * - `read` (viewers, and writers whose key was rotated away): nothing new at all.
 *
 * Deleting what is already deleted is a no-op and always allowed (a sync step 2 carries the sender's
 * whole delete set). Updates that would leave structs pending (gaps, overlaps with what the server
 * holds) are refused.
 */
export function checkContributionsUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  role: WriterRole,
  maxNoteChars: number,
): Verdict {
  let decoded: DecodedUpdate;
  try {
    decoded = Y.decodeUpdate(update) as unknown as DecodedUpdate;
  } catch {
    return { ok: false, reason: 'malformed-update' };
  }
  try {
    if (role === 'append') return checkAppend(doc, decoded, maxNoteChars);
    return role === 'facilitate' ? checkFacilitate(doc, decoded) : checkRead(doc, decoded);
  } catch {
    // A reference Yjs cannot follow (an id the document does not hold): refused, never a crash.
    return NOT_ALLOWED;
  }
}

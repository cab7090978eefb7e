import type * as Y from 'yjs';
import type { Journey } from '../domain/journey';
import { elementsOf, joinSplitFields, LISTS, META_FIELDS, metaOf, orderOf, type ListName } from './shape';

type Element = { id: string } & Record<string, unknown>;

/** Each list's place of every id, kept per array and handed on to the patched array (same ids, same places). */
const positions = new WeakMap<readonly Element[], ReadonlyMap<string, number>>();

function positionsOf(list: readonly Element[]): ReadonlyMap<string, number> {
  let found = positions.get(list);
  if (!found) {
    found = new Map(list.map((e, i) => [e.id, i]));
    positions.set(list, found);
  }
  return found;
}

/**
 * Reads a journey out of its Yjs document as plain data, and keeps reading it after each transaction
 * doing only the work the transaction calls for: an element whose Y.Map did not change keeps its object,
 * a list none of whose elements or order changed keeps its array. So the derived journey has the
 * structural sharing immer gives, and the canvas redraws only what changed.
 *
 * What it returns is what the document says, not yet checked: a merge of two people's edits can leave a
 * touchpoint in a stage someone else deleted. Callers repair it the one way files are repaired.
 */
export class JourneyReader {
  private readonly elements = new WeakMap<Y.Map<unknown>, Element>();
  private current: Journey | null = null;

  constructor(private readonly doc: Y.Doc) {}

  /** The journey as the document holds it; after a transaction, pass it to reread only what it changed. */
  read(transaction?: Y.Transaction): Journey {
    const previous = this.current;
    const changed: ReadonlyMap<unknown, unknown> | null =
      transaction && previous ? transaction.changedParentTypes : null;
    const meta = metaOf(this.doc);
    const journey = {} as Record<string, unknown>;
    if (previous && changed && !changed.has(meta)) {
      for (const field of META_FIELDS) journey[field] = previous[field];
    } else {
      for (const field of META_FIELDS) journey[field] = meta.get(field);
    }
    for (const list of LISTS) {
      const unchanged =
        previous && changed && !changed.has(elementsOf(this.doc, list)) && !changed.has(orderOf(this.doc, list));
      journey[list] = unchanged ? previous[list] : this.readList(list, changed, previous, transaction);
    }
    this.current = journey as Journey;
    return this.current;
  }

  private readList(
    list: ListName,
    changed: ReadonlyMap<unknown, unknown> | null,
    previous: Journey | null,
    transaction: Y.Transaction | undefined,
  ) {
    const before = previous?.[list] as readonly Element[] | undefined;
    const patched = before && transaction ? this.patchList(list, before, transaction) : null;
    if (patched) return patched;
    const elements = elementsOf(this.doc, list);
    const out: Element[] = [];
    const seen = new Set<string>();
    const take = (id: string) => {
      const map = elements.get(id);
      if (!map || seen.has(id)) return;
      seen.add(id);
      let element = this.elements.get(map);
      if (!element || !changed || changed.has(map)) {
        element = { id, ...joinSplitFields(list, map.toJSON()) } as Element;
        this.elements.set(map, element);
      }
      out.push(element);
    };
    for (const id of orderOf(this.doc, list)) take(id);
    // An element whose id never reached the order (two edits crossing) still belongs to the journey.
    if (seen.size < elements.size) for (const id of [...elements.keys()].sort()) take(id);
    // Same elements in the same order: keep the previous array, so nothing downstream redraws.
    if (before && before.length === out.length && before.every((e, i) => e === out[i])) return before;
    return out;
  }

  /**
   * The list after a transaction that changed only fields of existing elements (typing a title, moving a
   * card): the previous array with those elements read again, found by their place, without going over
   * every id of the list. Null when the transaction added, removed or reordered elements.
   */
  private patchList(list: ListName, before: readonly Element[], transaction: Y.Transaction): Element[] | null {
    const elements = elementsOf(this.doc, list);
    const changed = transaction.changed as ReadonlyMap<unknown, unknown>;
    if (changed.has(elements) || changed.has(orderOf(this.doc, list))) return null;
    let out: Element[] | null = null;
    for (const changedType of changed.keys()) {
      // A text field's Y.Text (shape.ts, TEXT_FIELDS) changes inside its element's Y.Map: read that element.
      const own = (changedType as Y.AbstractType<unknown>)._item;
      const type = own && own.parent !== elements && own.parent ? own.parent : changedType;
      const item = (type as Y.AbstractType<unknown>)._item;
      if (!item || item.parent !== elements || typeof item.parentSub !== 'string') continue;
      const map = type as Y.Map<unknown>;
      const at = positionsOf(before).get(item.parentSub);
      if (at === undefined || item.deleted) return null;
      const element = { id: item.parentSub, ...joinSplitFields(list, map.toJSON()) } as Element;
      this.elements.set(map, element);
      out ??= [...before];
      out[at] = element;
    }
    if (!out) return before as Element[];
    positions.set(out, positionsOf(before));
    return out;
  }
}

/** The journey a Yjs document holds, read once. */
export function docToJourney(doc: Y.Doc): Journey {
  return new JourneyReader(doc).read();
}

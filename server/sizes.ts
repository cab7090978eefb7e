import type { Doc } from 'yjs';
import { encodeStateAsUpdate } from 'yjs';

/**
 * An upper estimate of each loaded document's encoded size, so the size limit costs nothing per
 * message: the exact size is measured on load and on every store, each applied update adds its own
 * length, and a document is encoded again only when the estimate says it might be over the limit.
 */
export class DocumentSizes {
  private readonly bytes = new Map<string, number>();

  constructor(private readonly limit: number) {}

  /** Records a measured size. */
  set(name: string, size: number): void {
    this.bytes.set(name, size);
  }

  /** Adds an applied update's length. */
  add(name: string, size: number): void {
    this.bytes.set(name, (this.bytes.get(name) ?? 0) + size);
  }

  /** Forgets an unloaded document. */
  delete(name: string): void {
    this.bytes.delete(name);
  }

  /** Whether `document` can take `incoming` more bytes without passing the limit. */
  fits(name: string, document: Doc, incoming: number): boolean {
    if (incoming > this.limit) return false;
    if ((this.bytes.get(name) ?? 0) + incoming <= this.limit) return true;
    const exact = encodeStateAsUpdate(document).length;
    this.bytes.set(name, exact);
    return exact + incoming <= this.limit;
  }
}

import { Connection } from '@hocuspocus/server';
import type {
  Extension,
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import type { Doc } from 'yjs';
import { applyUpdate, encodeStateAsUpdate } from 'yjs';
import { parseDocumentName } from './capabilities.ts';
import type { Logger } from './log.ts';
import { describeError } from './log.ts';
import type { DocumentSizes } from './sizes.ts';
import type { Store } from './store.ts';

/**
 * Keeps documents in the store. Every update a client sends is appended to the store as it is applied,
 * before Hocuspocus acknowledges it, so whatever a client saw as synced survives even a killed server;
 * Hocuspocus' debounced onStoreDocument then compacts those updates into one state, and `flush` does the
 * same for every open document on shutdown.
 */
export class Persistence implements Extension {
  extensionName = 'recorrido-persistence';
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly sizes: DocumentSizes,
    private readonly log: Logger,
  ) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const state = await this.store.loadDocument(documentName);
    if (state) applyUpdate(document, state);
    this.sizes.set(documentName, state?.length ?? 0);
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    const roomId = parseDocumentName(documentName)?.roomId;
    if (!roomId) return;
    document.on('update', (update: Uint8Array, origin: unknown) => {
      // Updates from clients only: loading, and (issue 14) updates relayed by Redis, are stored elsewhere.
      if (!(origin instanceof Connection) || this.closed) return;
      try {
        this.store.appendUpdate(documentName, roomId, update);
      } catch (error) {
        // Rethrown: Hocuspocus then resets the connection instead of acknowledging the update.
        this.log.error('persist-failed', { room: roomId, error: describeError(error) });
        throw error;
      }
      this.sizes.add(documentName, update.length);
    });
  }

  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    await this.save(documentName, document);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.sizes.delete(documentName);
  }

  /** Compacts every open document into its stored state, then refuses further writes. */
  async flush(documents: Map<string, Doc>): Promise<void> {
    for (const [name, document] of documents) await this.save(name, document);
    this.closed = true;
  }

  private async save(name: string, document: Doc): Promise<void> {
    const roomId = parseDocumentName(name)?.roomId;
    if (!roomId || this.closed) return;
    // Encoded and committed in one synchronous step, so no update can arrive between the two and be
    // dropped from the log without being in the state.
    const state = encodeStateAsUpdate(document);
    try {
      if (await this.store.saveDocument(name, roomId, state)) this.sizes.set(name, state.length);
    } catch (error) {
      this.log.error('store-failed', { room: roomId, error: describeError(error) });
    }
  }
}

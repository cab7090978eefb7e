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
import { MessageType, readHeader } from './messages.ts';
import { refusal } from './refusals.ts';
import type { DocumentSizes } from './sizes.ts';
import type { Store } from './store.ts';

/** Per connection, when the store writes asynchronously: every append not yet committed, in order. */
const PENDING = Symbol('pending-appends');
type Deferring = Connection & { [PENDING]?: { last: Promise<unknown> } };

/**
 * Holds a connection's "applied" acknowledgements (Hocuspocus SyncStatus messages) until every update
 * it sent before them is committed: with an asynchronous store (PostgreSQL), synced still means stored.
 * Other messages pass at once. If a write fails, the connection is closed instead of acknowledged.
 */
function deferAcknowledgements(connection: Deferring, append: Promise<boolean>, onFailure: () => void): void {
  let pending = connection[PENDING];
  if (!pending) {
    const state = (pending = connection[PENDING] = { last: Promise.resolve() as Promise<unknown> });
    const send = connection.send.bind(connection);
    connection.send = (message: Uint8Array) => {
      if (readHeader(message)?.type !== MessageType.SyncStatus) return send(message);
      state.last.then(
        () => send(message),
        () => undefined,
      );
    };
  }
  pending.last = Promise.all([pending.last, append]);
  pending.last.catch(onFailure);
}

/**
 * Keeps documents in the store. Every update a client sends is appended to the store as it is applied,
 * before Hocuspocus acknowledges it (an asynchronous store holds the acknowledgement until the write is
 * committed), so whatever a client saw as synced survives even a killed server;
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
      // Updates from clients only: loading is stored already, and updates relayed by Redis (origin a
      // string) are stored by the process whose client sent them.
      if (!(origin instanceof Connection) || this.closed) return;
      let stored: boolean | Promise<boolean>;
      try {
        stored = this.store.appendUpdate(documentName, roomId, update);
      } catch (error) {
        // Rethrown: Hocuspocus then resets the connection instead of acknowledging the update.
        this.log.error('persist-failed', { room: roomId, error: describeError(error) });
        throw error;
      }
      if (stored instanceof Promise) {
        deferAcknowledgements(origin, stored, () => {
          this.log.error('persist-failed', { room: roomId });
          origin.close(refusal('server-error'));
        });
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

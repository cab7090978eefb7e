import type { Capability } from './capabilities.ts';

/** A shared room as stored: hashes only, never a key. */
export interface RoomRecord {
  id: string;
  manageHash: string;
  keyHashes: Partial<Record<Capability, string>>;
}

export type CreateResult = 'created' | 'exists' | 'conflict';

/**
 * Where rooms and documents live. The SQLite store (server/sqliteStore.ts) serves one process on one
 * machine; the PostgreSQL store (server/postgresStore.ts) can be shared by several processes, each
 * keeping the document in memory (kept in step through Redis).
 */
export interface Store {
  /** Registers a room; `exists` when the same room with the same hashes is there (a retried request). */
  createRoom(room: RoomRecord): Promise<CreateResult>;
  /** The room, or undefined when it was never shared or sharing stopped. */
  getRoom(id: string): Promise<RoomRecord | undefined>;
  /** Replaces the given capabilities' key hashes (and the manage hash when given); false if no room. */
  rotateKeys(id: string, keyHashes: Partial<Record<Capability, string>>, manageHash?: string): Promise<boolean>;
  /** Removes the room with its documents and pending updates; false if there was none. */
  deleteRoom(id: string): Promise<boolean>;
  /** The document's stored state merged with its pending updates, or null when it has none. */
  loadDocument(name: string): Promise<Uint8Array | null>;
  /**
   * Records one update as it is applied, before the client is told it synced. SQLite commits it
   * synchronously and returns the answer; PostgreSQL returns a promise, and the server holds that
   * connection's acknowledgements until it settles (server/persistence.ts). False when the room is gone.
   */
  appendUpdate(name: string, roomId: string, update: Uint8Array): boolean | Promise<boolean>;
  /**
   * Stores `state`, this process's whole copy of the document, and drops the pending updates it covers:
   * those this store loaded or appended for the document before the call (never another process's,
   * which may not have reached this copy yet). False when the room is gone.
   */
  saveDocument(name: string, roomId: string, state: Uint8Array): Promise<boolean>;
  /** Flushes and closes; later calls fail. */
  close(): Promise<void>;
}

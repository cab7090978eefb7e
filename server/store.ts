import type { Capability } from './capabilities.ts';

/** A shared room as stored: hashes only, never a key. */
export interface RoomRecord {
  id: string;
  manageHash: string;
  keyHashes: Partial<Record<Capability, string>>;
}

export type CreateResult = 'created' | 'exists' | 'conflict';

/**
 * Where rooms and documents live. The SQLite store implements it for one machine; issue 14's
 * PostgreSQL store implements the same methods (room and document methods may become truly
 * asynchronous there, which is why they return promises).
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
   * Records one update as it is applied, before the client is told it synced. Synchronous by design:
   * SQLite commits it before the acknowledgement leaves. Returns false when the room is gone.
   */
  appendUpdate(name: string, roomId: string, update: Uint8Array): boolean;
  /** Stores the whole state and drops the pending updates it covers; false when the room is gone. */
  saveDocument(name: string, roomId: string, state: Uint8Array): Promise<boolean>;
  /** Flushes and closes; later calls fail. */
  close(): void;
}

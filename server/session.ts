import type { Connection, Document } from '@hocuspocus/server';
import { OutgoingMessage } from '@hocuspocus/server';
import type { Access, Capability, DocumentPart } from './capabilities.ts';
import { engineApplies, parseDocumentName, sameHash } from './capabilities.ts';
import type { Logger } from './log.ts';
import type { Throttle } from './rateLimit.ts';
import type { RefusalReason } from './refusals.ts';
import { refusal } from './refusals.ts';
import type { Store } from './store.ts';

/** What the server knows about one connection to one document: kept in the connection's context. */
export interface Session {
  roomId: string;
  part: DocumentPart;
  capability: Capability;
  access: Access;
  /** Hash of the key the connection authenticated with; the key itself is never kept. */
  keyHash: string;
  /** Set when a rotation invalidated the key: writes are refused until the client proves a new key. */
  revoked: boolean;
  revokeTimer?: NodeJS.Timeout;
  /** A participant connection's allowances, made by the guard on its first message. */
  throttle?: Throttle;
  /** Set when the server closed the connection: messages already on their way are refused silently. */
  closed?: RefusalReason;
}

/** What authentication decides about a connection; the rest of a session is its state since. */
export type Grant = Omit<Session, 'revoked' | 'revokeTimer' | 'throttle' | 'closed'>;

/** The session stored in a Hocuspocus hook context, if any. */
export function sessionOf(context: unknown): Session | undefined {
  return (context as { session?: Session } | undefined)?.session;
}

/**
 * Brings live connections in line with the store after a room changed (keys rotated, sharing stopped).
 * It only reads the store, so it is safe to run again, and issue 14 can run it in every server process
 * when a room changes elsewhere (a Redis message naming the room).
 */
export class Sessions {
  constructor(
    private readonly documents: () => Map<string, Document>,
    private readonly store: Store,
    private readonly log: Logger,
    private readonly rotationGraceMs: number,
  ) {}

  /** The open connections to any document of the room. */
  connectionsOf(roomId: string): Connection[] {
    return [...this.documents().values()]
      .filter((document) => parseDocumentName(document.name)?.roomId === roomId)
      .flatMap((document) => document.getConnections());
  }

  /** Checks every connection of the room against the stored keys; returns how many were affected. */
  async revalidateRoom(roomId: string): Promise<number> {
    const connections = this.connectionsOf(roomId);
    let affected = 0;
    for (const connection of connections) if (await this.revalidate(connection)) affected++;
    return affected;
  }

  /**
   * Checks one connection: closed with `sharing-stopped` if the room is gone, revoked if its key no
   * longer matches. Returns whether it was either.
   */
  async revalidate(connection: Connection): Promise<boolean> {
    const session = sessionOf(connection.context);
    if (!session) return false;
    const room = await this.store.getRoom(session.roomId);
    if (!room) {
      this.close(connection, 'sharing-stopped');
      return true;
    }
    const current = room.keyHashes[session.capability];
    if (current && sameHash(current, session.keyHash)) return false;
    if (!session.revoked) this.revoke(connection, session);
    return true;
  }

  /**
   * A rotated-out connection becomes read-only and is asked for its token again (Hocuspocus token sync).
   * A client that already holds the new key answers with it and carries on; any other is closed with
   * `key-rotated`, at the latest after the grace period.
   */
  private revoke(connection: Connection, session: Session): void {
    session.revoked = true;
    connection.readOnly = true;
    connection.requestToken();
    session.revokeTimer = setTimeout(() => {
      if (session.revoked) this.close(connection, 'key-rotated');
    }, this.rotationGraceMs);
    session.revokeTimer.unref();
  }

  /** Accepts a revoked connection's new key: restores its access and pulls the writes refused meanwhile. */
  restore(connection: Connection, next: Grant): void {
    const session = sessionOf(connection.context);
    if (!session) return;
    const wasRevoked = session.revoked;
    this.release(session);
    Object.assign(session, next, { revoked: false });
    connection.readOnly = !engineApplies(next.access);
    if (wasRevoked && next.access !== 'read') {
      const ask = new OutgoingMessage(connection.document.name).createSyncMessage();
      connection.send(ask.writeFirstSyncStepFor(connection.document).toUint8Array());
    }
  }

  /** Stops a session's timers. */
  release(session: Session | undefined): void {
    if (session?.revokeTimer) clearTimeout(session.revokeTimer);
    if (session) session.revokeTimer = undefined;
  }

  /** Closes one connection with a reason the client can show. */
  close(connection: Connection, reason: RefusalReason): void {
    const session = sessionOf(connection.context);
    this.release(session);
    if (session) session.closed = reason;
    this.log.info('connection-closed', { room: session?.roomId, reason });
    connection.close(refusal(reason));
  }
}

import type {
  Extension,
  connectedPayload,
  onAuthenticatePayload,
  onDisconnectPayload,
  onTokenSyncPayload,
} from '@hocuspocus/server';
import { ACCESS, engineApplies, hashKey, parseDocumentName, parseToken, sameHash } from './capabilities.ts';
import type { Logger } from './log.ts';
import { describeError } from './log.ts';
import { isRefusal, refusal } from './refusals.ts';
import type { Grant, Session, Sessions } from './session.ts';
import { sessionOf } from './session.ts';
import type { SocketState } from './sockets.ts';
import type { Store } from './store.ts';

/**
 * Who may open which document, checked by the server on every connection (onAuthenticate) and again
 * when a client sends a new token (onTokenSync). A `read` grant makes the connection read-only in
 * Hocuspocus, which then refuses its sync writes whatever the client sends; so do `append` and
 * `facilitate`, whose writes the guard checks and applies itself.
 */
export class AccessControl implements Extension {
  extensionName = 'recorrido-access';

  constructor(
    private readonly store: Store,
    private readonly sessions: Sessions,
    private readonly log: Logger,
  ) {}

  /** The grant a token gives on a document; throws a refusal otherwise. */
  async grant(documentName: string, token: unknown): Promise<Grant> {
    const address = parseDocumentName(documentName);
    if (!address) throw refusal('unknown-document');
    const parsed = parseToken(token);
    if ('error' in parsed) throw refusal(parsed.error);
    const room = await this.store.getRoom(address.roomId);
    if (!room) throw refusal('unknown-room');
    const expected = room.keyHashes[parsed.capability];
    const keyHash = hashKey(parsed.key);
    if (!expected || !sameHash(expected, keyHash)) throw refusal('invalid-key');
    const access = ACCESS[parsed.capability][address.part];
    if (!access) throw refusal('forbidden');
    return { ...address, capability: parsed.capability, access, keyHash };
  }

  async onAuthenticate({ documentName, token, connectionConfig, context }: onAuthenticatePayload) {
    try {
      const grant = await this.grant(documentName, token);
      // Read-only for Hocuspocus from the first message on, unless Hocuspocus may apply writes itself.
      connectionConfig.readOnly = !engineApplies(grant.access);
      (context.socket as SocketState | undefined)?.authenticated.add(documentName);
      const session: Session = { ...grant, revoked: false };
      return { session };
    } catch (error) {
      this.refused(documentName, error);
      throw isRefusal(error) ? error : refusal('server-error');
    }
  }

  async onTokenSync({ documentName, token, connection }: onTokenSyncPayload) {
    const session = sessionOf(connection.context);
    try {
      this.sessions.restore(connection, await this.grant(documentName, token));
    } catch (error) {
      this.sessions.release(session);
      const reason = isRefusal(error) ? error.reason : 'server-error';
      const final = refusal(session?.revoked && reason === 'invalid-key' ? 'key-rotated' : reason);
      this.refused(documentName, isRefusal(error) ? final : error);
      throw final;
    }
  }

  /** Catches a rotation or stop that raced with this connection's authentication. */
  async connected({ connection }: connectedPayload) {
    await this.sessions.revalidate(connection);
  }

  async onDisconnect({ context, documentName }: onDisconnectPayload) {
    this.sessions.release(sessionOf(context));
    (context?.socket as SocketState | undefined)?.authenticated.delete(documentName);
  }

  private refused(documentName: string, error: unknown): void {
    const room = parseDocumentName(documentName)?.roomId;
    const reason = isRefusal(error) ? error.reason : 'server-error';
    if (reason === 'server-error') this.log.error('auth-failed', { room, error: describeError(error) });
    else this.log.info('refused', { room, reason });
  }
}

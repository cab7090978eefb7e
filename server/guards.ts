import type { Connection, Document, Extension, beforeHandleMessagePayload } from '@hocuspocus/server';
import { OutgoingMessage } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { WriteRefusal, WriterRole } from './contributionRules.ts';
import { checkContributionsUpdate } from './contributionRules.ts';
import type { Logger } from './log.ts';
import type { MessageHeader } from './messages.ts';
import { MessageType, changesPresence, isWrite, neutralize, readHeader, updateOf } from './messages.ts';
import type { ParticipantLimits, Throttle } from './rateLimit.ts';
import { MESSAGES_PER_PEER, createThrottle } from './rateLimit.ts';
import type { RefusalReason } from './refusals.ts';
import { refusal } from './refusals.ts';
import type { Session } from './session.ts';
import { sessionOf } from './session.ts';
import type { DocumentSizes } from './sizes.ts';

/** Awareness (presence) and stateless messages are small; larger ones are refused. */
export const MAX_SIDE_MESSAGE_BYTES = 64 * 1024;

/** The largest write a participant may send at once: a few dozen notes after being offline. */
export const MAX_PARTICIPANT_WRITE_BYTES = 64 * 1024;

const SIDE_MESSAGES = new Set<number>([MessageType.Awareness, MessageType.Stateless, MessageType.BroadcastStateless]);

/**
 * Why a write to the contributions document was not applied. The connection stays open; the client is
 * answered "not applied" and gets a stateless message naming the reason.
 */
export type ContributionRefusal = WriteRefusal | 'rate-limited' | 'message-too-large' | 'document-too-large';

/** The stateless message a refused writer gets: `{"type":"refused","reason":...}` (server/README.md). */
export function refusedPayload(reason: ContributionRefusal): string {
  return JSON.stringify({ type: 'refused', reason });
}

export interface GuardOptions {
  participants: ParticipantLimits;
  maxNoteChars: number;
}

const syncStatus = (documentName: string, applied: boolean) =>
  new OutgoingMessage(documentName).writeSyncStatus(applied).toUint8Array();

/**
 * Checks each message of an authenticated connection before Hocuspocus applies it. A refusal closes
 * that connection to that document with the reason; the document and every other connection are untouched.
 *
 * Writes to a room's contributions document are handled here entirely: every connection to it is
 * read-only in Hocuspocus, and this guard decodes each write, checks it against the writer's rules
 * (server/contributionRules.ts), applies it itself or refuses it without closing, answers the client,
 * and leaves Hocuspocus nothing to do with the message. Participants are also rate limited here, before
 * any work on the document, so a flood costs the server almost nothing.
 */
export class MessageGuards implements Extension {
  extensionName = 'recorrido-guards';

  constructor(
    private readonly sizes: DocumentSizes,
    private readonly log: Logger,
    private readonly options: GuardOptions,
  ) {}

  async beforeHandleMessage({ connection, update, documentName, document }: beforeHandleMessagePayload) {
    const session = sessionOf(connection.context);
    // Messages already on their way when the connection was closed: refused again, without a word.
    if (session?.closed) throw refusal(session.closed);
    // Undecodable messages are left to Hocuspocus, which closes the connection on them.
    const header = readHeader(update);
    if (!header) return;
    if (session?.access === 'append') this.budget(session, header, update, document);
    if (SIDE_MESSAGES.has(header.type) && update.length > MAX_SIDE_MESSAGE_BYTES) {
      throw refusal('message-too-large');
    }
    // Stateless broadcasts reach every client of the document: only editors may send them.
    const editor = session?.access === 'write' || session?.access === 'facilitate';
    if (header.type === MessageType.BroadcastStateless && !editor) throw refusal('read-only');
    if (session?.part === 'contributions') {
      // Read-only for Hocuspocus since authentication; said again so that nothing can make it writable.
      connection.readOnly = true;
      if (isWrite(header)) {
        this.contribute(connection, session, header, update, document);
        neutralize(update, header);
      }
      return;
    }
    if (isWrite(header) && !connection.readOnly && !this.sizes.fits(documentName, document, header.updateLength!)) {
      this.log.warn('document-too-large', { room: session?.roomId, bytes: update.length });
      throw refusal('document-too-large');
    }
  }

  private throttle(session: Session): Throttle {
    return (session.throttle ??= createThrottle(this.options.participants));
  }

  /**
   * A participant connection's message budget, which grows with the room (the provider's own chatter
   * does), and its budget of presence changes, which does not. Past either, the connection is closed.
   */
  private budget(session: Session, header: MessageHeader, message: Uint8Array, document: Document): void {
    const throttle = this.throttle(session);
    const { messages } = this.options.participants;
    const capacity = messages + MESSAGES_PER_PEER * Math.max(0, document.getConnectionsCount() - 1);
    const withinMessages = throttle.messages.take(1, capacity);
    const known = (clientId: number) => document.awareness.meta.get(clientId)?.clock;
    const presence =
      header.type !== MessageType.Awareness || !changesPresence(message, header, known) || throttle.presence.take();
    if (!withinMessages || !presence) this.close(session, 'too-many-messages');
  }

  /** Applies an allowed write to the contributions document, or refuses it; answers the client either way. */
  private contribute(
    connection: Connection,
    session: Session,
    header: MessageHeader,
    message: Uint8Array,
    document: Document,
  ): void {
    const role: WriterRole = session.revoked || session.access === 'read' ? 'read' : (session.access as WriterRole);
    const throttle = role === 'append' ? this.throttle(session) : null;
    // The cheap checks first: a flood stops here, before the update is even decoded.
    if (throttle && !throttle.contributions.has()) return this.refuse(connection, session, 'rate-limited');
    const length = header.updateLength!;
    if (throttle && length > MAX_PARTICIPANT_WRITE_BYTES) return this.refuse(connection, session, 'message-too-large');
    if (!this.sizes.fits(document.name, document, length))
      return this.refuse(connection, session, 'document-too-large');

    const update = updateOf(message, header)!;
    const verdict = checkContributionsUpdate(document, update, role, this.options.maxNoteChars);
    // A viewer's write is answered as Hocuspocus answers a read-only connection: applied only if it adds nothing.
    if (role === 'read') return connection.send(syncStatus(document.name, verdict.ok));
    if (!verdict.ok) return this.refuse(connection, session, verdict.reason);
    if (throttle && !throttle.contributions.take(verdict.contributions.length)) {
      return this.refuse(connection, session, 'rate-limited');
    }
    // Origin the connection, as if Hocuspocus had applied it: stored, broadcast and relayed the same way.
    Y.applyUpdate(document, update, connection);
    connection.send(syncStatus(document.name, true));
  }

  /**
   * Answers "not applied" and says why. Going over the rate is what a fast phone does and is only
   * refused; anything else is a client that did not check before it wrote, and past `maxRefusals` of
   * those the connection is closed with `too-many-refusals`.
   */
  private refuse(connection: Connection, session: Session, reason: ContributionRefusal): void {
    const throttle = this.throttle(session);
    if (reason !== 'rate-limited') throttle.refusals += 1;
    if (throttle.refusals === 1 && reason !== 'rate-limited')
      this.log.info('write-refused', { room: session.roomId, reason });
    if (throttle.refusals > this.options.participants.maxRefusals) this.close(session, 'too-many-refusals');
    connection.send(syncStatus(connection.document.name, false));
    connection.sendStateless(refusedPayload(reason));
  }

  /** Closes the connection (Hocuspocus does, on the thrown refusal); later messages are refused silently. */
  private close(session: Session, reason: RefusalReason): never {
    session.closed = reason;
    this.log.warn('connection-closed', { room: session.roomId, reason });
    throw refusal(reason);
  }
}

import type { Extension, beforeHandleMessagePayload } from '@hocuspocus/server';
import type { Logger } from './log.ts';
import { MessageType, isWrite, readHeader } from './messages.ts';
import { refusal } from './refusals.ts';
import { sessionOf } from './session.ts';
import type { DocumentSizes } from './sizes.ts';

/** Awareness (presence) and stateless messages are small; larger ones are refused. */
export const MAX_SIDE_MESSAGE_BYTES = 64 * 1024;

const SIDE_MESSAGES = new Set<number>([MessageType.Awareness, MessageType.Stateless, MessageType.BroadcastStateless]);

/**
 * Checks each message of an authenticated connection before Hocuspocus applies it. A refusal closes
 * that connection to that document with the reason; the document and every other connection are untouched.
 */
export class MessageGuards implements Extension {
  extensionName = 'recorrido-guards';

  constructor(
    private readonly sizes: DocumentSizes,
    private readonly log: Logger,
  ) {}

  async beforeHandleMessage({ connection, update, documentName, document }: beforeHandleMessagePayload) {
    // Undecodable messages are left to Hocuspocus, which closes the connection on them.
    const header = readHeader(update);
    if (!header) return;
    if (SIDE_MESSAGES.has(header.type) && update.length > MAX_SIDE_MESSAGE_BYTES) {
      throw refusal('message-too-large');
    }
    // Stateless broadcasts reach every client of the document: only writers may send them.
    if (header.type === MessageType.BroadcastStateless && connection.readOnly) throw refusal('read-only');
    if (isWrite(header) && !connection.readOnly && !this.sizes.fits(documentName, document, header.updateLength!)) {
      this.log.warn('document-too-large', { room: sessionOf(connection.context)?.roomId, bytes: update.length });
      throw refusal('document-too-large');
    }
  }
}

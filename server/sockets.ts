import type { IncomingMessage } from 'node:http';
import type { Hocuspocus } from '@hocuspocus/server';
import type { WebSocket } from 'ws';
import type { Logger } from './log.ts';
import { readDocumentName } from './messages.ts';

/** Per WebSocket: the documents it has authenticated for, and what it sent for the others. */
export interface SocketState {
  authenticated: Set<string>;
  unauthenticatedMessages: number;
  unauthenticatedBytes: number;
}

export interface SocketLimits {
  /** Messages a socket may send for documents it has not authenticated for. */
  maxUnauthenticatedMessages: number;
  /** Their total size. */
  maxUnauthenticatedBytes: number;
}

/**
 * Hands a new WebSocket to Hocuspocus, with the guards Hocuspocus lacks: a socket error never becomes
 * an unhandled 'error' event, and messages for documents the socket has not authenticated for (which
 * Hocuspocus queues until authentication, forever after a refusal) are capped per socket.
 */
export function acceptSocket(
  hocuspocus: Hocuspocus,
  ws: WebSocket,
  request: IncomingMessage,
  limits: SocketLimits,
  log: Logger,
): void {
  const state: SocketState = { authenticated: new Set(), unauthenticatedMessages: 0, unauthenticatedBytes: 0 };
  ws.on('error', (error) => log.warn('socket-error', { error: error.message }));
  // Registered before Hocuspocus' own listener, so it sees each message first.
  let closing = false;
  ws.on('message', (data: Buffer) => {
    // Hocuspocus itself closes a socket whose message has no readable document name.
    const documentName = readDocumentName(data);
    if (closing || documentName === null || state.authenticated.has(documentName)) return;
    state.unauthenticatedMessages += 1;
    state.unauthenticatedBytes += data.length;
    if (
      state.unauthenticatedMessages > limits.maxUnauthenticatedMessages ||
      state.unauthenticatedBytes > limits.maxUnauthenticatedBytes
    ) {
      closing = true;
      log.warn('socket-closed', { reason: 'too-many-unauthenticated-messages' });
      ws.close(1008, 'too-many-unauthenticated-messages');
    }
  });
  hocuspocus.handleConnection(ws, request, { socket: state });
}

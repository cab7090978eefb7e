import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { AccessControl } from './access.ts';
import { handleApi } from './api.ts';
import type { Cluster } from './cluster.ts';
import { joinCluster } from './cluster.ts';
import { MessageGuards } from './guards.ts';
import { sendJson } from './httpJson.ts';
import type { Logger } from './log.ts';
import { describeError } from './log.ts';
import type { ServerOptions } from './options.ts';
import { Persistence } from './persistence.ts';
import { createPostgresStore } from './postgresStore.ts';
import { Sessions } from './session.ts';
import { DocumentSizes } from './sizes.ts';
import { acceptSocket } from './sockets.ts';
import { createSqliteStore } from './sqliteStore.ts';
import { serveStatic } from './static.ts';
import type { Store } from './store.ts';

export interface RunningServer {
  host: string;
  port: number;
  /** Stops accepting, closes every socket, stores every open document, closes the database. */
  close(): Promise<void>;
}

/** How long shutdown waits for clients to answer the close handshake before cutting them off. */
const CLOSE_WAIT_MS = 2000;

function closeSockets(sockets: Set<WebSocket>): Promise<void> {
  const closed = [...sockets].map(
    (ws) =>
      new Promise<void>((resolve) => {
        if (ws.readyState === ws.CLOSED) return resolve();
        const timer = setTimeout(() => ws.terminate(), CLOSE_WAIT_MS);
        ws.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
        ws.close(1001, 'server-shutdown');
      }),
  );
  return Promise.all(closed).then(() => undefined);
}

/** The store the options name: SQLite in a directory (the default), or a PostgreSQL database. */
async function openStore(options: ServerOptions, log: Logger): Promise<Store> {
  if (options.store.kind === 'sqlite') return createSqliteStore(options.store.dataDir);
  return createPostgresStore(options.store.url, {
    onError: (error) => log.warn('postgres-error', { error: describeError(error) }),
  });
}

/**
 * Starts the sync server: the built app, the room API and /health over HTTP, and Hocuspocus on
 * WebSocket upgrades, all on one port. With Redis, it joins the other processes serving the same rooms.
 * Resolves once it accepts connections.
 */
export async function startServer(options: ServerOptions, log: Logger): Promise<RunningServer> {
  const store = await openStore(options, log);
  const sizes = new DocumentSizes(options.maxDocumentBytes);
  const persistence = new Persistence(store, sizes, log);
  // Sessions reads the engine's open documents only once connections exist, after it is built.
  const sessions = new Sessions(() => engine.documents, store, log, options.rotationGraceMs);
  let cluster: Cluster | undefined;
  try {
    if (options.redisUrl) cluster = await joinCluster(options.redisUrl, (id) => sessions.revalidateRoom(id), log);
  } catch (error) {
    await store.close();
    throw error;
  }
  const guards = new MessageGuards(sizes, log, {
    participants: options.participants,
    maxNoteChars: options.maxNoteChars,
  });
  const engine: Hocuspocus = new Hocuspocus({
    name: 'recorrido',
    quiet: true,
    debounce: options.storeDebounceMs,
    maxDebounce: options.storeMaxDebounceMs,
    // The Redis extension runs first (its priority): it takes the store lock before a document is compacted.
    extensions: [...(cluster ? [cluster.extension] : []), new AccessControl(store, sessions, log), guards, persistence],
  });
  const roomChanged = async (id: string) => {
    await cluster?.roomChanged(id);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/health') return sendJson(response, 200, { status: 'ok' });
    if (path === '/api' || path.startsWith('/api/'))
      return handleApi(
        { store, sessions, log, roomChanged, maxDocumentBytes: options.maxDocumentBytes },
        request,
        response,
      );
    return serveStatic(options.appDir, request, response);
  };
  const http = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log.error('http-error', { error: describeError(error) });
      if (response.headersSent) response.destroy();
      else sendJson(response, 500, { error: 'server-error', message: 'The server failed on this request.' });
    });
  });
  http.on('clientError', (_error, socket) => socket.destroy());

  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
  const limits = { maxUnauthenticatedMessages: 256, maxUnauthenticatedBytes: 2 * options.maxMessageBytes };
  http.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    wss.handleUpgrade(request, socket, head, (ws) => acceptSocket(engine, ws, request, limits, log));
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  const where = options.store.kind === 'sqlite' ? { data: options.store.dataDir } : { store: 'postgres' };
  log.info('listening', { url: `http://${options.host}:${port}`, host: options.host, port, ...where });

  let closing: Promise<void> | undefined;
  const close = async () => {
    http.close();
    // Sockets first: until they are closed, updates keep arriving and are still stored as they come.
    await closeSockets(wss.clients);
    wss.close();
    await persistence.flush(engine.documents);
    await cluster?.close();
    await store.close();
    http.closeAllConnections();
  };
  return { host: options.host, port, close: () => (closing ??= close()) };
}

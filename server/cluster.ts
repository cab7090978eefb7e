import { randomUUID } from 'node:crypto';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import type { Extension } from '@hocuspocus/server';
import { Redis } from 'ioredis';
import type { RedisOptions } from 'ioredis';
import { isRoomId } from './capabilities.ts';
import type { Logger } from './log.ts';
import { describeError } from './log.ts';

/** Prefix of every Redis key and channel this server uses. */
export const REDIS_PREFIX = 'recorrido';

/** The channel on which processes tell each other that a room's keys changed or its sharing stopped. */
const ROOMS_CHANNEL = `${REDIS_PREFIX}:rooms`;

/** How long the server waits for Redis at start before giving up. */
const CONNECT_TIMEOUT_MS = 5000;

/** This process as one of several serving the same rooms through Redis. */
export interface Cluster {
  /** The Hocuspocus Redis extension: relays document updates and presence between processes. */
  extension: Extension;
  /** Tells every other process that a room changed (keys rotated, sharing stopped). */
  roomChanged(roomId: string): Promise<void>;
  /** Leaves Redis. */
  close(): Promise<void>;
}

/** Where Redis is, for messages: host and port only, never a password in the URL. */
function describe(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port || 6379}`;
}

const OPTIONS: RedisOptions = {
  // Commands wait while Redis reconnects instead of failing after a few tries.
  maxRetriesPerRequest: null,
  retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
};

/**
 * Joins the processes that serve the same rooms through the Redis at `url`: the Hocuspocus Redis
 * extension keeps their copies of each document and its presence in step, and a channel of our own
 * carries room changes, after which each process checks its own connections again
 * (`onRoomChanged`, Sessions.revalidateRoom). Fails if Redis does not answer within a few seconds.
 */
export async function joinCluster(
  url: string,
  onRoomChanged: (roomId: string) => Promise<unknown>,
  log: Logger,
): Promise<Cluster> {
  const identifier = `recorrido-${randomUUID()}`;
  const connect = () => new Redis(url, { ...OPTIONS, lazyConnect: true });
  const pub = connect();
  const sub = connect();
  const quiet = (error: Error) => log.warn('redis-error', { error: describeError(error) });
  pub.on('error', quiet);
  sub.on('error', quiet);
  try {
    await Promise.race([
      Promise.all([pub.connect(), sub.connect()]),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), CONNECT_TIMEOUT_MS).unref()),
    ]);
    await sub.subscribe(ROOMS_CHANNEL);
  } catch (error) {
    pub.disconnect();
    sub.disconnect();
    throw new Error(`Redis at ${describe(url)} is not reachable (${describeError(error)})`, { cause: error });
  }
  sub.on('message', (channel: string, message: string) => {
    if (channel !== ROOMS_CHANNEL) return;
    let event: { room?: unknown; from?: unknown };
    try {
      event = JSON.parse(message) as typeof event;
    } catch {
      return;
    }
    if (event.from === identifier || !isRoomId(event.room)) return;
    onRoomChanged(event.room).catch((error: unknown) =>
      log.error('revalidate-failed', { room: event.room as string, error: describeError(error) }),
    );
  });

  const extension = new RedisExtension({
    identifier,
    prefix: REDIS_PREFIX,
    createClient: () => {
      const client = new Redis(url, OPTIONS);
      client.on('error', quiet);
      return client;
    },
  });
  log.info('redis-joined', { redis: describe(url) });
  return {
    extension,
    roomChanged: async (roomId) => {
      await pub.publish(ROOMS_CHANNEL, JSON.stringify({ room: roomId, from: identifier }));
    },
    close: async () => {
      await extension.onDestroy();
      pub.disconnect();
      sub.disconnect();
    },
  };
}

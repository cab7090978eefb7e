import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Capability } from './capabilities.ts';
import { CAPABILITIES, hashKey, isCapability, isKey, isKeyHash, isRoomId, sameHash } from './capabilities.ts';
import { ApiError, CORS_HEADERS, bearer, readJson, sendJson } from './httpJson.ts';
import type { Logger } from './log.ts';
import type { Sessions } from './session.ts';
import type { RoomRecord, Store } from './store.ts';

/** Capabilities every new room must have a key for; `contribute` is optional (or added by rotate). */
const REQUIRED_AT_CREATION: Capability[] = ['edit', 'view'];

const hash = z.string().refine(isKeyHash, 'a SHA-256 hash in lower-case hex');
const keyHashes = z
  .record(z.string(), hash)
  .refine((hashes) => Object.keys(hashes).every(isCapability), `capabilities are ${CAPABILITIES.join(', ')}`)
  .transform((hashes) => hashes as Partial<Record<Capability, string>>);

const CreateBody = z.object({
  room: z.string().refine(isRoomId, 'a room id: 22 base64url characters'),
  manageKeyHash: hash,
  keyHashes: keyHashes.refine(
    (hashes) => REQUIRED_AT_CREATION.every((capability) => hashes[capability]),
    `keys for ${REQUIRED_AT_CREATION.join(' and ')}`,
  ),
  // The journey's size as Yjs state, in bytes, when the sharer knows it: a room for a journey the server
  // could never take is refused before it exists (the first sync would be refused, the room left empty).
  documentBytes: z.number().int().nonnegative().optional(),
});

const RotateBody = z.object({
  manageKeyHash: hash.optional(),
  keyHashes: keyHashes.refine((hashes) => Object.keys(hashes).length > 0, 'at least one key'),
});

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const where = result.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
  throw new ApiError(400, 'bad-request', where.join('; '));
}

/** No two capabilities (nor the manage key) may share a key: a view link must never also edit. */
function assertDistinct(hashes: string[]): void {
  if (new Set(hashes).size !== hashes.length) throw new ApiError(400, 'bad-request', 'Every key must be different.');
}

export interface ApiDeps {
  store: Store;
  sessions: Sessions;
  log: Logger;
  /** Tells the other server processes (Redis) to check their connections to this room again. */
  roomChanged?: (roomId: string) => Promise<void>;
  /** Largest Yjs state a document may grow to (the server's --max-document-bytes), bytes. */
  maxDocumentBytes?: number;
}

async function authorizedRoom(deps: ApiDeps, request: IncomingMessage, id: string): Promise<RoomRecord> {
  const room = await deps.store.getRoom(id);
  if (!room) throw new ApiError(404, 'unknown-room', 'This room is not shared (or sharing stopped).');
  const key = bearer(request);
  if (!isKey(key)) throw new ApiError(401, 'missing-manage-key', 'Send the manage key as Authorization: Bearer.');
  if (!sameHash(room.manageHash, hashKey(key))) throw new ApiError(403, 'invalid-manage-key', 'Wrong manage key.');
  return room;
}

async function createRoom(deps: ApiDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const body = parse(CreateBody, await readJson(request));
  assertDistinct([body.manageKeyHash, ...Object.values(body.keyHashes)]);
  const limit = deps.maxDocumentBytes;
  if (limit !== undefined && body.documentBytes !== undefined && body.documentBytes > limit) {
    throw new ApiError(
      413,
      'document-too-large',
      `The journey is ${body.documentBytes} bytes as Yjs state; this server takes at most ${limit}.`,
    );
  }
  const result = await deps.store.createRoom({
    id: body.room,
    manageHash: body.manageKeyHash,
    keyHashes: body.keyHashes,
  });
  if (result === 'conflict') throw new ApiError(409, 'room-exists', 'A room with this id exists; pick a new id.');
  if (result === 'created') deps.log.info('room-created', { room: body.room });
  sendJson(response, result === 'created' ? 201 : 200, { room: body.room, capabilities: Object.keys(body.keyHashes) });
}

async function rotateKeys(deps: ApiDeps, request: IncomingMessage, response: ServerResponse, id: string) {
  const room = await authorizedRoom(deps, request, id);
  const body = parse(RotateBody, await readJson(request));
  const next = { ...room.keyHashes, ...body.keyHashes };
  assertDistinct([body.manageKeyHash ?? room.manageHash, ...Object.values(next)]);
  if (!(await deps.store.rotateKeys(id, body.keyHashes, body.manageKeyHash))) {
    throw new ApiError(404, 'unknown-room', 'This room is not shared (or sharing stopped).');
  }
  const revoked = await deps.sessions.revalidateRoom(id);
  await deps.roomChanged?.(id);
  deps.log.info('keys-rotated', { room: id, capabilities: Object.keys(body.keyHashes).join(','), revoked });
  sendJson(response, 200, { room: id, rotated: Object.keys(body.keyHashes), manageKeyRotated: !!body.manageKeyHash });
}

async function stopSharing(deps: ApiDeps, request: IncomingMessage, response: ServerResponse, id: string) {
  await authorizedRoom(deps, request, id);
  await deps.store.deleteRoom(id);
  const disconnected = await deps.sessions.revalidateRoom(id);
  await deps.roomChanged?.(id);
  deps.log.info('sharing-stopped', { room: id, disconnected });
  sendJson(response, 200, { room: id, stopped: true, disconnected });
}

/**
 * The room API under /api (see server/README.md): create a room, rotate its keys, stop sharing it.
 * Keys travel only in the Authorization header; bodies carry hashes.
 */
export async function handleApi(deps: ApiDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const method = request.method ?? 'GET';
  try {
    if (method === 'OPTIONS') {
      response.writeHead(204, CORS_HEADERS).end();
      return;
    }
    const room = /^\/api\/rooms\/([^/]+)(\/rotate)?$/.exec(path);
    if (path === '/api/rooms' && method === 'POST') return await createRoom(deps, request, response);
    if (room && !isRoomId(room[1])) throw new ApiError(404, 'unknown-room', 'This is not a room id.');
    if (room?.[2] && method === 'POST') return await rotateKeys(deps, request, response, room[1]);
    if (room && !room[2] && method === 'DELETE') return await stopSharing(deps, request, response, room[1]);
    if (path === '/api/rooms' || room) throw new ApiError(405, 'method-not-allowed', `${method} is not allowed here.`);
    throw new ApiError(404, 'not-found', 'No such endpoint.');
  } catch (error) {
    if (error instanceof ApiError) {
      sendJson(response, error.status, { error: error.code, message: error.message });
      return;
    }
    throw error;
  }
}

import { httpOrigin } from './links';
import { keyHash } from './keys';

/** Why the server refused a request, as server/README.md names it, or 'unreachable'. */
export class RoomApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RoomApiError';
  }
}

/** How long a request to the sync server's API may take before it counts as unreachable, ms. */
const REQUEST_TIMEOUT_MS = 15_000;

async function call(server: string, path: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${httpOrigin(server)}${path}`, {
      // A server that never answers (a host gone from the network) is unreachable after a while, not never.
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      ...init,
      headers: { 'Content-Type': 'application/json', ...init.headers },
    });
  } catch (error) {
    throw new RoomApiError('unreachable', error instanceof Error ? error.message : String(error));
  }
  const body = (await response.json().catch(() => ({}))) as { error?: string; message?: string };
  if (!response.ok)
    throw new RoomApiError(body.error ?? `http-${response.status}`, body.message ?? response.statusText);
  return body;
}

/** Link keys by capability; the hashes of those given are sent. */
type LinkKeys = { edit?: string; view?: string; contribute?: string };

function hashes(keys: LinkKeys): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [capability, key] of Object.entries(keys)) if (key) out[capability] = keyHash(key);
  return out;
}

/**
 * Registers a room with the hashes of its keys (the keys themselves never leave this browser). `contribute`
 * (the workshop participants' link) is optional, as the server has it. `documentBytes`, the journey's size as
 * Yjs state, lets the server refuse a journey over its limit (`document-too-large`) before the room exists.
 */
export async function createRoom(
  server: string,
  room: string,
  keys: { edit: string; view: string; contribute?: string; manage: string },
  documentBytes?: number,
): Promise<void> {
  const { manage, ...links } = keys;
  await call(server, '/api/rooms', {
    method: 'POST',
    body: JSON.stringify({ room, manageKeyHash: keyHash(manage), keyHashes: hashes(links), documentBytes }),
  });
}

/**
 * Replaces the given link keys of a room: those old links stop working, the others are untouched. A
 * capability the room did not have yet is added (how a room shared before workshops gets a participant link).
 */
export async function rotateRoom(server: string, room: string, manageKey: string, keys: LinkKeys): Promise<void> {
  await call(server, `/api/rooms/${encodeURIComponent(room)}/rotate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${manageKey}` },
    body: JSON.stringify({ keyHashes: hashes(keys) }),
  });
}

/** Removes a room and its stored document from the server; everyone connected is told sharing stopped. */
export async function deleteRoom(server: string, room: string, manageKey: string): Promise<void> {
  await call(server, `/api/rooms/${encodeURIComponent(room)}`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${manageKey}` },
  });
}

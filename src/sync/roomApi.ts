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

async function call(server: string, path: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${httpOrigin(server)}${path}`, {
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

/** Registers a room with the hashes of its keys (the keys themselves never leave this browser). */
export async function createRoom(
  server: string,
  room: string,
  keys: { edit: string; view: string; manage: string },
): Promise<void> {
  await call(server, '/api/rooms', {
    method: 'POST',
    body: JSON.stringify({
      room,
      manageKeyHash: keyHash(keys.manage),
      keyHashes: { edit: keyHash(keys.edit), view: keyHash(keys.view) },
    }),
  });
}

/** Replaces a room's link keys: the old links stop working. */
export async function rotateRoom(
  server: string,
  room: string,
  manageKey: string,
  keys: { edit: string; view: string },
): Promise<void> {
  await call(server, `/api/rooms/${encodeURIComponent(room)}/rotate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${manageKey}` },
    body: JSON.stringify({ keyHashes: { edit: keyHash(keys.edit), view: keyHash(keys.view) } }),
  });
}

/** Removes a room and its stored document from the server; everyone connected is told sharing stopped. */
export async function deleteRoom(server: string, room: string, manageKey: string): Promise<void> {
  await call(server, `/api/rooms/${encodeURIComponent(room)}`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${manageKey}` },
  });
}

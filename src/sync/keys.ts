import { digest } from 'lib0/hash/sha256';

/**
 * Ids and keys of a shared room, made in this browser (server/README.md, "Rooms, keys, capabilities"):
 * random bytes as base64url without padding, and the SHA-256 hex hash the server stores instead of a key.
 * Pure JavaScript hashing, because crypto.subtle is missing on plain http (a server on a LAN address).
 */

/** `bytes` random bytes from the browser's CSPRNG, as base64url without padding. */
export function randomToken(bytes: number): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  let binary = '';
  for (const byte of data) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The lower-case hex SHA-256 of a key's UTF-8 text: what the server compares a presented key against. */
export function keyHash(key: string): string {
  return [...digest(new TextEncoder().encode(key))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A new room: its id (16 bytes) and one key (32 bytes) for each link (edit, view, and contribute for
 * workshop participants) and for managing it.
 */
export function newRoom() {
  return {
    room: randomToken(16),
    keys: { edit: randomToken(32), view: randomToken(32), contribute: randomToken(32), manage: randomToken(32) },
  };
}

/** The token a connection presents: `v1.<capability>.<key>`. */
export function connectionToken(capability: 'edit' | 'view' | 'contribute', key: string): string {
  return `v1.${capability}.${key}`;
}

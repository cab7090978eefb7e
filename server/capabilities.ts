import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * What a share link lets its holder do. `contribute` is the participant link of a workshop: it reaches the
 * room's contributions document only, never the journey.
 */
export const CAPABILITIES = ['edit', 'view', 'contribute'] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** The documents of a room. The journey is named by the room id alone; others by `<room>/<part>`. */
export const DOCUMENT_PARTS = ['journey', 'contributions'] as const;
export type DocumentPart = (typeof DOCUMENT_PARTS)[number];

/**
 * How a connection may use a document: `write` syncs both ways, `read` is a read-only connection.
 * `append` (participants: new contributions only) and `facilitate` (editors: the facilitator's parts of
 * the contributions document) are writes the server checks one by one and applies itself
 * (server/contributionRules.ts).
 */
export type Access = 'write' | 'read' | 'append' | 'facilitate';

/** Each capability's access to each part; a missing entry means the connection is refused. */
export const ACCESS: Record<Capability, Partial<Record<DocumentPart, Access>>> = {
  edit: { journey: 'write', contributions: 'facilitate' },
  view: { journey: 'read', contributions: 'read' },
  contribute: { contributions: 'append' },
};

/**
 * Whether Hocuspocus may apply this connection's sync writes by itself. Only `write` may: for every other
 * access the connection is read-only in Hocuspocus, and the guard applies what the rules allow.
 */
export function engineApplies(access: Access): boolean {
  return access === 'write';
}

/** The token a client sends: `v1.<capability>.<key>`. */
export const TOKEN_VERSION = 'v1';

const ROOM_ID = /^[A-Za-z0-9_-]{22}$/;
const KEY = /^[A-Za-z0-9_-]{43}$/;
const HASH = /^[0-9a-f]{64}$/;

/** Whether `value` is a room id: 16 random bytes in base64url, 22 characters. */
export function isRoomId(value: unknown): value is string {
  return typeof value === 'string' && ROOM_ID.test(value);
}

/** Whether `value` is a key: 32 random bytes in base64url, 43 characters. */
export function isKey(value: unknown): value is string {
  return typeof value === 'string' && KEY.test(value);
}

/** Whether `value` is a key hash: SHA-256 in lower-case hex. */
export function isKeyHash(value: unknown): value is string {
  return typeof value === 'string' && HASH.test(value);
}

/** Whether `value` names a capability the server knows. */
export function isCapability(value: unknown): value is Capability {
  return typeof value === 'string' && (CAPABILITIES as readonly string[]).includes(value);
}

/** The hash the server stores for a key: SHA-256 of its UTF-8 text, lower-case hex. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Compares two key hashes in constant time. */
export function sameHash(a: string, b: string): boolean {
  return isKeyHash(a) && isKeyHash(b) && timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

export interface DocumentAddress {
  roomId: string;
  part: DocumentPart;
}

/** The room and part a Hocuspocus document name addresses, or null when it names none. */
export function parseDocumentName(name: string): DocumentAddress | null {
  const [roomId, part = 'journey', ...rest] = name.split('/');
  if (rest.length > 0 || !isRoomId(roomId)) return null;
  if (!(DOCUMENT_PARTS as readonly string[]).includes(part) || name.endsWith('/journey')) return null;
  return { roomId, part: part as DocumentPart };
}

export type ParsedToken = { capability: Capability; key: string } | { error: 'missing-token' | 'malformed-token' };

/** Reads a `v1.<capability>.<key>` token; never echoes it back. */
export function parseToken(token: unknown): ParsedToken {
  if (typeof token !== 'string' || token === '') return { error: 'missing-token' };
  const [version, capability, key, ...rest] = token.split('.');
  if (version !== TOKEN_VERSION || rest.length > 0 || !isCapability(capability) || !isKey(key)) {
    return { error: 'malformed-token' };
  }
  return { capability, key };
}

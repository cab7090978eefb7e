import type { ShareCapability } from '../storage/database';

/** What a share link carries: where the server is, which room, and the key of one capability. */
export interface ShareLink {
  /** The sync server's WebSocket URL. */
  server: string;
  room: string;
  capability: ShareCapability;
  key: string;
}

const ID = /^[A-Za-z0-9_-]{16,64}$/;
/** A key as the app makes them (randomToken(32)) and the server's tokens require: 43 base64url characters. */
const KEY = /^[A-Za-z0-9_-]{43}$/;

/** The page origin a sync server serves the app from, for its WebSocket URL (ws: -> http:, wss: -> https:). */
export function httpOrigin(server: string): string {
  const url = new URL(server);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  return url.origin;
}

/** The WebSocket URL of a sync server that serves the app at `origin`. */
export function socketUrl(origin: string): string {
  return new URL(origin).origin.replace(/^http/, 'ws');
}

/**
 * A link anyone can open in any browser: the app as the sync server serves it, the room, capability and
 * key in the fragment, which browsers never send to a server (Excalidraw's #room= links work the same way).
 */
export function shareLink(link: ShareLink): string {
  const fragment = new URLSearchParams({ room: link.room, cap: link.capability, key: link.key });
  return `${httpOrigin(link.server)}/join#${fragment.toString()}`;
}

/**
 * Reads a share link's fragment (`#room=...&cap=...&key=...`) opened at `origin`, whose server it is.
 * Undefined when something is missing or malformed.
 */
export function readShareLink(hash: string, origin: string): ShareLink | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const room = params.get('room') ?? '';
  const key = params.get('key') ?? '';
  const capability = params.get('cap');
  if (!ID.test(room) || !KEY.test(key) || (capability !== 'edit' && capability !== 'view')) return undefined;
  return { server: socketUrl(origin), room, capability, key };
}

/** The page workshop participants open: its own small entry (participate.html), not the editor's. */
export const PARTICIPANT_PATH = '/participate.html';

/** What a participant link carries: the room and its contribute key, nothing that opens the journey. */
export interface ParticipantLink {
  room: string;
  key: string;
}

/**
 * The link a workshop's QR code holds: `<origin>/participate.html#room=<id>&cap=contribute&key=<key>`, the
 * key in the fragment as for the other links, on the page served by the room's sync server.
 */
export function participantLink(server: string, link: ParticipantLink): string {
  const fragment = new URLSearchParams({ room: link.room, cap: 'contribute', key: link.key });
  return `${httpOrigin(server)}${PARTICIPANT_PATH}#${fragment.toString()}`;
}

/** Reads a participant link's fragment; undefined when it is not one or is malformed. */
export function readParticipantLink(hash: string): ParticipantLink | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const room = params.get('room') ?? '';
  const key = params.get('key') ?? '';
  if (!ID.test(room) || !KEY.test(key) || params.get('cap') !== 'contribute') return undefined;
  return { room, key };
}

import { createHash, randomBytes } from 'node:crypto';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { writeSyncStep1, writeUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { waitFor } from './waitFor.ts';

/** Random bytes in base64url, as the app makes room ids (16 bytes) and keys (32 bytes). */
export function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface RoomKeys {
  room: string;
  manage: string;
  edit: string;
  view: string;
  /** The participant link's key, when the room has one. */
  contribute?: string;
}

/** A new room's id and keys, made on the client side (with a participant key unless told otherwise). */
export function newRoomKeys({ contribute = true } = {}): RoomKeys {
  const keys: RoomKeys = { room: randomId(16), manage: randomId(32), edit: randomId(32), view: randomId(32) };
  if (contribute) keys.contribute = randomId(32);
  return keys;
}

/** The connection token for a capability. */
export const token = (capability: string, key: string) => `v1.${capability}.${key}`;

/** Every secret of some rooms, to look for in logs. */
export const secretsOf = (...rooms: RoomKeys[]) =>
  rooms.flatMap((r) => [r.manage, r.edit, r.view, r.contribute ?? r.manage].flatMap((key) => [key, sha256(key)]));

/** POST /api/rooms for these keys (and the journey's size as Yjs state, if given); returns the response. */
export async function createRoom(httpUrl: string, keys: RoomKeys, documentBytes?: number): Promise<Response> {
  return fetch(`${httpUrl}/api/rooms`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      room: keys.room,
      manageKeyHash: sha256(keys.manage),
      keyHashes: {
        edit: sha256(keys.edit),
        view: sha256(keys.view),
        ...(keys.contribute ? { contribute: sha256(keys.contribute) } : {}),
      },
      documentBytes,
    }),
  });
}

/** A registered room's keys (fails the test if registration fails). */
export async function sharedRoom(httpUrl: string, options?: { contribute?: boolean }): Promise<RoomKeys> {
  const keys = newRoomKeys(options);
  const response = await createRoom(httpUrl, keys);
  if (response.status !== 201) throw new Error(`room not created: ${response.status} ${await response.text()}`);
  return keys;
}

/** A real Hocuspocus provider in Node, with what it was told by the server. */
export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  authenticated: boolean;
  scope?: string;
  /** The reason of an authenticationFailed event. */
  refused?: string;
  /** Reasons of close events (per-document closes carry the server's reason). */
  closes: string[];
  /** Payloads of stateless messages from the server (refused contributions say why here). */
  stateless: string[];
  destroy(): void;
}

/**
 * Connects a provider to the document `room` (a room id, or `<room>/contributions`); `tokenOf` is read on
 * every (re)authentication.
 */
export function connect(wsUrl: string, room: string, tokenOf: string | (() => string | Promise<string>)): Client {
  const doc = new Y.Doc();
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: wsUrl,
    WebSocketPolyfill: WebSocket,
    // Tests reconnect fast and give up after a bounded number of tries.
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
    maxAttempts: 50,
  });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: room,
    document: doc,
    token: typeof tokenOf === 'function' ? async () => tokenOf() : tokenOf,
  });
  provider.attach();
  const client: Client = {
    doc,
    provider,
    authenticated: false,
    closes: [],
    stateless: [],
    destroy: () => {
      // A client torn down while still connecting makes ws report "closed before the connection was
      // established" as an error event; at teardown that is expected, not a failure of the test.
      const socket = (websocketProvider as unknown as { webSocket?: { on?(event: string, f: () => void): void } })
        .webSocket;
      socket?.on?.('error', () => {});
      provider.destroy();
      websocketProvider.destroy();
    },
  };
  provider.on('authenticated', ({ scope }: { scope: string }) => {
    client.authenticated = true;
    client.scope = scope;
  });
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
    client.authenticated = false;
    client.refused = reason;
  });
  provider.on('close', ({ event }: { event: { reason: string } }) => client.closes.push(String(event.reason)));
  provider.on('stateless', ({ payload }: { payload: string }) => client.stateless.push(payload));
  return client;
}

/** Calls the room API with the manage key (or none). */
export function manage(httpUrl: string, method: string, path: string, key?: string, body?: unknown) {
  const headers: Record<string, string> = {};
  if (key) headers.Authorization = `Bearer ${key}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(`${httpUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** Waits until the client is authenticated, synced and has nothing unsent. */
export function settled(client: Client): Promise<boolean> {
  return waitFor(
    () => client.authenticated && client.provider.synced && !client.provider.hasUnsyncedChanges,
    'the client to sync',
  );
}

/** Hocuspocus message types and auth subtypes, as the tests forge them. */
const SYNC = 0;
const AUTH = 2;
const SYNC_STATUS = 8;
const CLOSE = 7;
const STATELESS = 5;
const AWARENESS = 1;

/** `[document][Auth][Token][token]`: what a provider sends first. */
export function authMessage(documentName: string, tokenText: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, AUTH);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarString(encoder, tokenText);
  return encoding.toUint8Array(encoder);
}

/** A raw Yjs sync update message, as a forger would send it. */
export function updateMessage(documentName: string, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, SYNC);
  writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A raw sync step 2 message carrying `update`, the other way a client sends changes. */
export function syncStep2Message(documentName: string, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, SYNC);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A sync step 1 (state vector) message: asks the server for what it has. */
export function syncStep1Message(documentName: string, doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, SYNC);
  writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** A presence (awareness) message, as a provider sends it. */
export function awarenessMessage(documentName: string, awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

/** An update that sets `key` to `value` in map `m` of a throwaway document. */
export function mapUpdate(key: string, value: unknown): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

export interface Reply {
  documentName: string;
  type: number;
  /** For auth replies: 'authenticated' or 'denied' with the scope or reason. */
  auth?: { ok: boolean; text: string };
  /** For sync status replies: whether the server applied the update. */
  applied?: boolean;
  /** For close messages: the reason. */
  closeReason?: string;
  /** For stateless messages: the payload. */
  stateless?: string;
}

function readReply(data: Uint8Array): Reply {
  const decoder = decoding.createDecoder(data);
  const documentName = decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  const reply: Reply = { documentName, type };
  if (type === AUTH) {
    const kind = decoding.readVarUint(decoder);
    if (kind === 1 || kind === 2) reply.auth = { ok: kind === 2, text: decoding.readVarString(decoder) };
  } else if (type === SYNC_STATUS) {
    reply.applied = decoding.readVarInt(decoder) === 1;
  } else if (type === CLOSE) {
    reply.closeReason = decoding.readVarString(decoder);
  } else if (type === STATELESS) {
    reply.stateless = decoding.readVarString(decoder);
  }
  return reply;
}

/** A bare WebSocket speaking the wire format by hand, to send what no provider would. */
export interface RawClient {
  ws: WebSocket;
  replies: Reply[];
  closed: Promise<{ code: number; reason: string }>;
  send(data: Uint8Array): void;
  /** Waits for a reply matching `match`. */
  next(match: (reply: Reply) => boolean, what: string): Promise<Reply>;
  close(): void;
}

/** Opens a raw socket to the server. */
export async function rawClient(wsUrl: string): Promise<RawClient> {
  const ws = new WebSocket(wsUrl);
  const replies: Reply[] = [];
  ws.on('message', (data: Buffer) => {
    try {
      replies.push(readReply(new Uint8Array(data)));
    } catch {
      // Not every server message needs decoding here.
    }
  });
  ws.on('error', () => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    replies,
    closed,
    send: (data) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(data);
    },
    next: (match, what) => waitFor(() => replies.find(match), what),
    close: () => ws.terminate(),
  };
}

/** A raw client authenticated for `room` with `tokenText`; returns it with the auth reply. */
export async function rawAuthenticated(wsUrl: string, room: string, tokenText: string) {
  const raw = await rawClient(wsUrl);
  raw.send(authMessage(room, tokenText));
  const reply = await raw.next((r) => r.documentName === room && r.auth !== undefined, 'an auth reply');
  return { raw, reply };
}

/**
 * Rooms and clients a test file opens on one server, kept so its afterAll can close every client and check
 * that no room's secret reached the log. `server` is read when used (the server starts in beforeAll).
 */
export function roomsAndClients(server: () => { wsUrl: string; httpUrl: string }) {
  const clients: Client[] = [];
  const rooms: RoomKeys[] = [];
  return {
    rooms,
    /** A client of `keys`'s room with its edit (or view) key. */
    open(keys: RoomKeys, capability: 'edit' | 'view' = 'edit'): Client {
      const client = connect(server().wsUrl, keys.room, token(capability, keys[capability]));
      clients.push(client);
      return client;
    },
    /** A room shared on the server. */
    async room(): Promise<RoomKeys> {
      const keys = await sharedRoom(server().httpUrl);
      rooms.push(keys);
      return keys;
    },
    destroyClients(): void {
      for (const client of clients) client.destroy();
    },
  };
}

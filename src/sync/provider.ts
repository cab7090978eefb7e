import { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { ShareRow } from '../storage/database';
import { connectionToken } from './keys';
import type { Person } from './settings';
import type { Peer, SyncStatus } from './syncStore';
import { RECONNECT, watchNetwork } from './network';

/** What a connection reports back. */
export interface ConnectionEvents {
  status(status: SyncStatus, pending: number): void;
  /** The server refused the link or closed the journey (reasons of server/README.md); the connection is over. */
  refused(reason: string): void;
  /** The server granted read and write (`read-write`) or read only (`readonly`). */
  scope(scope: string): void;
  peers(peers: Peer[]): void;
  /**
   * The socket failed UNREACHABLE_AFTER times in a row before it ever connected (no server at the address,
   * a port nobody listens on). The provider keeps retrying; whoever waits on a first sync may give up.
   */
  unreachable?(): void;
}

/** Failed attempts in a row, none ever connected, after which a server counts as unreachable (~3 s). */
const UNREACHABLE_AFTER = 3;

/** Reasons after which reconnecting cannot help: the provider is destroyed. */
const FINAL = new Set([
  'missing-token',
  'malformed-token',
  'unknown-document',
  'unknown-room',
  'invalid-key',
  'forbidden',
  'key-rotated',
  'sharing-stopped',
  'document-too-large',
]);

/** A live connection of one journey's document to its room. */
export interface Connection {
  /** Uses a new key for the next token the server asks for (after rotating the links). */
  setShare(share: ShareRow): void;
  setSelection(ids: string[]): void;
  /**
   * Who this browser shows as to the others, or null to show as no one while the document stays connected
   * (the journey left for the library: it keeps syncing, but nobody is "here" any more).
   */
  setPerson(person: Person | null): void;
  destroy(): void;
}

/**
 * Connects a journey's Yjs document to its room on the sync server with Hocuspocus's provider: the
 * document syncs both ways, edits made offline merge on reconnect, and presence (name, colour, selection)
 * travels as awareness, not as document data. The token is read again whenever the server asks for it.
 * `person` null connects without presence, to fetch the journey only (joining by a link): others never see
 * that short connection as someone here, nor keep it as a nameless person when its removal does not reach
 * them (through Redis, a closed connection's presence stayed ~30 s on the other server processes).
 */
export function connect(doc: Y.Doc, initial: ShareRow, person: Person | null, events: ConnectionEvents): Connection {
  let share = initial;
  let destroyed = false;
  /** Null until the socket first reports: connecting, not offline. */
  let connected: boolean | null = null;
  const provider = new HocuspocusProvider({
    url: share.server,
    name: share.room,
    document: doc,
    token: () => connectionToken(share.capability, share.keys[share.capability] ?? ''),
    ...RECONNECT,
  });

  const report = () => {
    if (destroyed) return;
    const pending = provider.unsyncedChanges;
    if (connected === false) events.status('offline', pending);
    else events.status(provider.isSynced && pending === 0 ? 'synced' : 'connecting', pending);
  };
  const refuse = (reason: string) => {
    if (destroyed) return;
    events.refused(reason);
    destroy();
  };
  const readPeers = () => {
    const awareness = provider.awareness;
    if (!awareness || destroyed) return;
    const peers: Peer[] = [];
    awareness.getStates().forEach((state, clientId) => {
      const user = state.user as Partial<Person> | undefined;
      if (clientId === doc.clientID || !user || typeof user.name !== 'string') return;
      const selection = Array.isArray(state.selection)
        ? (state.selection as unknown[]).filter((id) => typeof id === 'string')
        : [];
      peers.push({
        clientId,
        name: user.name.slice(0, 60),
        color: typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#64748b',
        selection: selection as string[],
      });
    });
    events.peers(peers.sort((a, b) => a.clientId - b.clientId));
  };

  /** Sockets closed before any connected; counting stops once one connects. */
  let failedAttempts: number | null = 0;
  provider.on('status', ({ status }: { status: string }) => {
    connected = status === 'connected';
    if (connected) failedAttempts = null;
    report();
  });
  provider.on('synced', report);
  provider.on('unsyncedChanges', report);
  provider.on('authenticated', ({ scope }: { scope: string }) => events.scope(scope));
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => refuse(reason));
  provider.on('close', ({ event }: { event: { code?: number; reason?: string } }) => {
    if (event.reason && FINAL.has(event.reason)) refuse(event.reason);
    // A change too big for the server: retrying would send the same change again.
    else if (event.code === 1009) refuse('document-too-large');
    else if (failedAttempts !== null && ++failedAttempts === UNREACHABLE_AFTER && !destroyed) events.unreachable?.();
  });
  provider.on('awarenessChange', readPeers);
  // Stop at once when the network goes, reconnect as soon as it is back (watchNetwork).
  const unwatch = watchNetwork(
    () => {
      connected = false;
      provider.disconnect();
      report();
    },
    () => void provider.connect(),
  );
  let selection: string[] = [];
  let shown = person;
  const showPresence = () => {
    if (destroyed) return;
    // No state at all, not a nameless one: the others drop this client from who is here at once.
    if (!shown) provider.awareness?.setLocalState(null);
    else provider.awareness?.setLocalState({ user: { name: shown.name, color: shown.color }, selection });
  };
  if (person) showPresence();
  report();

  function destroy() {
    if (destroyed) return;
    destroyed = true;
    unwatch();
    provider.destroy();
  }

  return {
    setShare(next) {
      share = next;
    },
    setSelection(ids) {
      selection = ids;
      if (shown) showPresence();
    },
    setPerson(next) {
      const was = shown;
      shown = next;
      if (next || was) showPresence();
    },
    destroy,
  };
}

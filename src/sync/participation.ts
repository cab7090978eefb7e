import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { Contribution, PresentStep } from '../domain/contributions';
import { connectionToken } from './keys';
import type { ParticipantLink } from './links';
import { appendContribution, contributionsDocName, readContributions, readPresent } from './workshopDoc';
import { RECONNECT, watchNetwork } from './network';

/** Where a phone stands with the room. */
export type ParticipationStatus = 'connecting' | 'live' | 'offline' | 'refused';

/** What the participant page is told. */
export interface ParticipationEvents {
  status(status: ParticipationStatus, reason: string | null): void;
  /** The step the facilitator shows, or null when nobody presents. */
  step(step: PresentStep | null): void;
  /** Which of this phone's contributions the server has stored (ids), and which wait to be sent. */
  delivery(sent: ReadonlySet<string>, waiting: ReadonlySet<string>): void;
  /** The server refused a write for this reason (server/README.md); `rate-limited` is retried by itself. */
  refused(reason: string): void;
}

/** A phone's connection to a room's contributions document. */
export interface Participation {
  /** Appends a contribution; it is queued while offline and sent when the connection is back. */
  send(contribution: Contribution): void;
  destroy(): void;
}

/** Where unconfirmed contributions wait, so a reload while offline loses nothing. */
export interface PendingStore {
  load(): Contribution[];
  save(pending: Contribution[]): void;
}

/** Reasons after which reconnecting cannot help. */
const FINAL = new Set([
  'missing-token',
  'malformed-token',
  'unknown-room',
  'invalid-key',
  'forbidden',
  'key-rotated',
  'sharing-stopped',
  'too-many-refusals',
]);

/** How long after a rate refusal the phone sends again (the server's budget refills continuously). */
const RETRY_MS = 3_000;

/**
 * Connects a participant's phone to the room with its contribute key (the server lets it read and append
 * contributions, nothing else). Contributions live in the Yjs document until the server acknowledges
 * them, so going offline only delays them; the ones not yet acknowledged are also kept in `pending`,
 * and added again after a reload if the server does not have them.
 */
export function participate(
  server: string,
  link: ParticipantLink,
  pending: PendingStore,
  events: ParticipationEvents,
): Participation {
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({
    url: server,
    name: contributionsDocName(link.room),
    document: doc,
    token: () => connectionToken('contribute', link.key),
    ...RECONNECT,
  });
  let destroyed = false;
  let status: ParticipationStatus = 'connecting';
  let restored = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const waiting = new Map<string, Contribution>(pending.load().map((c) => [c.id, c]));
  const sent = new Set<string>();

  const setStatus = (next: ParticipationStatus, reason: string | null = null) => {
    status = next;
    events.status(next, reason);
  };
  const report = () => events.delivery(sent, new Set(waiting.keys()));

  /** Once the server has everything this phone wrote, every waiting contribution is stored there. */
  const settle = () => {
    if (destroyed || !provider.isSynced || provider.unsyncedChanges > 0 || status !== 'live') return;
    if (!restored) {
      restored = true;
      // Contributions a reload interrupted: sent again unless the server already holds them.
      const known = new Set(readContributions(doc).map((c) => c.id));
      const missing = [...waiting.values()].filter((c) => !known.has(c.id));
      for (const c of waiting.values()) if (known.has(c.id)) sent.add(c.id);
      waiting.clear();
      for (const c of missing) waiting.set(c.id, c);
      pending.save(missing);
      if (missing.length > 0) {
        doc.transact(() => missing.forEach((c) => appendContribution(doc, c)));
        report();
        return;
      }
    }
    for (const id of waiting.keys()) sent.add(id);
    waiting.clear();
    pending.save([]);
    report();
  };

  doc.getMap('present').observe(() => events.step(readPresent(doc)));
  provider.on('synced', () => {
    setStatus('live');
    events.step(readPresent(doc));
    settle();
  });
  provider.on('unsyncedChanges', settle);
  provider.on('status', ({ status: socket }: { status: string }) => {
    if (status === 'refused') return;
    if (socket === 'disconnected') setStatus('offline');
    else if (socket === 'connected' && provider.isSynced) setStatus('live');
  });
  const refuse = (reason: string) => {
    if (destroyed) return;
    setStatus('refused', reason);
    destroy();
  };
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => refuse(reason));
  provider.on('close', ({ event }: { event: { reason?: string } }) => {
    if (event.reason && FINAL.has(event.reason)) refuse(event.reason);
  });
  provider.on('stateless', ({ payload }: { payload: string }) => {
    let reason: unknown;
    try {
      reason = (JSON.parse(payload) as { type?: string; reason?: unknown }).reason;
    } catch {
      return;
    }
    if (typeof reason !== 'string') return;
    events.refused(reason);
    // Too fast: the write stays in the document; reconnecting sends what the server lacks again.
    if (reason === 'rate-limited' && retry === undefined) {
      retry = setTimeout(() => {
        retry = undefined;
        if (destroyed) return;
        provider.disconnect();
        void provider.connect();
      }, RETRY_MS);
    }
  });
  const unwatch = watchNetwork(
    () => {
      setStatus('offline');
      provider.disconnect();
    },
    () => void provider.connect(),
  );

  function destroy() {
    if (destroyed) return;
    destroyed = true;
    clearTimeout(retry);
    unwatch();
    provider.destroy();
  }

  return {
    send(contribution) {
      if (destroyed) return;
      waiting.set(contribution.id, contribution);
      pending.save([...waiting.values()]);
      appendContribution(doc, contribution);
      report();
    },
    destroy,
  };
}

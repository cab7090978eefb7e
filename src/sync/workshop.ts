import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AcceptedAs, Contribution, PresentStep } from '../domain/contributions';
import type { ShareRow } from '../storage/database';
import { connectionToken, randomToken } from './keys';
import {
  contributionsDocName,
  markAccepted,
  readAccepted,
  readContributions,
  readPresent,
  readPresenter,
  writePresent,
} from './workshopDoc';
import { RECONNECT, watchNetwork } from './network';

/** The facilitator's view of the room's contributions document. */
export interface WorkshopState {
  /** `connecting` until the first sync, `live` after, `offline` while the socket is down, `refused` for good. */
  status: 'connecting' | 'live' | 'offline' | 'refused';
  /** A reason of server/README.md when refused. */
  refusal: string | null;
  /** Every contribution, in the order the room sent them. */
  items: Contribution[];
  /** Contributions accepted into the journey, by id. */
  accepted: ReadonlyMap<string, AcceptedAs>;
}

/** A live connection of the presentation to the room's contributions. */
export interface Workshop {
  store: StoreApi<WorkshopState>;
  /**
   * Tells the phones what is shown now; null when the presentation ends. Before the room's document has
   * arrived, the last step given is held and written when it does. The opening step is not written while
   * another editor's presentation, still connected, is the one the phones follow (the next step given is);
   * null ends the phones' presentation only when the step they show is this presentation's. When another
   * presentation ends the phones' step while this one presents, this one tells them its step again.
   */
  present(step: PresentStep | null): void;
  /** Records that a contribution went into the journey (the journey edit itself is the caller's). */
  accept(id: string, as: AcceptedAs): void;
  destroy(): void;
}

/** Reasons after which reconnecting cannot help (server/README.md, "Refusals and closes"). */
const FINAL = new Set([
  'malformed-token',
  'unknown-room',
  'invalid-key',
  'forbidden',
  'key-rotated',
  'sharing-stopped',
]);

/**
 * Connects a shared journey's presentation to its room's contributions document with the edit key, which
 * lets it read everything participants send and write `present` and `accepted` (the server refuses any
 * other write). `opening` is the step the presentation opened on (see Workshop.present). Only an edit share
 * can facilitate; throws otherwise, a programming error.
 */
export function openWorkshop(share: ShareRow, opening: PresentStep | null = null): Workshop {
  const key = share.keys.edit;
  if (share.capability !== 'edit' || !key) throw new Error('Only an edit link can run a workshop');
  const doc = new Y.Doc();
  const store = createStore<WorkshopState>()(() => ({
    status: 'connecting',
    refusal: null,
    items: [],
    accepted: new Map(),
  }));
  const provider = new HocuspocusProvider({
    url: share.server,
    name: contributionsDocName(share.room),
    document: doc,
    token: () => connectionToken('edit', share.keys.edit ?? key),
    ...RECONNECT,
  });
  let destroyed = false;
  // The step is written once this document holds the room's: a presentation left and entered again opens a
  // new document, whose step written before it had the last one's would be concurrent with that one's
  // "presentation ended", and Y.Map could keep the end, leaving phones waiting until the next step.
  let synced = false;
  let unwritten: PresentStep | null | undefined;
  // Each presentation names itself in what it writes and in its presence, so that another editor glancing
  // at the presentation does not take the phones from the one running the workshop: its opening step is
  // not announced while someone else present is presenting (a key press takes over), and leaving ends the
  // phones' presentation only if the step shown is still its own.
  const presenter = randomToken(8);
  provider.awareness?.setLocalStateField('presenter', presenter);
  /**
   * Whether this presentation has moved past its opening step (a key press, a click): another step, not
   * the same one retold because the journey changed (a title, the number of steps).
   */
  let moved = false;
  const place = (step: PresentStep) => `${step.kind}:${step.id ?? ''}`;
  // The step the presentation opened on (given, as a key may be pressed before this connection exists).
  let openedOn: string | null = opening ? place(opening) : null;
  const someoneElsePresents = () => {
    const by = readPresenter(doc);
    if (!by || by === presenter || !readPresent(doc)) return false;
    for (const state of provider.awareness?.getStates().values() ?? []) if (state.presenter === by) return true;
    return false;
  };
  const write = (step: PresentStep | null) => {
    if (step === null) {
      if (readPresenter(doc) === presenter) writePresent(doc, null);
    } else if (moved || !someoneElsePresents()) writePresent(doc, step, presenter);
  };

  /** The step this presentation shows now; null before its first and once it ends. */
  let showing: PresentStep | null = null;
  // Another presentation that ended cleared the phones' step while this one still presents (it had held
  // its opening step, or the other had taken over with a key): this one tells the phones its step again,
  // rather than leave them "waiting for the facilitator" while someone presents.
  const reclaim = (transaction: Y.Transaction) => {
    if (transaction.local) return;
    // Written after the remote transaction has finished, as a transaction of its own.
    queueMicrotask(() => {
      if (synced && !destroyed && showing && readPresent(doc) === null) writePresent(doc, showing, presenter);
    });
  };
  doc.on('afterTransaction', reclaim);

  const read = () => store.setState({ items: readContributions(doc), accepted: readAccepted(doc) });
  doc.on('update', read);
  provider.on('synced', () => {
    synced = true;
    if (unwritten !== undefined && !destroyed) write(unwritten);
    unwritten = undefined;
    store.setState({ status: 'live' });
  });
  provider.on('status', ({ status }: { status: string }) => {
    if (store.getState().status === 'refused') return;
    if (status === 'disconnected') store.setState({ status: 'offline' });
    else if (status === 'connected' && provider.isSynced) store.setState({ status: 'live' });
  });
  const refuse = (reason: string) => {
    store.setState({ status: 'refused', refusal: reason });
    destroy();
  };
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => refuse(reason));
  provider.on('close', ({ event }: { event: { reason?: string } }) => {
    if (event.reason && FINAL.has(event.reason)) refuse(event.reason);
  });
  // The room panel said live for ~30 s after the facilitator's network went (watchNetwork).
  const unwatch = watchNetwork(
    () => {
      if (store.getState().status === 'refused') return;
      store.setState({ status: 'offline' });
      provider.disconnect();
    },
    () => void provider.connect(),
  );

  function destroy() {
    if (destroyed) return;
    destroyed = true;
    unwatch();
    doc.off('update', read);
    doc.off('afterTransaction', reclaim);
    provider.destroy();
    doc.destroy();
  }

  return {
    store,
    present(step) {
      if (destroyed) return;
      showing = step;
      if (step) {
        openedOn ??= place(step);
        if (place(step) !== openedOn) moved = true;
      }
      if (synced) write(step);
      else unwritten = step;
    },
    accept(id, as) {
      if (!destroyed) markAccepted(doc, id, as);
    },
    destroy,
  };
}

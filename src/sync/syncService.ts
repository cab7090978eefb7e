import type * as Y from 'yjs';
import { toJourneyFile } from '../domain/format';
import { loadRestoreModule } from '../domain/lazyRestore';
import { docModule, loadDocModule } from '../doc/lazy';
import type { ShareRow } from '../storage/database';
import type { JourneyRepository } from '../storage/journeyRepository';
import type { ShareRepository } from '../storage/shareRepository';
import type { EditorStore } from '../store/editorStore';
import { newRoom, randomToken } from './keys';
import { participantLink, shareLink, type ShareLink } from './links';
import type { Connection } from './provider';
import { createRoom, deleteRoom, rotateRoom } from './roomApi';
import { me, rememberSyncServer, renameMe, type Person } from './settings';
import { createSyncStore, SHARING_GONE, type SyncStore } from './syncStore';

/** Loads the provider's code only for a shared journey: local journeys never pay for it. */
const providerModule = () => import('./provider');

/** Why joining by a link failed: a refusal reason of the server, or 'unreachable', 'empty', 'invalid'. */
export class JoinError extends Error {
  constructor(readonly reason: string) {
    super(`Could not join the shared journey: ${reason}`);
    this.name = 'JoinError';
  }
}

/** How long after the sync client's code failed to load it is loaded again, ms (and when the network is back). */
const CLIENT_RETRY_MS = 15_000;

/** How long joining waits for the server's first sync, ms (a server refusing connections fails sooner). */
const JOIN_TIMEOUT_MS = 20_000;

/**
 * Sharing as a listener on the editor store, like saving: when a shared journey opens, its document is
 * connected to its room; when it closes, the connection goes. Also the actions of the share dialog and of
 * a share link: share, rotate links, stop sharing, join.
 */
export function startSync(editor: EditorStore, repository: JourneyRepository, shares: ShareRepository) {
  const store: SyncStore = createSyncStore(me());
  let connection: Connection | null = null;
  let connectedDoc: Y.Doc | null = null;
  let attempt = 0;
  /** Whether the open journey is on screen (setHere): only then do the others see this browser in it. */
  let here = true;

  const disconnect = () => {
    connection?.destroy();
    connection = null;
    connectedDoc = null;
  };

  /** Stops waiting to load the sync client's code again (see refresh). */
  let cancelRetry = () => {};

  /** (Re)connects the open journey's document to its room, or marks it local when it is not shared. */
  const refresh = async () => {
    const request = ++attempt;
    cancelRetry();
    const { status, journey, doc } = editor.getState();
    if (status !== 'ready' || !journey || !doc) {
      disconnect();
      store.setState({ journeyId: null, share: null, status: 'local', pending: 0, refusal: null, peers: [] });
      return;
    }
    const share = (await shares.get(journey.id)) ?? null;
    if (request !== attempt) return;
    disconnect();
    editor.getState().setReadOnly(share?.capability === 'view');
    // A refusal belongs to the journey it was about: another journey opening starts without one.
    const refusal = journey.id === store.getState().journeyId ? store.getState().refusal : null;
    store.setState({
      journeyId: journey.id,
      share,
      status: share ? 'connecting' : 'local',
      pending: 0,
      peers: [],
      refusal,
    });
    if (!share) return;
    let connect: Awaited<ReturnType<typeof providerModule>>['connect'];
    try {
      ({ connect } = await providerModule());
    } catch (error) {
      // Offline before the service worker cached the app: the sync client's code cannot be fetched. The
      // journey is offline, its changes kept here; back online (or a little later, should the network never
      // have gone), its code is fetched again and it connects.
      if (request !== attempt) return;
      console.warn('The sync client could not be loaded', error);
      store.setState({ status: 'offline' });
      const retry = () => {
        cancelRetry();
        if (request === attempt) void refresh();
      };
      const timer = setTimeout(retry, CLIENT_RETRY_MS);
      globalThis.addEventListener?.('online', retry);
      cancelRetry = () => {
        clearTimeout(timer);
        globalThis.removeEventListener?.('online', retry);
        cancelRetry = () => {};
      };
      return;
    }
    if (request !== attempt || editor.getState().doc !== doc) return;
    connectedDoc = doc;
    connection = connect(doc, share, here ? store.getState().me : null, {
      status: (status, pending) => store.setState({ status, pending, refusal: null }),
      scope: (scope) => editor.getState().setReadOnly(scope !== 'read-write'),
      peers: (peers) => store.setState({ peers }),
      refused: (reason) => {
        connection = null;
        store.setState({ status: 'local', refusal: reason, peers: [] });
        // Sharing was stopped: the journey stays here, local again. A wrong or rotated key keeps the row,
        // so the dialog can say why and the person can ask for a new link.
        if (SHARING_GONE.has(reason)) {
          // Local again: someone who had it on a read-only link can edit their copy now.
          editor.getState().setReadOnly(false);
          void shares.remove(journey.id).then(() => store.setState({ share: null }));
        }
      },
    });
    connection.setSelection(editor.getState().selection.touchpoints);
  };

  const unsubscribe = editor.subscribe((state, previous) => {
    if (state.doc !== previous.doc || state.status !== previous.status) {
      if (state.doc !== connectedDoc || state.status !== 'ready') void refresh();
    }
    if (state.selection.touchpoints !== previous.selection.touchpoints) {
      connection?.setSelection(state.selection.touchpoints);
    }
  });

  const openJourneyId = () => {
    const id = editor.getState().journey?.id;
    if (!id) throw new Error('No journey is open');
    return id;
  };

  return {
    store,

    /** The open journey's edit and read-only links (only the sharer holds both keys), or null. */
    links(): { edit?: string; view?: string } | null {
      const share = store.getState().share;
      if (!share) return null;
      const link = (capability: 'edit' | 'view') => {
        const key = share.keys[capability];
        return key ? shareLink({ server: share.server, room: share.room, capability, key }) : undefined;
      };
      return { edit: link('edit'), view: link('view') };
    },

    /**
     * The link workshop participants open (it holds the contribute key only), or null when this browser
     * has no contribute key for the open journey: a room shared before workshops existed, or a journey
     * joined by a link (only the sharer holds the participants' key).
     */
    participantLink(): string | null {
      const share = store.getState().share;
      const key = share?.keys.contribute;
      return share && key ? participantLink(share.server, { room: share.room, key }) : null;
    },

    /**
     * Gives a room shared before workshops existed its participant link: a new contribute key, added to the
     * room through rotate (the edit and view links are untouched). Only the sharer (manage key) can.
     */
    async enableParticipants(): Promise<void> {
      const share = store.getState().share;
      if (!share?.keys.manage) throw new Error('Only the sharer can invite participants');
      if (share.keys.contribute) return;
      const next: ShareRow = { ...share, keys: { ...share.keys, contribute: randomToken(32) } };
      // Rotating the same capability again is harmless, so a failure after this leaves nothing to undo.
      await rotateRoom(share.server, share.room, share.keys.manage, { contribute: next.keys.contribute });
      await shares.put(next);
      store.setState({ share: next });
    },

    /**
     * Shares the open journey through `server`: a new room with new keys, then connected. Throws
     * RoomApiError (`document-too-large` for a journey over the server's limit: no room is made).
     */
    async share(server: string): Promise<void> {
      const journeyId = openJourneyId();
      const { room, keys } = newRoom();
      const doc = editor.getState().doc;
      // A document exists, so the Yjs module is loaded.
      const documentBytes = doc ? docModule().Y.encodeStateAsUpdate(doc).length : undefined;
      await createRoom(server, room, keys, documentBytes);
      rememberSyncServer(server);
      await shares.put({ journeyId, server, room, capability: 'edit', keys });
      await refresh();
    },

    /**
     * New keys for every link (edit, view, and the participants' link when there is one): the old links
     * stop working; people connected with them are told.
     */
    async rotate(): Promise<void> {
      const share = store.getState().share;
      if (!share?.keys.manage) throw new Error('Only the sharer can rotate the links');
      const contribute = share.keys.contribute ? { contribute: randomToken(32) } : {};
      const next: ShareRow = {
        ...share,
        keys: { ...share.keys, edit: randomToken(32), view: randomToken(32), ...contribute },
      };
      // Stored and used for the next token first, so this browser carries on when the server switches keys.
      await shares.put(next);
      connection?.setShare(next);
      store.setState({ share: next });
      try {
        await rotateRoom(share.server, share.room, share.keys.manage, {
          edit: next.keys.edit!,
          view: next.keys.view!,
          contribute: next.keys.contribute,
        });
      } catch (error) {
        await shares.put(share);
        connection?.setShare(share);
        store.setState({ share });
        throw error;
      }
    },

    /** Stops sharing: the room and its copy leave the server; the journey stays here, local. */
    async stop(): Promise<void> {
      const share = store.getState().share;
      if (!share?.keys.manage) throw new Error('Only the sharer can stop sharing');
      await deleteRoom(share.server, share.room, share.keys.manage);
      await shares.remove(share.journeyId);
      await refresh();
    },

    /**
     * Joins a shared journey from a link: fetches it from the room, stores it here (or merges it into the
     * copy already here) and remembers the room. Resolves with the journey's id; throws JoinError.
     */
    async join(link: ShareLink): Promise<string> {
      const known = await shares.byRoom(link.room);
      const { Y, docToJourney } = await loadDocModule();
      const { connect } = await providerModule();
      const doc = new Y.Doc();
      const row: Omit<ShareRow, 'journeyId'> = {
        server: link.server,
        room: link.room,
        capability: link.capability,
        keys: { [link.capability]: link.key },
      };
      try {
        let joining: Connection | null = null;
        try {
          await new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => reject(new JoinError('unreachable')), JOIN_TIMEOUT_MS);
            joining = connect(doc, { ...row, journeyId: '' }, null, {
              status: (status) => {
                if (status !== 'synced') return;
                clearTimeout(timer);
                resolve();
              },
              refused: (reason) => {
                clearTimeout(timer);
                reject(new JoinError(reason));
              },
              // Nobody answers at the link's address: say so now rather than after the whole wait.
              unreachable: () => {
                clearTimeout(timer);
                reject(new JoinError('unreachable'));
              },
              scope: () => {},
              peers: () => {},
            });
          });
        } finally {
          (joining as Connection | null)?.destroy();
        }
        const journey = docToJourney(doc);
        if (!journey.id) throw new JoinError('empty');
        const restored = (await loadRestoreModule()).restoreJourney(toJourneyFile(journey));
        if (!restored.ok) throw new JoinError('invalid');
        await repository.createFromState(restored.journey, Y.encodeStateAsUpdate(doc));
        // A link to a room this browser already knows adds its key to those it holds, and never takes one
        // away: the sharer who opens their own link stays the sharer (the manage and participants' keys),
        // someone who has edited keeps editing after opening the view link, and a newer key of the same
        // capability replaces a rotated one. (An edit key rotated away stays the one used after a new view
        // link: the server refuses it, and the Share dialog says the links were replaced.)
        const same = known?.journeyId === journey.id ? known : undefined;
        await shares.put(
          same
            ? {
                ...same,
                server: link.server,
                capability: same.capability === 'edit' || link.capability === 'edit' ? 'edit' : 'view',
                keys: { ...same.keys, ...row.keys },
              }
            : { ...row, journeyId: journey.id },
        );
        return journey.id;
      } finally {
        doc.destroy();
      }
    },

    /** Changes the name the others see for this browser. */
    rename(name: string): Person {
      const person = renameMe(name);
      store.setState({ me: person });
      if (here) connection?.setPerson(person);
      return person;
    },

    /**
     * Whether the open journey is on screen. The editor store keeps a journey open when the user goes back
     * to the library (its undo history, its sync), but the others should no longer see them in it.
     */
    setHere(next: boolean) {
      if (next === here) return;
      here = next;
      connection?.setPerson(here ? store.getState().me : null);
    },

    /** Stops following the editor and closes the connection (tests). */
    dispose() {
      unsubscribe();
      // A refresh under way, or waiting to load the sync client again, connects nothing after this.
      attempt++;
      cancelRetry();
      disconnect();
    },
  };
}

export type SyncService = ReturnType<typeof startSync>;

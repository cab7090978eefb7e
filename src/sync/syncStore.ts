import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ShareRow } from '../storage/database';
import type { Person } from './settings';

/**
 * Where the open journey stands with its sync server: `local` (not shared), `connecting` (shared, not yet
 * caught up), `synced` (the server holds every local change: it has stored them), `offline` (the server
 * cannot be reached; edits are kept here and merge when it can).
 */
export type SyncStatus = 'local' | 'connecting' | 'synced' | 'offline';

/** Someone else with the journey open now. */
export interface Peer {
  /** Yjs client id of their connection (one per tab). */
  clientId: number;
  name: string;
  color: string;
  /** Ids of the touchpoints they have selected. */
  selection: string[];
}

export interface SyncState {
  /** The open journey this state is about, or null. */
  journeyId: string | null;
  share: ShareRow | null;
  status: SyncStatus;
  /** Changes this browser made that the server has not confirmed yet. */
  pending: number;
  /** Why the server refused or closed the connection (a reason of server/README.md), or null. */
  refusal: string | null;
  peers: Peer[];
  me: Person;
}

export type SyncStore = StoreApi<SyncState>;

/**
 * Refusals that mean the room is gone (its sharer stopped sharing, or the server no longer has it): the
 * journey stays in this browser, local again.
 */
export const SHARING_GONE: ReadonlySet<string> = new Set(['unknown-room', 'sharing-stopped']);

/** Refusals of a link that worked before: its keys were replaced. What is typed since waits for the new one. */
export const LINK_REPLACED: ReadonlySet<string> = new Set(['key-rotated', 'invalid-key']);

/** The open journey's sharing state, for the share dialog, the status badge and the presence list. */
export function createSyncStore(me: Person): SyncStore {
  return createStore<SyncState>()(() => ({
    journeyId: null,
    share: null,
    status: 'local',
    pending: 0,
    refusal: null,
    peers: [],
    me,
  }));
}

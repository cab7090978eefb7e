import { readContribution, readPresentStep, type Contribution, type PresentStep } from '../domain/contributions';
import type { PendingStore } from '../sync/participation';

/**
 * This phone's contributions the server has not confirmed yet, per room, in localStorage: a reload or a
 * phone that drops the page while offline still sends them later. Unreadable entries are dropped. Two tabs
 * of one room (the QR code scanned twice) share the list: each writes its own waiting contributions and
 * removes only those it knows of (loaded or saved by it), so another tab's stay until that tab, or the
 * next page opened on the room, sends them.
 */
export function pendingStore(room: string, storage: Storage | undefined = globalThis.localStorage): PendingStore {
  const key = `recorrido.participant.pending.${room}`;
  const known = new Set<string>();
  const read = (): Contribution[] => {
    try {
      const stored = JSON.parse(storage?.getItem(key) ?? '[]') as unknown;
      return Array.isArray(stored)
        ? stored.map(readContribution).filter((c): c is Contribution => c !== undefined)
        : [];
    } catch {
      return [];
    }
  };
  return {
    load() {
      const stored = read();
      for (const c of stored) known.add(c.id);
      return stored;
    },
    save(pending) {
      for (const c of pending) known.add(c.id);
      const others = read().filter((c) => !known.has(c.id));
      const next = [...others, ...pending];
      if (next.length === 0) storage?.removeItem(key);
      else storage?.setItem(key, JSON.stringify(next));
    },
  };
}

/** One contribution this phone sent, with the title of the step it was about and whether it was confirmed. */
export interface SentEntry {
  contribution: Contribution;
  title: string;
  confirmed: boolean;
}

/** The most of this phone's history a room keeps: a workshop's worth, not a log. */
const HISTORY_LIMIT = 200;

/**
 * What this phone sent to a room, per room, in localStorage, so "What you sent" survives a reload and
 * nobody sends the same note twice because the list looked empty. Unreadable entries are dropped.
 */
export function sentHistory(room: string, storage: Storage | undefined = globalThis.localStorage) {
  const key = `recorrido.participant.sent.${room}`;
  return {
    load(): SentEntry[] {
      try {
        const stored = JSON.parse(storage?.getItem(key) ?? '[]') as unknown;
        if (!Array.isArray(stored)) return [];
        return stored.flatMap((entry: Partial<SentEntry>) => {
          const contribution = readContribution(entry?.contribution);
          return contribution && typeof entry.title === 'string'
            ? [{ contribution, title: entry.title, confirmed: entry.confirmed === true }]
            : [];
        });
      } catch {
        return [];
      }
    },
    save(entries: readonly SentEntry[]): void {
      try {
        storage?.setItem(key, JSON.stringify(entries.slice(-HISTORY_LIMIT)));
      } catch {
        // A full localStorage costs the list after a reload, never the contribution (the server has it).
      }
    },
  };
}

/**
 * The step the facilitator showed last, per room, in localStorage: a phone reloaded with no network shows
 * it (the status says the connection is gone) and can still react to it, until the room says otherwise.
 * Cleared when nobody presents; an unreadable entry reads as none.
 */
export function lastStep(room: string, storage: Storage | undefined = globalThis.localStorage) {
  const key = `recorrido.participant.step.${room}`;
  return {
    load(): PresentStep | null {
      try {
        const stored = JSON.parse(storage?.getItem(key) ?? 'null') as unknown;
        return stored && typeof stored === 'object' ? readPresentStep(stored as Record<string, unknown>) : null;
      } catch {
        return null;
      }
    },
    save(step: PresentStep | null): void {
      try {
        if (step === null) storage?.removeItem(key);
        else storage?.setItem(key, JSON.stringify(step));
      } catch {
        // A full localStorage costs the step after an offline reload, never what is on screen.
      }
    },
  };
}

/** A note being written on this phone and the step it is about (its target and title as shown then). */
export interface NoteDraft {
  text: string;
  about: { target: Contribution['target']; title: string } | null;
}

/**
 * The note this phone is writing for a room, in localStorage, so a reload (a phone that drops the page, a
 * tap on the refresh button) keeps the words not sent yet. Cleared once the note is sent or emptied.
 */
export function noteDraft(room: string, storage: Storage | undefined = globalThis.localStorage) {
  const key = `recorrido.participant.draft.${room}`;
  return {
    load(): NoteDraft | null {
      try {
        const stored = JSON.parse(storage?.getItem(key) ?? 'null') as Partial<NoteDraft> | null;
        if (!stored || typeof stored.text !== 'string' || stored.text === '') return null;
        const about = stored.about;
        const valid =
          about &&
          typeof about.title === 'string' &&
          (about.target?.kind === 'stage' || about.target?.kind === 'touchpoint') &&
          typeof about.target.id === 'string';
        return { text: stored.text, about: valid ? { target: about.target, title: about.title } : null };
      } catch {
        return null;
      }
    },
    save(draft: NoteDraft): void {
      try {
        if (draft.text === '') storage?.removeItem(key);
        else storage?.setItem(key, JSON.stringify(draft));
      } catch {
        // A full localStorage costs the draft after a reload, never what is on screen.
      }
    },
  };
}

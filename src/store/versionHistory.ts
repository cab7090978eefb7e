import { replaceJourneyContent } from '../domain/commands/historyCommands';
import type { RestoreResult } from '../domain/restore';
import type { SnapshotRow } from '../storage/database';
import type { SnapshotRepository } from '../storage/snapshotRepository';
import type { EditorStore } from './editorStore';

/** Thrown when a snapshot cannot be read back. */
export class SnapshotUnreadableError extends Error {
  constructor(readonly snapshotId: number) {
    super(`Snapshot ${snapshotId} could not be restored`);
  }
}

/**
 * The open journey's version history, for the history dialog: components go through this, never Dexie.
 * Restoring runs one command, so one undo brings back what was there, and snapshots that state first.
 */
export function createVersionHistory(editor: EditorStore, snapshots: SnapshotRepository, clock = () => new Date()) {
  const openJourney = () => {
    const { status, journey } = editor.getState();
    return status === 'ready' ? journey : null;
  };

  return {
    /** The open journey's snapshots, newest first. */
    async list(): Promise<SnapshotRow[]> {
      const journey = openJourney();
      return journey ? snapshots.list(journey.id) : [];
    },

    /** Saves the open journey as it is now, under a name. */
    async saveNamed(name: string): Promise<number | undefined> {
      const journey = openJourney();
      return journey ? snapshots.add(journey, 'named', name, clock()) : undefined;
    },

    /** A snapshot's journey, read back through restore. */
    async preview(id: number): Promise<RestoreResult | undefined> {
      return snapshots.load(id);
    },

    /** Snapshots the current state, then replaces the open journey's content with the snapshot's. */
    async restore(id: number): Promise<void> {
      const loaded = await snapshots.load(id);
      if (!loaded?.ok) throw new SnapshotUnreadableError(id);
      const before = openJourney();
      if (!before) return;
      await snapshots.add(before, 'before-restore', '', clock());
      if (openJourney()?.id !== before.id) return;
      editor.getState().run(replaceJourneyContent, { content: loaded.journey });
    },
  };
}

export type VersionHistory = ReturnType<typeof createVersionHistory>;

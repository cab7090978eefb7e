import type { Journey } from '../domain/journey';
import type { EditorStore } from './editorStore';
import { isClosedDatabaseError } from '../storage/errors';
import type { SnapshotRepository } from '../storage/snapshotRepository';

/** Editing time between two automatic snapshots. */
export const AUTO_SNAPSHOT_INTERVAL_MS = 10 * 60 * 1000;

export interface AutoSnapshotOptions {
  /** Least time between two automatic snapshots while editing. */
  intervalMs?: number;
  /** Time stamped on snapshots. */
  clock?: () => Date;
}

/**
 * Automatic snapshots as a listener on the editor store, like saving: one when a journey opens (unless
 * the newest snapshot already holds it) and one every `intervalMs` while it is being edited. Failures are
 * logged, never shown: history is a safety net and must not get in the way of editing.
 */
export function startAutoSnapshots(
  store: EditorStore,
  repository: SnapshotRepository,
  options: AutoSnapshotOptions = {},
) {
  const intervalMs = options.intervalMs ?? AUTO_SNAPSHOT_INTERVAL_MS;
  const clock = options.clock ?? (() => new Date());
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The journey last snapshotted (or found identical to the newest snapshot). */
  let lastTaken: Journey | null = null;
  /** Snapshot writes run one after another. */
  let queue: Promise<unknown> = Promise.resolve();

  const take = (journey: Journey, onlyIfNew: boolean) => {
    lastTaken = journey;
    queue = queue
      .then(async () => {
        if (onlyIfNew && (await repository.isSameAsNewest(journey))) return;
        await repository.add(journey, 'auto', '', clock());
      })
      .catch((error: unknown) => {
        // A closed database means the app is going away or upgrading elsewhere; autosave tells the user.
        if (!isClosedDatabaseError(error)) console.warn('Automatic snapshot failed', error);
      });
  };

  const onInterval = () => {
    timer = undefined;
    const { status, journey } = store.getState();
    if (status === 'ready' && journey && journey !== lastTaken && journey.id === lastTaken?.id) take(journey, true);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.status !== 'ready' || !state.journey) {
      if (previous.status === 'ready') {
        clearTimeout(timer);
        timer = undefined;
        lastTaken = null;
      }
      return;
    }
    const opened = previous.status !== 'ready' || previous.journey?.id !== state.journey.id;
    if (opened) {
      clearTimeout(timer);
      timer = undefined;
      take(state.journey, true);
    } else if (state.journey !== previous.journey && !timer) {
      timer = setTimeout(onInterval, intervalMs);
    }
  });

  return {
    /** Resolves once every snapshot started so far is written (or failed). */
    async flush(): Promise<void> {
      let current: Promise<unknown>;
      do {
        current = queue;
        await current;
      } while (current !== queue);
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
      unsubscribe();
    },
  };
}

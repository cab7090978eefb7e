import type { Journey } from '../domain/journey';
import type { EditorStore, SaveErrorKind } from './editorStore';
import { isClosedDatabaseError, isQuotaError, MissingJourneyError, StaleRevisionError } from '../storage/errors';
import type { JourneyRepository } from '../storage/journeyRepository';
import { clearPendingEdits, writePendingEdits } from '../storage/pendingEdits';

export interface AutosaveOptions {
  /** Least time between two writes; the first change after a quiet spell is written at once. */
  throttleMs?: number;
  /** Wait before retrying a failed write. */
  retryMs?: number;
  /** Told after every committed write, e.g. to let other tabs know. */
  onSaved?: (journeyId: string, revision: number) => void;
  /** Where page lifecycle events come from; window in the app. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

function errorKind(error: unknown): SaveErrorKind {
  if (error instanceof StaleRevisionError) return 'stale';
  if (error instanceof MissingJourneyError) return 'missing';
  if (isQuotaError(error)) return 'quota';
  if (isClosedDatabaseError(error)) return 'upgrade';
  return 'unknown';
}

/**
 * Saving as a listener on the editor store: throttled, flushed when the page hides, silent until a
 * journey has loaded, and reporting failures to the store (which keeps the in-memory journey).
 */
export function startAutosave(store: EditorStore, repository: JourneyRepository, options: AutosaveOptions = {}) {
  const throttleMs = options.throttleMs ?? 400;
  const retryMs = options.retryMs ?? 3000;
  const events = options.events ?? window;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | undefined;
  let lastWriteAt = -Infinity;
  /** Id of the journey whose safety copy sits in localStorage, if any. */
  let pendingCopyOf: string | undefined;

  const dirty = () => {
    const { status, journey, persisted } = store.getState();
    return status === 'ready' && journey !== null && journey !== persisted;
  };

  const write = () => {
    clearTimeout(timer);
    timer = undefined;
    if (writing || !dirty()) return;
    const { journey, revision } = store.getState() as { journey: Journey; revision: number };
    lastWriteAt = Date.now();
    writing = repository
      .save(journey, revision)
      .then(
        (next) => {
          store.getState().markSaved(journey, next);
          options.onSaved?.(journey.id, next);
          if (pendingCopyOf === journey.id && !dirty()) {
            clearPendingEdits(journey.id);
            pendingCopyOf = undefined;
          }
        },
        async (error: unknown) => {
          const kind = errorKind(error);
          // Another tab saved first: take its version in (merging ours into it), then save the result.
          if (kind === 'stale' && (await takeInLatest(journey.id))) return;
          store.getState().markSaveError(kind);
          if (kind === 'quota' || kind === 'unknown') timer = setTimeout(write, retryMs);
        },
      )
      .finally(() => {
        writing = undefined;
        // A refused (stale) or vanished journey needs the user, not another try.
        const { saveError } = store.getState();
        if (dirty() && !timer && saveError !== 'stale' && saveError !== 'missing' && saveError !== 'upgrade')
          schedule();
      });
  };

  const takeInLatest = async (journeyId: string): Promise<boolean> => {
    const latest = await repository.load(journeyId).catch(() => undefined);
    if (!latest?.ok) return false;
    store.getState().integrate(latest.journey, latest.revision);
    return true;
  };

  const schedule = () => {
    if (writing || timer) return;
    const wait = lastWriteAt + throttleMs - Date.now();
    if (wait <= 0) write();
    else timer = setTimeout(write, wait);
  };

  const flush = () => {
    if (dirty()) write();
  };
  // The page may be going away: keep a synchronous copy too, since the IndexedDB write may not finish.
  const onPageHide = () => {
    const { journey } = store.getState();
    if (dirty() && journey && writePendingEdits(journey)) pendingCopyOf = journey.id;
    flush();
  };
  // visibilitychange is fired at the document and bubbles to the window.
  const onVisibility = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') flush();
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.journey !== previous.journey && state.saveError !== 'stale' && state.saveError !== 'upgrade' && dirty()) {
      schedule();
    }
    // While writes are impossible, keep a synchronous copy so a reload recovers the edits.
    if (state.saveError === 'upgrade' && state.journey && dirty() && state.journey !== previous.journey) {
      writePendingEdits(state.journey);
    }
  });
  events.addEventListener('pagehide', onPageHide);
  events.addEventListener('visibilitychange', onVisibility);

  return {
    /** A newer version of the app upgraded the database: stop writing, keep edits in the safety copy. */
    stopForUpgrade() {
      clearTimeout(timer);
      timer = undefined;
      const { journey } = store.getState();
      if (journey && dirty()) writePendingEdits(journey);
      store.getState().markSaveError('upgrade');
    },
    /** Another tab saved this journey at `revision`: take it in if it is newer than what this tab has. */
    async onExternalSave(journeyId: string, revision: number): Promise<void> {
      const state = store.getState();
      if (state.journey?.id !== journeyId || revision <= state.revision) return;
      while (writing) await writing;
      if (revision > store.getState().revision) await takeInLatest(journeyId);
    },
    /** Starts any pending write now and resolves when storage holds the latest journey or a write failed. */
    async flush(): Promise<void> {
      flush();
      while (writing) await writing;
    },
    stop() {
      clearTimeout(timer);
      unsubscribe();
      events.removeEventListener('pagehide', onPageHide);
      events.removeEventListener('visibilitychange', onVisibility);
    },
  };
}

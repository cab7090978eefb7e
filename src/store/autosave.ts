import type * as Y from 'yjs';
import type { Journey } from '../domain/journey';
import { docModule } from '../doc/lazy';
import { createId } from '../domain/ids';
import { isClosedDatabaseError, isQuotaError, MissingJourneyError } from '../storage/errors';
import type { JourneyRepository } from '../storage/journeyRepository';
import { clearPendingEdits, writePendingEdits } from '../storage/pendingEdits';
import { ORIGIN, type EditorStore, type SaveErrorKind } from './editorStore';

export interface AutosaveOptions {
  /** Least time between two writes, ms; the first change after a quiet spell is written at once. */
  throttleMs?: number;
  /** Wait before retrying a failed write, ms. */
  retryMs?: number;
  /** Told after every committed write with what it stored, e.g. to relay it to other tabs. */
  onSaved?: (journeyId: string, update: Uint8Array, revision: number) => void;
  /** Where page lifecycle events come from; window in the app. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** A journey's update rows are compacted after this many writes of this tab. */
  compactEvery?: number;
  /**
   * Quiet time after the last write before the journey's insights projection is stored, ms: the projection
   * (a copy of every touchpoint) is written once typing pauses, not with every save. The page hiding, another
   * journey opening and flush() write it at once.
   */
  insightsDelayMs?: number;
}

function errorKind(error: unknown): SaveErrorKind {
  if (error instanceof MissingJourneyError) return 'missing';
  if (isQuotaError(error)) return 'quota';
  if (isClosedDatabaseError(error)) return 'upgrade';
  return 'unknown';
}

/** Changes that are already in IndexedDB when they reach this tab's document. */
const STORED = new Set<unknown>([ORIGIN.storage, ORIGIN.tab]);

/**
 * Saving as a listener on the open journey's document: every change not read from storage (this tab's
 * commands, repairs, what the sync server sends) is queued as a Yjs update and written, throttled, as one
 * merged update; the page hiding flushes it, with a synchronous safety copy in localStorage for a write
 * the reload cuts short. Failures are reported to the store, which keeps the journey in memory, and
 * retried when retrying can help.
 */
export function startAutosave(store: EditorStore, repository: JourneyRepository, options: AutosaveOptions = {}) {
  const throttleMs = options.throttleMs ?? 400;
  const retryMs = options.retryMs ?? 3000;
  const compactEvery = options.compactEvery ?? 32;
  const insightsDelayMs = options.insightsDelayMs ?? 2000;
  const events = options.events ?? window;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | undefined;
  let lastWriteAt = -Infinity;
  let writes = 0;
  /** Updates of the open document not yet committed, oldest first, with the journey they belong to. */
  let pending: Uint8Array[] = [];
  let journeyId: string | null = null;
  /** The watched document's journey as last read: what the library row of a write is made from. */
  let journey: Journey | null = null;
  let watched: Y.Doc | null = null;
  let stopped = false;
  /** The write of what a closed document left pending. */
  let leftovers: Promise<void> = Promise.resolve();
  /** The last write's journey and revision, whose insights projection is not stored yet. */
  let unprojected: { journey: Journey; revision: number } | null = null;
  let insightsTimer: ReturnType<typeof setTimeout> | undefined;
  let projecting: Promise<unknown> = Promise.resolve();
  /** The page is hiding: the next write stores the projection with it, as no timer may run after. */
  let projectWithNextWrite = false;
  /** The update the current write stores, until it is stored or failed (then it is pending again). */
  let inFlight: { journeyId: string; update: Uint8Array } | null = null;
  /** The last safety copy found no room in localStorage either. */
  let copyRefused = false;

  /**
   * Stores the projection the last write left out. A failure is left alone: the stored projection is then
   * of an older revision, and the insights page rebuilds it from the document.
   */
  const writeInsights = () => {
    clearTimeout(insightsTimer);
    insightsTimer = undefined;
    if (!unprojected) return;
    const { journey: saved, revision } = unprojected;
    unprojected = null;
    projecting = repository.writeInsights(saved, revision).catch(() => false);
  };

  const blocked = () => {
    const { saveError } = store.getState();
    return stopped || saveError === 'upgrade' || saveError === 'missing';
  };

  const write = () => {
    clearTimeout(timer);
    timer = undefined;
    if (writing || pending.length === 0 || blocked() || !journey) return;
    const batch = pending;
    const target = journey;
    pending = [];
    const update = docModule().mergeUpdates(batch);
    inFlight = { journeyId: target.id, update };
    lastWriteAt = Date.now();
    const withInsights = projectWithNextWrite;
    projectWithNextWrite = false;
    writing = repository
      .appendUpdate(target, update, { insights: withInsights })
      .then(
        (revision) => {
          if (unprojected && unprojected.journey.id !== target.id) writeInsights();
          if (withInsights) {
            if (unprojected?.journey.id === target.id) unprojected = null;
          } else {
            unprojected = { journey: target, revision };
            clearTimeout(insightsTimer);
            insightsTimer = setTimeout(writeInsights, insightsDelayMs);
          }
          const current = target.id === journeyId;
          if (current) store.getState().markSaved(revision);
          options.onSaved?.(target.id, update, revision);
          if (pending.length === 0 || !current) {
            if (current) store.getState().markUnsaved(false);
            clearPendingEdits(target.id);
          }
          if (++writes % compactEvery === 0) void repository.compact(target.id).catch(() => undefined);
        },
        (error: unknown) => {
          // A journey closed meanwhile keeps its edits in a safety copy of their own (this tab's copy of it is
          // cleared once the rest of its edits commit); the open one retries.
          if (target.id !== journeyId) {
            writePendingEdits(target.id, update, undefined, createId());
            return;
          }
          pending = [update, ...pending];
          const kind = errorKind(error);
          // An upgrade elsewhere stays the reason (a write cut short by it may fail otherwise); its edits are
          // kept in the safety copy as every edit is from then on.
          if (store.getState().saveError === 'upgrade') {
            keepSafetyCopy();
            return;
          }
          store.getState().markSaveError(kind);
          // While storage refuses, the page may yet crash or be dropped (a phone's background tab), with no
          // pagehide to write the copy: it is kept now, and with every edit until a write succeeds.
          keepSafetyCopy();
          if (kind === 'quota' || kind === 'unknown') timer = setTimeout(write, retryMs);
        },
      )
      .finally(() => {
        writing = undefined;
        inFlight = null;
        if (pending.length > 0 && !timer && !blocked()) schedule();
      });
  };

  const schedule = () => {
    if (writing || timer || blocked()) return;
    const wait = lastWriteAt + throttleMs - Date.now();
    if (wait <= 0) write();
    else timer = setTimeout(write, wait);
  };

  /**
   * The unsaved updates as a synchronous copy in localStorage, for a reload that cuts a write short: the
   * pending ones and the one being written (an edit right before the reload is often written at once).
   */
  const keepSafetyCopy = () => {
    const unsaved = inFlight?.journeyId === journeyId ? [inFlight.update, ...pending] : pending;
    if (unsaved.length === 0 || !journeyId) return;
    copyRefused = !writePendingEdits(journeyId, docModule().mergeUpdates(unsaved));
  };

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (STORED.has(origin)) return;
    pending.push(update);
    store.getState().markUnsaved(true);
    const { saveError } = store.getState();
    if (saveError) keepSafetyCopy();
    if (saveError !== 'upgrade') schedule();
  };

  /** Follows the open document: a new journey's updates go to the new journey. */
  const watch = (doc: Y.Doc | null, current: Journey | null) => {
    if (doc === watched) {
      if (current && current.id === journeyId) journey = current;
      return;
    }
    watched?.off('update', onUpdate);
    writeInsights();
    // What the previous document still has pending is written now, for the journey it belongs to (the safety
    // copy stays until that write commits).
    if (pending.length > 0 && journey) {
      keepSafetyCopy();
      clearTimeout(timer);
      timer = undefined;
      const owner = journey;
      const update = docModule().mergeUpdates(pending);
      leftovers = (writing ?? Promise.resolve())
        .then(() => repository.appendUpdate(owner, update))
        .then(
          (revision) => {
            options.onSaved?.(owner.id, update, revision);
            clearPendingEdits(owner.id);
          },
          // A copy of their own: this tab's copy of the journey may be cleared by the write in flight.
          () => void writePendingEdits(owner.id, update, undefined, createId()),
        );
    }
    pending = [];
    watched = doc;
    journeyId = current?.id ?? null;
    journey = current;
    doc?.on('update', onUpdate);
  };

  const flushNow = () => {
    if (pending.length > 0) write();
  };
  /** The page may not come back: write now, with the insights projection, as no timer may run after. */
  const flushBeforeLeaving = () => {
    store.getState().flushDrafts();
    if (pending.length > 0) projectWithNextWrite = true;
    flushNow();
    writeInsights();
  };
  // The page may be going away: keep a synchronous copy too, since the IndexedDB write may not finish.
  const onPageHide = () => {
    store.getState().flushDrafts();
    keepSafetyCopy();
    flushBeforeLeaving();
  };
  // Leaving while edits are neither stored nor certain to fit in the safety copy: the browser asks first.
  // An upgrade elsewhere keeps every edit in the copy as it is made, so only a refused copy counts there.
  const onBeforeUnload = (event: Event) => {
    const { saveError, unsaved } = store.getState();
    if (!unsaved || !saveError || (saveError === 'upgrade' && !copyRefused)) return;
    event.preventDefault();
    // Chromium before 119 and Safari show the prompt only for a returnValue set.
    (event as BeforeUnloadEvent).returnValue = '';
  };
  // A hidden page may never come back (a phone drops background tabs without pagehide): the write starts and
  // a copy is kept until it commits. visibilitychange is fired at the document and bubbles to the window.
  const onVisibility = () => {
    if (typeof document === 'undefined' || document.visibilityState !== 'hidden') return;
    store.getState().flushDrafts();
    keepSafetyCopy();
    flushBeforeLeaving();
  };

  const unsubscribe = store.subscribe((state) => watch(state.doc, state.journey));
  watch(store.getState().doc, store.getState().journey);
  events.addEventListener('pagehide', onPageHide);
  events.addEventListener('visibilitychange', onVisibility);
  events.addEventListener('beforeunload', onBeforeUnload);

  return {
    /** A newer version of the app upgraded the database: stop writing, keep edits in the safety copy. */
    stopForUpgrade() {
      clearTimeout(timer);
      timer = undefined;
      keepSafetyCopy();
      store.getState().markSaveError('upgrade');
    },
    /**
     * Starts any pending write now and resolves when storage holds every change (and the insights projection
     * of the last) or a write failed.
     */
    async flush(): Promise<void> {
      flushNow();
      while (writing) await writing;
      await leftovers;
      writeInsights();
      await projecting;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(insightsTimer);
      unsubscribe();
      watched?.off('update', onUpdate);
      events.removeEventListener('pagehide', onPageHide);
      events.removeEventListener('visibilitychange', onVisibility);
      events.removeEventListener('beforeunload', onBeforeUnload);
    },
  };
}

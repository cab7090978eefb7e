/**
 * Text typed into a field but not yet written to the journey. A field that writes once typing pauses (see
 * panels/useDraftText) holds its draft here from its first unwritten key until it writes it, and everything
 * that reads or changes the journey from this tab flushes the drafts first: a command, undo and redo,
 * opening and closing a journey, and saving when the page hides. So a draft can never be lost, overtaken by
 * an older text, or left out of a save; and while one is held, the save status says the journey is not
 * saved yet.
 */
const drafts = new Set<() => void>();
const listeners = new Set<() => void>();

const notify = () => {
  for (const listener of [...listeners]) listener();
};

/**
 * Holds a draft's flush (it writes the draft to the journey, and does nothing when there is none) until the
 * returned release is called, once written or when its field goes away.
 */
export function holdDraft(flush: () => void): () => void {
  drafts.add(flush);
  notify();
  return () => {
    if (drafts.delete(flush)) notify();
  };
}

/** Writes every held draft to the journey now, synchronously. */
export function flushDrafts(): void {
  for (const flush of [...drafts]) flush();
}

/** Whether some typed text is not in the journey yet. */
export function hasDrafts(): boolean {
  return drafts.size > 0;
}

/** Calls `listener` when drafts are held or released; returns the unsubscribe (useSyncExternalStore's shape). */
export function subscribeDrafts(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

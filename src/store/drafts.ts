/**
 * Text typed into a field but not yet written to the journey. A field that writes once typing pauses (see
 * panels/useDraftText) holds its draft here, and everything that reads or changes the journey from this tab
 * flushes the drafts first: a command, undo and redo, opening and closing a journey, and saving when the page
 * hides. So a draft can never be lost, overtaken by an older text, or left out of a save.
 */
const drafts = new Set<() => void>();

/**
 * Holds a draft's flush (it writes the draft to the journey, and does nothing when there is none) until the
 * returned release is called, when its field goes away.
 */
export function holdDraft(flush: () => void): () => void {
  drafts.add(flush);
  return () => {
    drafts.delete(flush);
  };
}

/** Writes every held draft to the journey now, synchronously. */
export function flushDrafts(): void {
  for (const flush of [...drafts]) flush();
}

/**
 * Text typed into a field but not yet written to the journey. A field that writes once typing pauses (see
 * ui/useDraftText) holds its draft in the editor store from its first unwritten key until it writes it,
 * and the store flushes the held drafts before anything reads or changes the journey from this tab: a
 * command, undo and redo, opening and closing a journey, and the save when the page hides. So a draft can
 * never be lost, overtaken by an older text, or left out of a save; and while one is held the store's
 * `drafting` is true, which the save status and undo read.
 */
export interface Drafts {
  /**
   * Holds a draft's flush (it writes the draft to the journey, and does nothing when there is none) until
   * the returned release is called, once written or when its field goes away.
   */
  hold(flush: () => void): () => void;
  /** Writes every held draft to the journey now, synchronously. */
  flush(): void;
}

/** A store's drafts; `onHeld(true)` when the first is held, `onHeld(false)` when the last is released. */
export function createDrafts(onHeld: (held: boolean) => void): Drafts {
  const held = new Set<() => void>();
  return {
    hold(flush) {
      held.add(flush);
      onHeld(true);
      return () => {
        if (held.delete(flush)) onHeld(held.size > 0);
      };
    },
    flush() {
      for (const flush of [...held]) flush();
    },
  };
}

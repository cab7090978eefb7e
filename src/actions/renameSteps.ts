import type { EditorStore } from '../store/editorStore';

/**
 * The undo steps a rename field adds to the journey's history, so that Escape can take them out again rather
 * than write the old name as one more step (after which Ctrl+Z would bring the cancelled name back).
 * `write(name, rename)` runs the field's rename command; `cancel(current, restore)` does nothing unless
 * `current`, the name now, is the last one written here (no one renamed it since); then it undoes the steps
 * added when they are still the last of this tab's history, else writes `restore` as a rename of its own.
 * Units: undo steps.
 */
export function renameSteps(editor: EditorStore) {
  let added = 0;
  /** The history's depth right after the field's last write; -1 before any. */
  let depthAfter = -1;
  /** The name this field last wrote, if any. */
  let written: string | null = null;
  return {
    write(name: string, rename: () => void): void {
      const before = editor.getState().undoDepth;
      rename();
      const after = editor.getState().undoDepth;
      if (after > before) added += after - before;
      depthAfter = after;
      written = name;
    },
    /** Starts a new rename: the steps of an earlier one (kept with Enter) are not this one's to take out. */
    reset(): void {
      added = 0;
      depthAfter = -1;
      written = null;
    },
    /** Takes the field's rename out of the history, or, if this tab did something since, `restore`s it. */
    cancel(current: string | undefined, restore: () => void): void {
      if (written === null || current !== written) return;
      const state = editor.getState();
      if (added > 0 && state.undoDepth === depthAfter && state.redoDepth === 0) {
        for (let i = 0; i < added; i++) editor.getState().undo();
      } else restore();
      this.reset();
    },
  };
}

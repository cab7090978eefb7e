import type { EditorStore } from '../store/editorStore';

/**
 * The undo steps a rename field adds to the journey's history, so that Escape can take them out again rather
 * than write the old name as one more step (after which Ctrl+Z would bring the cancelled name back).
 * `write` runs the field's rename command; `cancel` undoes the steps it added, when they are still the last
 * of this tab's history, else writes `restore` as a rename of its own. Units: undo steps.
 */
export function renameSteps(editor: EditorStore) {
  let added = 0;
  /** The history's depth right after the field's last write; -1 before any. */
  let depthAfter = -1;
  return {
    write(rename: () => void): void {
      const before = editor.getState().undoDepth;
      rename();
      const after = editor.getState().undoDepth;
      if (after > before) added += after - before;
      depthAfter = after;
    },
    /** Starts a new rename: the steps of an earlier one (kept with Enter) are not this one's to take out. */
    reset(): void {
      added = 0;
      depthAfter = -1;
    },
    /** Takes the field's rename out of the history, or, if this tab did something since, `restore`s it. */
    cancel(restore: () => void): void {
      if (depthAfter < 0) return;
      const state = editor.getState();
      if (added > 0 && state.undoDepth === depthAfter && state.redoDepth === 0) {
        for (let i = 0; i < added; i++) editor.getState().undo();
      } else restore();
      added = 0;
      depthAfter = -1;
    },
  };
}

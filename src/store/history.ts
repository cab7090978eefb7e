/**
 * Runs of one command with the same merge key this close together become one undo step (one drag, typing
 * into one field, a burst of arrow-key moves), in milliseconds.
 */
export const MERGE_WINDOW_MS = 1500;

import type { Patch } from 'immer';

/** One undo step: the patches that made it and those that take it back. */
export interface HistoryEntry {
  patches: Patch[];
  inverse: Patch[];
  mergeKey?: string;
  at: number;
}

/** Runs of one command with the same merge key this close together become one undo step. */
export const MERGE_WINDOW_MS = 1500;
/** Undo steps kept per open journey. */
export const HISTORY_LIMIT = 300;

/** Adds an entry to the past, merging it into the last one when their keys match within the window. */
export function pushEntry(past: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const last = past[past.length - 1];
  if (last && entry.mergeKey && last.mergeKey === entry.mergeKey && entry.at - last.at <= MERGE_WINDOW_MS) {
    const merged: HistoryEntry = {
      patches: [...last.patches, ...entry.patches],
      inverse: [...entry.inverse, ...last.inverse],
      mergeKey: entry.mergeKey,
      at: entry.at,
    };
    return [...past.slice(0, -1), merged];
  }
  const next = [...past, entry];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}

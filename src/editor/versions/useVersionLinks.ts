import { useEffect, useMemo, useState } from 'react';
import type { Journey } from '../../domain/journey';
import type { RestoreError } from '../../domain/restore';
import type { LibraryState } from '../../store/libraryStore';
import { useEditor, useLibrary, useServices } from '../../store/services';

/** A journey's library row: its name, revision and summary. */
type JourneyMetaRow = LibraryState['rows'][number];

/** How the open journey is linked to its other versions, read from the library rows (trashed ones left out). */
export interface VersionLinks {
  /** For a to-be: its as-is' row, or null when the as-is is not in the library (deleted, never here). */
  asIs: JourneyMetaRow | null;
  /** For an as-is: the rows of its to-be versions, newest edit first. */
  toBes: JourneyMetaRow[];
}

/**
 * The open journey's links to its other versions. An as-is does not know its to-be versions (they name it),
 * so they are found among the library rows, read again whenever another journey opens.
 */
export function useVersionLinks(): VersionLinks {
  const { library } = useServices();
  const id = useEditor((s) => s.journey?.id);
  const asIsId = useEditor((s) => s.journey?.asIsId ?? null);
  const rows = useLibrary((s) => s.rows);
  // Read on every journey opened: this tab's own saves (a rename, a touchpoint added to the as-is) do not
  // refresh the rows, and the editor may have been opened before the library ever was.
  useEffect(() => {
    if (id !== undefined) void library.getState().refresh();
  }, [library, id]);
  return useMemo(() => {
    const live = rows.filter((row) => row.deletedAt === null);
    return {
      asIs: asIsId === null ? null : (live.find((row) => row.id === asIsId) ?? null),
      toBes: live.filter((row) => row.summary.state === 'to-be' && row.summary.asIsId === id),
    };
  }, [rows, id, asIsId]);
}

/** A stored journey read for a comparison or a re-base: loading, read, or why not. */
export type StoredJourney =
  | { status: 'loading' }
  | { status: 'ready'; journey: Journey }
  | { status: 'missing' }
  /** A restore error (said in the UI language), or an unexpected failure's own text. */
  | { status: 'broken'; error: RestoreError | string };

/**
 * Reads another stored journey (not the open one) as plain data, again whenever its `revision` moves on
 * (another tab saved it). Null id: nothing to read ('missing').
 */
export function useStoredJourney(id: string | null, revision: number | undefined): StoredJourney {
  const { repository } = useServices();
  const [read, setRead] = useState<{ key: string; result: StoredJourney } | null>(null);
  const key = `${id}@${revision}`;
  useEffect(() => {
    if (id === null) return;
    let live = true;
    repository
      .load(id)
      .then((loaded): StoredJourney => {
        if (!loaded) return { status: 'missing' };
        if (!loaded.ok) return { status: 'broken', error: loaded.error };
        return { status: 'ready', journey: loaded.journey };
      })
      .catch((error: unknown): StoredJourney => ({ status: 'broken', error: String(error) }))
      .then((result) => live && setRead({ key, result }));
    return () => {
      live = false;
    };
  }, [repository, id, key]);
  if (id === null) return { status: 'missing' };
  return read?.key === key ? read.result : { status: 'loading' };
}

import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { DATABASE_FILE } from '../sqliteStore.ts';

/** Reads what the server has stored (state plus pending updates) for a document, beside the running server. */
export function storedDocument(dataDir: string, name: string): Y.Doc | null {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    // One read transaction: a compaction between the two reads would otherwise hide updates.
    const { state, updates } = db.transaction(() => ({
      state: db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?').get(name),
      updates: db.prepare<[string], { data: Buffer }>('SELECT data FROM updates WHERE name = ? ORDER BY seq').all(name),
    }))();
    if (!state && updates.length === 0) return null;
    const doc = new Y.Doc();
    if (state) Y.applyUpdate(doc, state.state);
    for (const update of updates) Y.applyUpdate(doc, update.data);
    return doc;
  } finally {
    db.close();
  }
}

/** How many rows the database holds for a room, table by table. */
export function storedRows(dataDir: string, room: string): Record<string, number> {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const count = (sql: string) => db.prepare<[string], { n: number }>(sql).get(room)?.n ?? 0;
    return {
      rooms: count('SELECT COUNT(*) AS n FROM rooms WHERE id = ?'),
      keys: count('SELECT COUNT(*) AS n FROM room_keys WHERE room_id = ?'),
      documents: count('SELECT COUNT(*) AS n FROM documents WHERE room_id = ?'),
      updates: count('SELECT COUNT(*) AS n FROM updates WHERE room_id = ?'),
    };
  } finally {
    db.close();
  }
}

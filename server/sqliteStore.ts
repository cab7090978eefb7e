import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { mergeUpdates } from 'yjs';
import type { Capability } from './capabilities.ts';
import { lockDataDir } from './dataLock.ts';
import type { CreateResult, RoomRecord, Store } from './store.ts';

/** The database file inside the data directory. */
export const DATABASE_FILE = 'recorrido.sqlite3';

/** Schema migrations, numbered by position: only ever append. `user_version` records how many ran. */
const MIGRATIONS = [
  `CREATE TABLE rooms (
     id TEXT PRIMARY KEY,
     manage_hash TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   ) STRICT;
   CREATE TABLE room_keys (
     room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
     capability TEXT NOT NULL,
     key_hash TEXT NOT NULL,
     PRIMARY KEY (room_id, capability)
   ) STRICT;
   CREATE TABLE documents (
     name TEXT PRIMARY KEY,
     room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
     state BLOB NOT NULL,
     updated_at INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX documents_by_room ON documents(room_id);
   CREATE TABLE updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     name TEXT NOT NULL,
     room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
     data BLOB NOT NULL
   ) STRICT;
   CREATE INDEX updates_by_name ON updates(name, seq);
   CREATE INDEX updates_by_room ON updates(room_id);`,
];

/** Opens (creating if needed) the database in `dir` and brings its schema up to date. */
export function openDatabase(dir: string): Database.Database {
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, DATABASE_FILE));
  // WAL with synchronous=NORMAL: a committed write survives the process being killed.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new Error(`${DATABASE_FILE} has schema ${version}, newer than this server (${MIGRATIONS.length})`);
  }
  db.transaction(() => {
    for (let i = version; i < MIGRATIONS.length; i++) db.exec(MIGRATIONS[i]);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  })();
  return db;
}

function isForeignKeyError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

function sameRoom(a: RoomRecord, b: RoomRecord): boolean {
  const capabilities = new Set([...Object.keys(a.keyHashes), ...Object.keys(b.keyHashes)]) as Set<Capability>;
  return a.manageHash === b.manageHash && [...capabilities].every((c) => a.keyHashes[c] === b.keyHashes[c]);
}

/**
 * The Store on an embedded SQLite database in `dir`, which it locks for this process until closed. One
 * process holds every update of its documents, so compacting drops all of a document's pending updates.
 */
export function createSqliteStore(dir: string): Store {
  mkdirSync(dir, { recursive: true });
  const unlock = lockDataDir(dir);
  let db: Database.Database;
  try {
    db = openDatabase(dir);
  } catch (error) {
    unlock();
    throw error;
  }
  const q = {
    room: db.prepare<[string], { id: string; manage_hash: string }>('SELECT id, manage_hash FROM rooms WHERE id = ?'),
    keys: db.prepare<[string], { capability: Capability; key_hash: string }>(
      'SELECT capability, key_hash FROM room_keys WHERE room_id = ?',
    ),
    insertRoom: db.prepare('INSERT INTO rooms (id, manage_hash, created_at, updated_at) VALUES (?, ?, ?, ?)'),
    touchRoom: db.prepare('UPDATE rooms SET updated_at = ? WHERE id = ?'),
    setManage: db.prepare('UPDATE rooms SET manage_hash = ? WHERE id = ?'),
    putKey: db.prepare('INSERT OR REPLACE INTO room_keys (room_id, capability, key_hash) VALUES (?, ?, ?)'),
    deleteRoom: db.prepare('DELETE FROM rooms WHERE id = ?'),
    state: db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?'),
    pending: db.prepare<[string], { data: Buffer }>('SELECT data FROM updates WHERE name = ? ORDER BY seq'),
    append: db.prepare('INSERT INTO updates (name, room_id, data) VALUES (?, ?, ?)'),
    save: db.prepare(
      `INSERT INTO documents (name, room_id, state, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
    ),
    dropPending: db.prepare('DELETE FROM updates WHERE name = ?'),
  };

  const readRoom = (id: string): RoomRecord | undefined => {
    const row = q.room.get(id);
    if (!row) return undefined;
    const keyHashes: RoomRecord['keyHashes'] = {};
    for (const key of q.keys.all(id)) keyHashes[key.capability] = key.key_hash;
    return { id: row.id, manageHash: row.manage_hash, keyHashes };
  };

  const create = db.transaction((room: RoomRecord): CreateResult => {
    const existing = readRoom(room.id);
    if (existing) return sameRoom(existing, room) ? 'exists' : 'conflict';
    const now = Date.now();
    q.insertRoom.run(room.id, room.manageHash, now, now);
    for (const [capability, hash] of Object.entries(room.keyHashes)) q.putKey.run(room.id, capability, hash);
    return 'created';
  });

  const rotate = db.transaction(
    (id: string, keyHashes: Partial<Record<Capability, string>>, manageHash?: string): boolean => {
      if (!q.room.get(id)) return false;
      for (const [capability, hash] of Object.entries(keyHashes)) q.putKey.run(id, capability, hash);
      if (manageHash) q.setManage.run(manageHash, id);
      q.touchRoom.run(Date.now(), id);
      return true;
    },
  );

  const save = db.transaction((name: string, roomId: string, state: Uint8Array) => {
    q.save.run(name, roomId, state, Date.now());
    q.dropPending.run(name);
  });

  return {
    createRoom: async (room) => create(room),
    getRoom: async (id) => readRoom(id),
    rotateKeys: async (id, keyHashes, manageHash) => rotate(id, keyHashes, manageHash),
    deleteRoom: async (id) => q.deleteRoom.run(id).changes > 0,
    loadDocument: async (name) => {
      const parts = [q.state.get(name)?.state, ...q.pending.all(name).map((row) => row.data)].filter(
        (part): part is Buffer => part !== undefined,
      );
      return parts.length === 0 ? null : parts.length === 1 ? new Uint8Array(parts[0]) : mergeUpdates(parts);
    },
    appendUpdate: (name, roomId, update) => {
      try {
        q.append.run(name, roomId, update);
        return true;
      } catch (error) {
        if (isForeignKeyError(error)) return false;
        throw error;
      }
    },
    saveDocument: async (name, roomId, state) => {
      try {
        save(name, roomId, state);
        return true;
      } catch (error) {
        if (isForeignKeyError(error)) return false;
        throw error;
      }
    },
    close: async () => {
      if (!db.open) return;
      db.close();
      unlock();
    },
  };
}

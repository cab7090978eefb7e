import pg from 'pg';
import { mergeUpdates } from 'yjs';
import type { Capability } from './capabilities.ts';
import type { CreateResult, RoomRecord, Store } from './store.ts';

/** Schema migrations, numbered by position: only ever append. `recorrido_schema` records how many ran. */
const MIGRATIONS = [
  `CREATE TABLE rooms (
     id TEXT PRIMARY KEY,
     manage_hash TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     updated_at BIGINT NOT NULL
   );
   CREATE TABLE room_keys (
     room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
     capability TEXT NOT NULL,
     key_hash TEXT NOT NULL,
     PRIMARY KEY (room_id, capability)
   );
   CREATE TABLE documents (
     name TEXT PRIMARY KEY,
     room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
     state BYTEA NOT NULL,
     updated_at BIGINT NOT NULL
   );
   CREATE INDEX documents_by_room ON documents(room_id);
   CREATE TABLE updates (
     seq BIGSERIAL PRIMARY KEY,
     name TEXT NOT NULL,
     room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
     data BYTEA NOT NULL
   );
   CREATE INDEX updates_by_name ON updates(name, seq);
   CREATE INDEX updates_by_room ON updates(room_id);`,
];

/** Any number: processes starting together take this advisory lock to migrate one at a time. */
const MIGRATION_LOCK = 0x7265636f;

const FOREIGN_KEY_VIOLATION = '23503';

function isForeignKeyError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === FOREIGN_KEY_VIOLATION;
}

const bytes = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS recorrido_schema (version INTEGER NOT NULL)');
    const row = (await client.query<{ version: number }>('SELECT version FROM recorrido_schema')).rows[0];
    const version = row?.version ?? 0;
    if (version > MIGRATIONS.length) {
      throw new Error(`The database has schema ${version}, newer than this server (${MIGRATIONS.length})`);
    }
    for (let i = version; i < MIGRATIONS.length; i++) await client.query(MIGRATIONS[i]);
    if (!row) await client.query('INSERT INTO recorrido_schema (version) VALUES ($1)', [MIGRATIONS.length]);
    else await client.query('UPDATE recorrido_schema SET version = $1', [MIGRATIONS.length]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Runs `work` in one transaction on one pooled connection. */
async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function readRoom(client: pg.Pool | pg.PoolClient, id: string): Promise<RoomRecord | undefined> {
  const { rows } = await client.query<{ manage_hash: string; capability: Capability | null; key_hash: string | null }>(
    `SELECT r.manage_hash, k.capability, k.key_hash
       FROM rooms r LEFT JOIN room_keys k ON k.room_id = r.id
      WHERE r.id = $1`,
    [id],
  );
  if (rows.length === 0) return undefined;
  const keyHashes: RoomRecord['keyHashes'] = {};
  for (const row of rows) if (row.capability && row.key_hash) keyHashes[row.capability] = row.key_hash;
  return { id, manageHash: rows[0].manage_hash, keyHashes };
}

function sameRoom(a: RoomRecord, b: RoomRecord): boolean {
  const capabilities = new Set([...Object.keys(a.keyHashes), ...Object.keys(b.keyHashes)]) as Set<Capability>;
  return a.manageHash === b.manageHash && [...capabilities].every((c) => a.keyHashes[c] === b.keyHashes[c]);
}

/** How the store connects; the URL itself is never logged (it may hold a password). */
export interface PostgresStoreOptions {
  /** Largest number of connections this process opens. */
  maxConnections?: number;
  onError?: (error: Error) => void;
}

/**
 * The Store on a PostgreSQL database, which several server processes may share (with Redis keeping their
 * in-memory copies in step). Each process remembers which pending updates of a document it loaded or
 * appended, and compacting drops only those: another process's updates may not have reached this copy
 * yet. Stored states are merged, never overwritten, for the same reason. No lock file: the database is
 * the one shared thing.
 */
export async function createPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 8 });
  // An idle connection dropped by the database must not crash the process; the next query reconnects.
  pool.on('error', (error) => options.onError?.(error));
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  /** Per document: the pending update rows this process knows its copy holds. */
  const known = new Map<string, Set<string>>();
  const remember = (name: string, seq: string) => {
    let seqs = known.get(name);
    if (!seqs) known.set(name, (seqs = new Set()));
    seqs.add(seq);
  };

  return {
    createRoom: (room) =>
      transaction(pool, async (client): Promise<CreateResult> => {
        const now = Date.now();
        const inserted = await client.query(
          `INSERT INTO rooms (id, manage_hash, created_at, updated_at) VALUES ($1, $2, $3, $3)
           ON CONFLICT (id) DO NOTHING`,
          [room.id, room.manageHash, now],
        );
        if (inserted.rowCount === 0) {
          const existing = await readRoom(client, room.id);
          return existing && sameRoom(existing, room) ? 'exists' : 'conflict';
        }
        for (const [capability, hash] of Object.entries(room.keyHashes)) {
          await client.query('INSERT INTO room_keys (room_id, capability, key_hash) VALUES ($1, $2, $3)', [
            room.id,
            capability,
            hash,
          ]);
        }
        return 'created';
      }),
    getRoom: (id) => readRoom(pool, id),
    rotateKeys: (id, keyHashes, manageHash) =>
      transaction(pool, async (client) => {
        const locked = await client.query('SELECT 1 FROM rooms WHERE id = $1 FOR UPDATE', [id]);
        if (locked.rowCount === 0) return false;
        for (const [capability, hash] of Object.entries(keyHashes)) {
          await client.query(
            `INSERT INTO room_keys (room_id, capability, key_hash) VALUES ($1, $2, $3)
             ON CONFLICT (room_id, capability) DO UPDATE SET key_hash = excluded.key_hash`,
            [id, capability, hash],
          );
        }
        if (manageHash) await client.query('UPDATE rooms SET manage_hash = $2 WHERE id = $1', [id, manageHash]);
        await client.query('UPDATE rooms SET updated_at = $2 WHERE id = $1', [id, Date.now()]);
        return true;
      }),
    deleteRoom: async (id) => ((await pool.query('DELETE FROM rooms WHERE id = $1', [id])).rowCount ?? 0) > 0,
    loadDocument: (name) =>
      // One snapshot: a compaction by another process between two reads would otherwise hide updates.
      transaction(
        pool,
        async (client) => {
          const state = (await client.query<{ state: Buffer }>('SELECT state FROM documents WHERE name = $1', [name]))
            .rows[0]?.state;
          const pending = (
            await client.query<{ seq: string; data: Buffer }>(
              'SELECT seq, data FROM updates WHERE name = $1 ORDER BY seq',
              [name],
            )
          ).rows;
          known.delete(name);
          for (const row of pending) remember(name, row.seq);
          const parts = [state, ...pending.map((row) => row.data)].filter((part): part is Buffer => !!part);
          return parts.length === 0 ? null : parts.length === 1 ? new Uint8Array(parts[0]) : mergeUpdates(parts);
        },
        'BEGIN ISOLATION LEVEL REPEATABLE READ',
      ),
    appendUpdate: async (name, roomId, update) => {
      try {
        const { rows } = await pool.query<{ seq: string }>(
          'INSERT INTO updates (name, room_id, data) VALUES ($1, $2, $3) RETURNING seq',
          [name, roomId, bytes(update)],
        );
        remember(name, rows[0].seq);
        return true;
      } catch (error) {
        if (isForeignKeyError(error)) return false;
        throw error;
      }
    },
    saveDocument: async (name, roomId, state) => {
      // Taken now, with the state: every update these rows hold is already in it.
      const covered = [...(known.get(name) ?? [])];
      try {
        await transaction(pool, async (client) => {
          // One compaction of a document at a time, across processes.
          await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [name]);
          const stored = (await client.query<{ state: Buffer }>('SELECT state FROM documents WHERE name = $1', [name]))
            .rows[0]?.state;
          const merged = stored ? mergeUpdates([stored, state]) : state;
          await client.query(
            `INSERT INTO documents (name, room_id, state, updated_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
            [name, roomId, bytes(merged), Date.now()],
          );
          if (covered.length > 0) await client.query('DELETE FROM updates WHERE seq = ANY($1::bigint[])', [covered]);
        });
      } catch (error) {
        if (isForeignKeyError(error)) return false;
        throw error;
      }
      const seqs = known.get(name);
      for (const seq of covered) seqs?.delete(seq);
      if (seqs?.size === 0) known.delete(name);
      return true;
    },
    close: async () => {
      known.clear();
      await pool.end();
    },
  };
}

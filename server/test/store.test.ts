import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createPostgresStore } from '../postgresStore.ts';
import { createSqliteStore } from '../sqliteStore.ts';
import type { RoomRecord, Store } from '../store.ts';
import { randomId, sha256 } from './clients.ts';
import { tempDir } from './serverProcess.ts';
import type { PostgresService } from './services.ts';
import { postgresBinDir, startPostgres } from './services.ts';

const room = (): RoomRecord => ({
  id: randomId(16),
  manageHash: sha256(randomId(32)),
  keyHashes: { edit: sha256(randomId(32)), view: sha256(randomId(32)) },
});

/** An update setting `key` in map `m`, made by a client of its own. */
function update(key: string, value: unknown): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

const mapOf = (state: Uint8Array | null) => {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc.getMap('m').toJSON();
};

/** What every Store must do, whatever keeps the data. */
function contract(name: string, open: () => Promise<Store>) {
  describe(`the ${name} store`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store.close();
    });

    it('creates a room once, tells a retry from a conflict, and reads it back', async () => {
      const record = room();
      expect(await store.createRoom(record)).toBe('created');
      expect(await store.createRoom(record)).toBe('exists');
      expect(await store.createRoom({ ...record, manageHash: sha256('other') })).toBe('conflict');
      expect(await store.getRoom(record.id)).toEqual(record);
      expect(await store.getRoom(randomId(16))).toBeUndefined();
    });

    it('rotates keys, adding a capability the room did not have', async () => {
      const record = room();
      await store.createRoom(record);
      const contribute = sha256(randomId(32));
      const manage = sha256(randomId(32));
      expect(await store.rotateKeys(record.id, { contribute }, manage)).toBe(true);
      expect(await store.getRoom(record.id)).toEqual({
        id: record.id,
        manageHash: manage,
        keyHashes: { ...record.keyHashes, contribute },
      });
      expect(await store.rotateKeys(randomId(16), { contribute })).toBe(false);
    });

    it('logs updates, loads them merged, and compacts', async () => {
      const record = room();
      await store.createRoom(record);
      const doc = `${record.id}/contributions`;
      expect(await store.loadDocument(doc)).toBeNull();
      expect(await store.appendUpdate(doc, record.id, update('a', 1))).toBe(true);
      expect(await store.appendUpdate(doc, record.id, update('b', 2))).toBe(true);
      const loaded = await store.loadDocument(doc);
      expect(mapOf(loaded)).toEqual({ a: 1, b: 2 });
      expect(await store.saveDocument(doc, record.id, loaded!)).toBe(true);
      expect(await store.appendUpdate(doc, record.id, update('c', 3))).toBe(true);
      expect(mapOf(await store.loadDocument(doc))).toEqual({ a: 1, b: 2, c: 3 });
    });

    it('deletes a room with its documents, and refuses writes for it after', async () => {
      const record = room();
      await store.createRoom(record);
      await store.appendUpdate(record.id, record.id, update('x', 1));
      expect(await store.deleteRoom(record.id)).toBe(true);
      expect(await store.deleteRoom(record.id)).toBe(false);
      expect(await store.loadDocument(record.id)).toBeNull();
      expect(await store.appendUpdate(record.id, record.id, update('y', 1))).toBe(false);
      expect(await store.saveDocument(record.id, record.id, update('z', 1))).toBe(false);
    });
  });
}

contract('SQLite', async () => {
  const dir = tempDir('store');
  const store = createSqliteStore(dir.path);
  return { ...store, close: async () => (await store.close(), dir.remove()) };
});

const hasPostgres = postgresBinDir() !== undefined;
if (!hasPostgres) console.warn('PostgreSQL is not installed: the PostgreSQL store tests are skipped');

describe.skipIf(!hasPostgres)('PostgreSQL', () => {
  let postgres: PostgresService;
  let databases = 0;
  const database = () => postgres.createDatabase(`store_${++databases}`);

  beforeAll(async () => {
    postgres = (await startPostgres())!;
  });
  afterAll(async () => {
    await postgres?.stop();
  });

  contract('PostgreSQL', async () => createPostgresStore(await database()));

  it('lets two processes share a document: neither compaction loses the other one’s updates', async () => {
    const url = await database();
    const [a, b] = [await createPostgresStore(url), await createPostgresStore(url)];
    try {
      const record = room();
      await a.createRoom(record);
      const name = record.id;
      // Each process holds the document in memory and logs what its own clients send.
      const docA = new Y.Doc();
      const docB = new Y.Doc();
      const fromA = update('from-a', 1);
      const fromB = update('from-b', 2);
      Y.applyUpdate(docA, fromA);
      await a.appendUpdate(name, record.id, fromA);
      Y.applyUpdate(docB, fromB);
      await b.appendUpdate(name, record.id, fromB);
      // Before Redis brought either update to the other process, both compact.
      expect(await a.saveDocument(name, record.id, Y.encodeStateAsUpdate(docA))).toBe(true);
      expect(await b.saveDocument(name, record.id, Y.encodeStateAsUpdate(docB))).toBe(true);
      expect(mapOf(await a.loadDocument(name))).toEqual({ 'from-a': 1, 'from-b': 2 });
      // A process starting later (a third one) reads both too.
      const c = await createPostgresStore(url);
      expect(mapOf(await c.loadDocument(name))).toEqual({ 'from-a': 1, 'from-b': 2 });
      await c.close();
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('migrates once when processes start together', async () => {
    const url = await database();
    const stores = await Promise.all([1, 2, 3].map(() => createPostgresStore(url)));
    const record = room();
    expect(await stores[0].createRoom(record)).toBe('created');
    expect(await stores[2].getRoom(record.id)).toEqual(record);
    await Promise.all(stores.map((store) => store.close()));
  });
});

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from './sqliteStore.ts';

const USAGE = 'Usage: npm run server:backup -- --data DIR --out FILE\n';

/**
 * `npm run server:backup -- --data DIR --out FILE`: a consistent copy of the server's database through
 * SQLite's online backup, safe while the server runs. Restore by stopping the server and putting the
 * copy in place as DIR/recorrido.sqlite3.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } }, strict: true });
  if (!values.data || !values.out) throw new Error(`--data and --out are required\n\n${USAGE}`);
  const source = join(resolve(values.data), DATABASE_FILE);
  const target = resolve(values.out);
  if (!existsSync(source)) throw new Error(`No database at ${source}`);
  if (existsSync(target)) throw new Error(`${target} exists; choose a new file`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  const copy = new Database(target, { readonly: true });
  const rooms = copy.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM rooms').get()?.n ?? 0;
  copy.close();
  process.stdout.write(`Backed up ${rooms} rooms to ${target}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

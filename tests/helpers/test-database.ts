// Which database the integration tests run on, and fresh PostgreSQL databases for them.
// `TEST_DATABASE=postgres` (the `integration-pg` vitest project) runs the suites on PostgreSQL, each store or
// server on its own database made here from the maintenance database at PG_TEST_URL and dropped at exit.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateToLatest } from '../../src/server/store/migrations/index.ts';
import { openPostgresStore } from '../../src/server/store/postgres.ts';
import { openSqliteStore } from '../../src/server/store/sqlite.ts';
import type { Store } from '../../src/server/store/store.ts';

export type Backend = 'sqlite' | 'postgres';

export const backend: Backend = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

/** A maintenance database the tests may CREATE DATABASE from (trust auth on this machine kind). */
export const PG_TEST_URL = process.env.PG_TEST_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres';

const HOW_TO_START = [
  'The PostgreSQL tests (vitest project integration-pg, part of `npm test`) need a PostgreSQL server.',
  `They connect to PG_TEST_URL=${PG_TEST_URL} and create a database per test file there.`,
  'Start one with:  sudo apt-get install -y postgresql && sudo pg_ctlcluster --skip-systemctl-redirect',
  '$(ls /etc/postgresql) main start   (then allow the connection, e.g. trust for 127.0.0.1 in pg_hba.conf),',
  'or point PG_TEST_URL at a server where this user may CREATE DATABASE.',
].join('\n');

const made = new Set<string>();
let exitHooked = false;

function urlOf(name: string): string {
  const url = new URL(PG_TEST_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_TEST_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (err) {
    const reason = err instanceof Error ? err.message || err.name : String(err);
    throw new Error(`PostgreSQL is not reachable (${reason}).\n${HOW_TO_START}`, { cause: err });
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates an empty database with a random name and returns its URL. It is dropped by `dropTestDatabases`
 * (called from stopAllServers and the fixtures' close) or, failing that, when the test process exits.
 */
export async function createTestDatabase(): Promise<string> {
  const name = `cchc_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`create database ${name}`));
  made.add(name);
  if (!exitHooked) {
    exitHooked = true;
    // Last resort for a file that forgot to clean up: vitest workers exit normally at the end of a run.
    process.once('beforeExit', () => void dropTestDatabases());
  }
  return urlOf(name);
}

/** Drops one database made by `createTestDatabase` (closing any connection still open to it). */
export async function dropTestDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!made.delete(name)) return;
  await admin((client) => client.query(`drop database if exists ${name} with (force)`));
}

/** Drops every database this process made. */
export async function dropTestDatabases(): Promise<void> {
  for (const name of [...made]) await dropTestDatabase(urlOf(name));
}

/** A migrated store on a fresh database of the current backend, and how to throw it away. */
export interface TestStore {
  store: Store;
  /** The PostgreSQL URL, or null on SQLite. */
  databaseUrl: string | null;
  /** The SQLite file, or null on PostgreSQL. */
  file: string | null;
  dispose(): Promise<void>;
}

export async function openTestStore(options: { migrate?: boolean } = {}): Promise<TestStore> {
  let out: TestStore;
  if (backend === 'postgres') {
    const databaseUrl = await createTestDatabase();
    const store = await openPostgresStore(databaseUrl);
    out = {
      store,
      databaseUrl,
      file: null,
      async dispose() {
        await store.close();
        await dropTestDatabase(databaseUrl);
      },
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-store-'));
    const file = join(dir, 'cchc.sqlite');
    const store = openSqliteStore(file);
    out = {
      store,
      databaseUrl: null,
      file,
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (options.migrate ?? true) await migrateToLatest(out.store.db);
  return out;
}

/**
 * A copy of a database made here (CREATE DATABASE … TEMPLATE: what a dump and restore gives), as a new test
 * database. Nothing may be connected to the original: stop its server first.
 */
export async function copyTestDatabase(url: string): Promise<string> {
  const source = new URL(url).pathname.slice(1);
  const name = `cchc_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`create database ${name} template ${source}`));
  made.add(name);
  return urlOf(name);
}

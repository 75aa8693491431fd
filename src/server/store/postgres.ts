import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';
import { upsertWithUnnest } from './sync-rows-upsert.ts';

export interface PostgresStoreOptions {
  /** Connections in the pool; default 10 (PostgreSQL allows 100 in all by default, shared by instances). */
  max?: number;
}

/**
 * `int8` (bigint, bigserial, count(*)) comes back from pg as a string, because it may exceed 2^53. Every
 * int8 here is a sequence number, a mutation id, a row count or epoch milliseconds, all far below 2^53, and
 * the code (written first for SQLite) expects numbers; so this pool reads them as numbers. It is set on the
 * pool, not with the global `pg.types.setTypeParser`, so other pg users in the process are unaffected.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 && format !== 'binary'
      ? (text: string) => Number(text)
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparsable DATABASE_URL)';
  }
}

/**
 * Opens a pool on the PostgreSQL database at `url` (`postgres://user:pass@host:5432/db`) and checks that it
 * answers; the caller runs `migrateToLatest` before serving. Several server processes may open the same
 * database: everything they share (sync rows and the cursor counter, accounts, failed logins, blobs) is in
 * it, and Kysely's migrator takes a lock so two instances starting together migrate once.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types,
    application_name: 'cchc-inspect',
    connectionTimeoutMillis: 10_000,
  });
  // A pooled connection that dies while idle (server restart, network) emits 'error' on the pool; without
  // a listener Node would crash the process. The pool drops it and opens a new one on the next query.
  pool.on('error', (err) => console.error('postgres: idle connection lost:', err.message));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (err) {
    await db.destroy();
    const reason = err instanceof Error ? err.message || err.name : String(err);
    throw new DatabaseUnreachableError(`cannot reach PostgreSQL at ${redactUrl(url)}: ${reason}`, {
      cause: err,
    });
  }
  let closed = false;
  return {
    db,
    dialect: 'postgres',
    upsertSyncRows: upsertWithUnnest,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

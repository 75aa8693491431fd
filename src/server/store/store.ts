import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { UpsertSyncRows } from './sync-rows-upsert.ts';

/**
 * What the routes see of the database, whatever engine is behind it: SQLite (sqlite.ts, the default) or
 * PostgreSQL (postgres.ts, for several server instances behind a load balancer). Both run the same
 * migrations and queries; `dialect` lets the rare engine-specific statement branch.
 */
export interface Store {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  /** Writes synced rows inside a transaction of `db` (the hot statement of a push, per engine). */
  upsertSyncRows: UpsertSyncRows;
  /** Flushes and closes the database; the store is unusable afterwards. */
  close(): Promise<void>;
}

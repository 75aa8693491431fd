import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * What the routes see of the database, whatever engine is behind it. SQLite is the default; a
 * PostgreSQL store (for several server instances behind a load balancer) will return the same shape
 * with `dialect: 'postgres'`, so code that needs engine-specific SQL can branch on it.
 */
export interface Store {
  db: Kysely<Database>;
  dialect: 'sqlite';
  /** Flushes and closes the database; the store is unusable afterwards. */
  close(): Promise<void>;
}

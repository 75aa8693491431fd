import { type ColumnDataType, type Kysely, PostgresAdapter } from 'kysely';

/**
 * What differs between the engines in a migration. The same migrations build both schemas; only these
 * types change, so the SQLite schema is exactly what it was before PostgreSQL was supported.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations get an untyped Kysely (see 0001_init).
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Raw bytes: SQLite `blob`, PostgreSQL `bytea`. */
// biome-ignore lint/suspicious/noExplicitAny: see above.
export function bytesType(db: Kysely<any>): ColumnDataType {
  return isPostgres(db) ? 'bytea' : 'blob';
}

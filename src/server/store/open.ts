import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite.ts';
import type { Store } from './store.ts';

/** Where the server keeps its data: a `postgres://` URL, or else a SQLite file in the data dir. */
export interface StoreLocation {
  databaseUrl: string | null;
  dataDir: string;
}

/**
 * Opens the store the settings name (what the server, the admin CLI and the demo script use): PostgreSQL
 * when `databaseUrl` is set, otherwise `<dataDir>/cchc.sqlite`, creating the directory, with `sqlite`'s options.
 */
export async function openConfiguredStore(
  { databaseUrl, dataDir }: StoreLocation,
  sqlite: SqliteStoreOptions = {},
): Promise<Store> {
  if (databaseUrl) return openPostgresStore(databaseUrl);
  mkdirSync(dataDir, { recursive: true });
  return openSqliteStore(join(dataDir, 'cchc.sqlite'), sqlite);
}

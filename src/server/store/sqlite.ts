import Sqlite from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';
import { upsertWithStatement } from './sync-rows-upsert.ts';

/**
 * Opens (creating if needed) the SQLite database at `file`. The caller runs `migrateToLatest`
 * before serving.
 */
export function openSqliteStore(file: string): Store {
  const database = new Sqlite(file);
  database.pragma('journal_mode = WAL');
  // With WAL, FULL fsyncs the WAL on every commit, so a push the server has acknowledged survives a
  // power loss or a SIGKILL. NORMAL only syncs at checkpoints and could lose the last transactions
  // on power loss (the database stays consistent, but a device would have pruned its outbox).
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');

  const db = new Kysely<Database>({ dialect: new TransactionalSqliteDialect({ database }) });
  let closed = false;
  return {
    db,
    dialect: 'sqlite',
    upsertSyncRows: upsertWithStatement(database),
    async close() {
      if (closed) return;
      closed = true;
      // Fold the WAL back into the main file so a copied `cchc.sqlite` alone is a complete backup.
      database.pragma('wal_checkpoint(TRUNCATE)');
      await db.destroy();
    },
  };
}

/**
 * SQLite runs DDL inside transactions, but Kysely's adapter says it does not, so the Migrator would
 * apply migrations without one and a crash half-way through a migration would leave a schema that
 * neither the old nor the new code expects. Saying yes makes every pending migration, with its row in
 * `kysely_migration`, commit or roll back as one.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactionalSqliteAdapter();
  }
}

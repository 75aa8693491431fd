import Sqlite from 'better-sqlite3';
import { Kysely, SqliteAdapter, type SqliteDatabase, SqliteDialect } from 'kysely';
import { type CheckpointMode, startCheckpoints } from './checkpoints.ts';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';
import { upsertWithStatement } from './sync-rows-upsert.ts';

export interface SqliteStoreOptions {
  /** Where WAL checkpoints run (checkpoints.ts): `worker` for the server, `inline` (default) otherwise. */
  checkpoints?: CheckpointMode;
}

/**
 * Opens (creating if needed) the SQLite database at `file`. The caller runs `migrateToLatest`
 * before serving.
 */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  const database = new Sqlite(file);
  database.pragma('journal_mode = WAL');
  // With WAL, FULL fsyncs the WAL on every commit, so a push the server has acknowledged survives a
  // power loss or a SIGKILL. NORMAL only syncs at checkpoints and could lose the last transactions
  // on power loss (the database stays consistent, but a device would have pruned its outbox).
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const checkpoints = startCheckpoints(database, options.checkpoints ?? 'inline');

  const db = new Kysely<Database>({
    dialect: new TransactionalSqliteDialect({ database: keepingStatements(database) }),
  });
  let closed = false;
  return {
    db,
    dialect: 'sqlite',
    upsertSyncRows: upsertWithStatement(database),
    async close() {
      if (closed) return;
      closed = true;
      await checkpoints.stop();
      // Fold the WAL back into the main file so a copied `cchc.sqlite` alone is a complete backup.
      database.pragma('wal_checkpoint(TRUNCATE)');
      await db.destroy();
    },
  };
}

/** Prepared statements kept, most recently used first out of the cache last. */
const STATEMENTS_KEPT = 256;

/**
 * The database as Kysely's driver sees it, with each statement prepared once per SQL text: the driver
 * prepares every query it runs afresh, which was a fifth of the server's time on a sync with nothing to do
 * (issue #5 profile: ~40 µs a statement, 7 statements). Statements whose text varies with their input (an
 * `IN` list, a multi-row insert) are evicted oldest first. Safe because the driver runs one query at a time
 * on its one connection and each run reads its rows whole (`all`); a statement still iterating (a Kysely
 * `stream()`, unused here) would refuse to run again until done.
 */
function keepingStatements(database: Sqlite.Database): SqliteDatabase {
  const kept = new Map<string, Sqlite.Statement>();
  return {
    prepare(text) {
      let statement = kept.get(text);
      if (statement) {
        kept.delete(text); // re-inserted below: the Map's order is the order of last use
      } else {
        statement = database.prepare(text);
        if (kept.size >= STATEMENTS_KEPT) {
          const oldest = kept.keys().next().value;
          if (oldest !== undefined) kept.delete(oldest);
        }
      }
      kept.set(text, statement);
      return statement;
    },
    close() {
      kept.clear();
      database.close();
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

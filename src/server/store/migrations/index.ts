import { type Kysely, type Migration, type MigrationProvider, type MigrationResult, Migrator } from 'kysely';
import * as init from './0001_init.ts';
import * as accounts from './0002_accounts.ts';
import * as sync from './0003_sync.ts';
import * as packedRows from './0004_packed_rows.ts';

/**
 * Every migration, by name, imported statically so the server finds them from any working directory
 * and in any bundle. Names sort in the order they run.
 *
 * Migrations are additive only: a new migration adds tables, columns or indexes and never edits or
 * drops one that has shipped, so tablets on an older build can still sync with a newer server (0004 rewrites
 * how a row's state is stored, and the server still answers older builds in the format they read).
 */
export const migrations: Record<string, Migration> = {
  '0001_init': init,
  '0002_accounts': accounts,
  '0003_sync': sync,
  '0004_packed_rows': packedRows,
};

const providerOf = (list: Record<string, Migration>): MigrationProvider => ({
  getMigrations: async () => list,
});

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * Applies every pending migration of `list` (default: all of the above); returns the names it
 * applied, empty when already up to date. Throws a `MigrationError` naming the failed migration;
 * nothing of the failed run is kept (the SQLite store runs migrations in one transaction).
 */
export async function migrateToLatest<DB>(
  db: Kysely<DB>,
  list: Record<string, Migration> = migrations,
): Promise<string[]> {
  const migrator = new Migrator({ db, provider: providerOf(list) });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((r: MigrationResult) => r.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      failed ? `migration ${failed} failed: ${reason}` : `migrations failed: ${reason}`,
      { cause: error },
    );
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The name of the latest applied migration, or null on an empty database. */
export async function latestAppliedMigration<DB>(db: Kysely<DB>): Promise<string | null> {
  const all = await new Migrator({ db, provider: providerOf(migrations) }).getMigrations();
  const applied = all.filter((m) => m.executedAt !== undefined).map((m) => m.name);
  return applied.at(-1) ?? null;
}

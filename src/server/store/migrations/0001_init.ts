import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

/**
 * `server_meta` holds facts about this database. The first is the server epoch: a random UUID made
 * once, when the database is created. A restart, or a restore of the same database from a backup,
 * keeps it; a fresh database has a new one. Clients compare it with the epoch they last synced with:
 * a different epoch means the server may have lost changes they already pushed, so they re-push and
 * re-pull from scratch.
 */
// Migrations get an untyped Kysely: they must keep working when `Database` changes later.
// biome-ignore lint/suspicious/noExplicitAny: see above; this is Kysely's documented migration signature.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('server_meta')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .execute();
  await db.insertInto('server_meta').values({ key: 'epoch', value: randomUUID() }).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see `up`.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('server_meta').execute();
}

import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { bytesType, isPostgres } from './dialect.ts';

/**
 * The sync store (DESIGN.md "Sync protocol", sync-research.md §2).
 *
 * - `sync_rows`: the merged state of every synced row, one row per (table, id). `state` is JSON
 *   `{ field: [value, hlc] }`, exactly the `fields` of a pulled RowChange, so a pull that needs every field
 *   splices the stored text into its answer without parsing it; `field_seqs` is `{ field: seq }`, the
 *   server sequence number at which each field last changed, so a pull sends only the fields changed after
 *   the client's cursor. `seq` is the row's latest change (the pull cursor); `inspection_id` files children
 *   under their inspection for access checks; `blob_sha256` is the blob an evidence or signature row
 *   points to.
 * - `sync_seq`: one counter row. Every push takes it with `UPDATE … RETURNING` as its first statement and
 *   writes the new high-water mark at the end, so pushes are serialised on that row lock and a sequence
 *   number is only ever handed out inside the transaction that commits it. A PostgreSQL sequence would not
 *   do: numbers are taken before commit, so a later number can commit first and a pull that already moved
 *   past it would skip the earlier one (sync-research.md §3, failure 1).
 * - `sync_access`: who may read which inspection (assignees plus the creator), for the pull filter.
 * - `sync_clients`: each device's sync identity, its owner and the last mutation id applied.
 * - `sync_mutations`: every mutation received, applied or rejected: the audit log of who changed what,
 *   when and from which device. `sync_rejections` says why the rejected ones were refused.
 * - `sync_conflicts`: values overwritten by a write from another device, for the office to review.
 * - `blobs`: photo and signature bytes addressed by SHA-256 (`blob` here, `bytea` on PostgreSQL), and
 *   `blob_uploads`: who sent which blob (an uploader may read it back before any row points to it).
 * - `server_meta` gets the server's own HLC node id and clock, used to stamp conflict resolutions.
 */
// biome-ignore lint/suspicious/noExplicitAny: Kysely's migration signature (see 0001_init).
export async function up(db: Kysely<any>): Promise<void> {
  // An auto-numbered key: SQLite's `integer primary key autoincrement`, PostgreSQL's `bigserial` (which
  // has no `autoincrement`). Both only order the audit log and conflicts; their writers are serialised on
  // `sync_seq`, so numbers follow commit order there too.
  const pg = isPostgres(db);
  const serialType = pg ? 'bigserial' : 'integer';
  await db.schema
    .createTable('sync_rows')
    .addColumn('tbl', 'text', (col) => col.notNull())
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('inspection_id', 'text')
    .addColumn('seq', 'bigint', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('field_seqs', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text')
    .addColumn('blob_sha256', 'text')
    .addPrimaryKeyConstraint('sync_rows_pk', ['tbl', 'id'])
    .execute();
  await db.schema.createIndex('sync_rows_seq').on('sync_rows').column('seq').execute();
  await db.schema.createIndex('sync_rows_inspection').on('sync_rows').column('inspection_id').execute();
  await db.schema.createIndex('sync_rows_blob').on('sync_rows').column('blob_sha256').execute();

  await db.schema
    .createTable('sync_seq')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('value', 'bigint', (col) => col.notNull())
    .execute();
  await db.insertInto('sync_seq').values({ id: 1, value: 0 }).execute();

  await db.schema
    .createTable('sync_access')
    .addColumn('inspection_id', 'text', (col) => col.notNull())
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('sync_access_pk', ['inspection_id', 'user_id'])
    .execute();
  await db.schema.createIndex('sync_access_user').on('sync_access').column('user_id').execute();

  await db.schema
    .createTable('sync_clients')
    .addColumn('client_id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addColumn('device_id', 'text')
    .addColumn('last_mutation_id', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('sync_mutations')
    .addColumn('id', serialType, (col) => (pg ? col.primaryKey() : col.primaryKey().autoIncrement()))
    .addColumn('client_id', 'text', (col) => col.notNull())
    .addColumn('mutation_id', 'bigint', (col) => col.notNull())
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addColumn('device_id', 'text')
    .addColumn('received_at', 'text', (col) => col.notNull())
    .addColumn('ops', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addUniqueConstraint('sync_mutations_client_mutation', ['client_id', 'mutation_id'])
    .execute();

  await db.schema
    .createTable('sync_rejections')
    .addColumn('client_id', 'text', (col) => col.notNull())
    .addColumn('mutation_id', 'bigint', (col) => col.notNull())
    .addColumn('error', 'text', (col) => col.notNull())
    .addColumn('message', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('sync_rejections_pk', ['client_id', 'mutation_id'])
    .execute();

  await db.schema
    .createTable('sync_conflicts')
    .addColumn('id', serialType, (col) => (pg ? col.primaryKey() : col.primaryKey().autoIncrement()))
    .addColumn('tbl', 'text', (col) => col.notNull())
    .addColumn('row_id', 'text', (col) => col.notNull())
    .addColumn('field', 'text', (col) => col.notNull())
    .addColumn('kept_value', 'text', (col) => col.notNull())
    .addColumn('kept_hlc', 'text', (col) => col.notNull())
    .addColumn('lost_value', 'text', (col) => col.notNull())
    .addColumn('lost_hlc', 'text', (col) => col.notNull())
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addColumn('client_id', 'text', (col) => col.notNull())
    .addColumn('mutation_id', 'bigint', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_value', 'text')
    .addUniqueConstraint('sync_conflicts_lost', ['tbl', 'row_id', 'field', 'lost_hlc'])
    .execute();
  await db.schema
    .createIndex('sync_conflicts_status')
    .on('sync_conflicts')
    .columns(['status', 'id'])
    .execute();

  await db.schema
    .createTable('blobs')
    .addColumn('sha256', 'text', (col) => col.primaryKey())
    .addColumn('mime', 'text', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    // In the database, not on disk, so every server instance sees every photo (README "PostgreSQL").
    .addColumn('data', bytesType(db), (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('blob_uploads')
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('blob_uploads_pk', ['sha256', 'user_id'])
    .execute();

  const node = randomBytes(8).toString('hex');
  await db
    .insertInto('server_meta')
    .values([
      { key: 'server_node', value: node },
      { key: 'server_clock', value: JSON.stringify({ millis: 0, counter: 0, node }) },
    ])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see `up`.
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'blob_uploads',
    'blobs',
    'sync_conflicts',
    'sync_rejections',
    'sync_mutations',
    'sync_clients',
    'sync_access',
    'sync_seq',
    'sync_rows',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.deleteFrom('server_meta').where('key', 'in', ['server_node', 'server_clock']).execute();
}

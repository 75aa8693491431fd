import type { Kysely, Transaction } from 'kysely';
import { reusableQuery } from '../store/reusable-query.ts';
import type { Database } from '../store/schema.ts';

const lockQuery = reusableQuery(
  (db: Kysely<Database>) =>
    db
      .updateTable('sync_seq')
      .set((eb) => ({ value: eb.ref('value') }))
      .where('id', '=', 1)
      .returning('value'),
  [],
);

const storeQuery = reusableQuery(
  (db: Kysely<Database>, value: number) =>
    db.updateTable('sync_seq').set({ value }).where('id', '=', 1).where('value', '<', value),
  [Number.MIN_SAFE_INTEGER],
);

/**
 * The pull cursor's counter (migration 0003_sync says why it is a row and not a sequence). `lockSeq` must be
 * the first statement of every transaction that writes `sync_rows`: on PostgreSQL the `UPDATE` takes the
 * row lock, so writers queue on it and each one reads the committed high-water mark of the one before; on
 * SQLite the single writer gives the same order. `storeSeq` writes the new high-water mark before commit.
 */
export async function lockSeq(trx: Transaction<Database>): Promise<number> {
  const [row] = await lockQuery(trx);
  if (!row) throw new Error('sync_seq has no row: the database was not migrated');
  return Number(row.value);
}

/** Writes the counter's new value (only ever upwards). */
export async function storeSeq(trx: Transaction<Database>, value: number): Promise<void> {
  await storeQuery(trx, value);
}

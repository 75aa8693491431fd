import type { Transaction } from 'kysely';
import type { Conflict } from '../../domain/merge.ts';
import type { Database } from '../store/schema.ts';

/** A conflict from merge.ts, with the row it happened in and the mutation that caused it. */
export interface RowConflict extends Conflict {
  table: string;
  id: string;
  mutationId: number;
}

/**
 * Stores conflict records. The same lost write can be reported again when it is delivered again (merge.ts),
 * so a record is unique on (table, row, field, lost stamp) and a repeat is ignored.
 */
export async function insertConflicts(
  trx: Transaction<Database>,
  conflicts: readonly RowConflict[],
  who: { userId: string; clientId: string; at: string },
): Promise<void> {
  const values = conflicts.map((c) => ({
    tbl: c.table,
    row_id: c.id,
    field: c.field,
    kept_value: JSON.stringify(c.keptValue),
    kept_hlc: c.keptHlc,
    lost_value: JSON.stringify(c.lostValue),
    lost_hlc: c.lostHlc,
    user_id: who.userId,
    client_id: who.clientId,
    mutation_id: c.mutationId,
    created_at: who.at,
    status: 'open' as const,
    resolved_by: null,
    resolved_at: null,
    resolved_value: null,
  }));
  for (let i = 0; i < values.length; i += 500) {
    await trx
      .insertInto('sync_conflicts')
      .values(values.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['tbl', 'row_id', 'field', 'lost_hlc']).doNothing())
      .execute();
  }
}

import type { Kysely } from 'kysely';
import type { Hlc } from '../../../domain/hlc.ts';
import type { Cell, Json } from '../../../domain/merge.ts';
import { packState, unpackState } from '../../../domain/packed-row.ts';

/**
 * `sync_rows.state` becomes a packed row (src/domain/packed-row.ts): `{ hlc, fields, stamps? }`, the stamp
 * most fields share once instead of `{ field: [value, hlc] }` with a stamp per field. It is exactly a pulled
 * RowChange without its table and id, so a pull still splices the stored text into its answer, now at a
 * quarter of the size. `min_seq` is the lowest of `field_seqs`: a pull sends the stored text whole when
 * `min_seq` is after the device's download start, without parsing `field_seqs`.
 *
 * This rewrites data, not columns: tablets of older builds still pull the field-by-field format (pull.ts,
 * format 1), rebuilt from the packed state.
 */
const BATCH = 500;

// biome-ignore lint/suspicious/noExplicitAny: Kysely's migration signature (see 0001_init).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('sync_rows')
    .addColumn('min_seq', 'bigint', (col) => col.notNull().defaultTo(0))
    .execute();
  let after: [string, string] | null = null;
  for (;;) {
    let query = db
      .selectFrom('sync_rows')
      .select(['tbl', 'id', 'state', 'field_seqs'])
      .orderBy('tbl')
      .orderBy('id')
      .limit(BATCH);
    if (after) {
      const [tbl, id] = after;
      query = query.where((eb) =>
        eb.or([eb('tbl', '>', tbl), eb.and([eb('tbl', '=', tbl), eb('id', '>', id)])]),
      );
    }
    const rows: { tbl: string; id: string; state: string; field_seqs: string }[] = await query.execute();
    for (const row of rows) {
      const cells = JSON.parse(row.state) as Record<string, [Json, Hlc]>;
      const state: Record<string, Cell> = {};
      for (const field of Object.keys(cells)) {
        const cell = cells[field];
        if (cell) state[field] = { value: cell[0], hlc: cell[1] };
      }
      const seqs = Object.values(JSON.parse(row.field_seqs) as Record<string, number>);
      await db
        .updateTable('sync_rows')
        .set({
          state: JSON.stringify(packState(state) ?? { hlc: '', fields: {} }),
          min_seq: seqs.length > 0 ? Math.min(...seqs) : 0,
        })
        .where('tbl', '=', row.tbl)
        .where('id', '=', row.id)
        .execute();
    }
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) return;
    after = [last.tbl, last.id];
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see `up`.
export async function down(db: Kysely<any>): Promise<void> {
  const rows: { tbl: string; id: string; state: string }[] = await db
    .selectFrom('sync_rows')
    .select(['tbl', 'id', 'state'])
    .execute();
  for (const row of rows) {
    const state = unpackState(JSON.parse(row.state));
    const cells = Object.fromEntries(Object.entries(state).map(([f, c]) => [f, [c.value, c.hlc]]));
    await db
      .updateTable('sync_rows')
      .set({ state: JSON.stringify(cells) })
      .where('tbl', '=', row.tbl)
      .where('id', '=', row.id)
      .execute();
  }
  await db.schema.alterTable('sync_rows').dropColumn('min_seq').execute();
}

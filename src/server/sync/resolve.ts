import { type Hlc, receive, tick } from '../../domain/hlc.ts';
import { Clock } from '../../domain/hlc-schema.ts';
import { applyOp, type Json } from '../../domain/merge.ts';
import { validateOp } from '../../domain/sync-tables.ts';
import { ApiError } from '../errors.ts';
import type { Caller } from '../middleware/auth.ts';
import type { Store } from '../store/store.ts';
import { RowOverlay, RowSet } from './row-set.ts';
import { lockSeq, storeSeq } from './seq.ts';

/**
 * Resolves a conflict as the office decided: writes `value` to the conflicting field as a new op stamped
 * by the server's own HLC node (persisted in server_meta), after every stamp that cell has seen, so it wins
 * the merge on every replica; marks every open conflict of that cell resolved; logs the write in
 * `sync_mutations` under the server's node id as client. Devices get it on their next pull.
 */
export async function resolveConflict(
  store: Store,
  caller: Caller,
  conflictId: number,
  value: Json,
): Promise<{ id: number; hlc: Hlc }> {
  return store.db.transaction().execute(async (trx) => {
    const base = await lockSeq(trx);
    const conflict = await trx
      .selectFrom('sync_conflicts')
      .selectAll()
      .where('id', '=', conflictId)
      .executeTakeFirst();
    if (!conflict) throw new ApiError(404, 'not-found', 'Không tìm thấy xung đột.');
    if (conflict.status !== 'open')
      throw new ApiError(409, 'already-resolved', 'Xung đột này đã được xử lý.');

    const rows = new RowSet(trx, store);
    await rows.load([[conflict.tbl, conflict.row_id]]);
    const meta = await trx
      .selectFrom('server_meta')
      .select(['key', 'value'])
      .where('key', 'in', ['server_node', 'server_clock'])
      .execute();
    const node = meta.find((m) => m.key === 'server_node')?.value ?? '';
    let clock = Clock.parse(JSON.parse(meta.find((m) => m.key === 'server_clock')?.value ?? 'null'));
    const now = Date.now();
    const cell = rows.get(conflict.tbl, conflict.row_id)?.state[conflict.field];
    if (cell) clock = receive(clock, cell.hlc, now);
    const stamped = tick(clock, now);
    clock = stamped.clock;

    const checked = validateOp({
      table: conflict.tbl,
      id: conflict.row_id,
      field: conflict.field,
      value,
      hlc: stamped.stamp,
    });
    if (!checked.ok) throw new ApiError(422, checked.error, checked.message);
    const overlay = new RowOverlay(rows);
    const row = overlay.edit(checked.op.table, checked.op.id, {
      inspectionId: null,
      createdBy: caller.user.id,
    });
    // The resolution overwrites the kept value on purpose: that is not a new conflict.
    const result = applyOp(row.state, checked.op);
    row.state = result.state;
    if (result.outcome === 'applied') row.changed.add(checked.op.field);
    overlay.commit();
    await storeSeq(trx, await rows.write(base));

    const at = new Date(now).toISOString();
    await trx
      .updateTable('server_meta')
      .set({ value: JSON.stringify(clock) })
      .where('key', '=', 'server_clock')
      .execute();
    const previous = await trx
      .selectFrom('sync_mutations')
      .select((eb) => eb.fn.max('mutation_id').as('last'))
      .where('client_id', '=', node)
      .executeTakeFirst();
    await trx
      .insertInto('sync_mutations')
      .values({
        client_id: node,
        mutation_id: Number(previous?.last ?? 0) + 1,
        user_id: caller.user.id,
        device_id: caller.deviceId,
        received_at: at,
        ops: JSON.stringify([
          {
            table: conflict.tbl,
            id: conflict.row_id,
            hlc: stamped.stamp,
            fields: { [conflict.field]: value },
          },
        ]),
        status: 'applied',
      })
      .execute();
    await trx
      .updateTable('sync_conflicts')
      .set({
        status: 'resolved',
        resolved_by: caller.user.id,
        resolved_at: at,
        resolved_value: JSON.stringify(value),
      })
      .where('tbl', '=', conflict.tbl)
      .where('row_id', '=', conflict.row_id)
      .where('field', '=', conflict.field)
      .where('status', '=', 'open')
      .execute();
    return { id: conflictId, hlc: stamped.stamp };
  });
}

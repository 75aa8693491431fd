import { type Clock, tick } from '../../domain/hlc.ts';
import type { Json } from '../../domain/merge.ts';
import { clockOrNew, META, readMeta, writeMeta } from '../data/meta.ts';
import type { AppDb, OutboxEntry, OutboxWrite } from '../db.ts';

/**
 * Puts back into the outbox, stamped with the server's time, the mutations the server refused because
 * their stamps ran ahead of its clock (the tablet's date was wrong when they were made): refused for good,
 * they would never reach the office although the tablet still shows them. Only fields the tablet still
 * holds as those writes made them go back (a later edit here travels in its own mutation), and the rows'
 * stamps move with them, so a pulled change is merged against the stamp the server will hold. The device
 * clock, carried ahead by the wrong date, starts again from the server's time.
 *
 * Runs inside the transaction that prunes the outbox after the push answer (synced tables, outbox, meta).
 */
export async function restampRefused(
  db: AppDb,
  refused: readonly OutboxEntry[],
  serverNowMs: number,
): Promise<number> {
  const [stored, firstId] = await Promise.all([
    readMeta<Clock | null>(db, META.clock, null),
    readMeta<number>(db, META.nextMutationId, 1),
  ]);
  const current = clockOrNew(stored);
  let clock: Clock =
    current.millis > serverNowMs ? { millis: serverNowMs, counter: 0, node: current.node } : current;
  let mutationId = firstId;
  for (const entry of refused) {
    const ops: OutboxWrite[] = [];
    for (const op of entry.ops) {
      const row = await db.synced(op.table).get(op.id);
      if (!row) continue;
      const fields: Record<string, Json> = {};
      for (const field of Object.keys(op.fields)) {
        if (row._hlc[field] === op.hlc) fields[field] = op.fields[field] as Json;
      }
      if (Object.keys(fields).length === 0) continue;
      const ticked = tick(clock, serverNowMs);
      clock = ticked.clock;
      for (const field of Object.keys(fields)) row._hlc[field] = ticked.stamp;
      await db.synced(op.table).put(row);
      ops.push({ ...op, hlc: ticked.stamp, fields });
    }
    if (ops.length > 0) await db.outbox.add({ mutationId: mutationId++, ops, createdAt: entry.createdAt });
  }
  await writeMeta(db, META.clock, clock);
  await writeMeta(db, META.nextMutationId, mutationId);
  return mutationId - firstId;
}

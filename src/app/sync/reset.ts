import type { Hlc } from '../../domain/hlc.ts';
import type { Json } from '../../domain/merge.ts';
import { META, setClaimedUpTo, writeMeta } from '../data/meta.ts';
import { type AppDb, type OutboxEntry, type OutboxWrite, SYNCED_TABLES } from '../db.ts';
import { SYNC_META } from './state.ts';

const WRITES_PER_MUTATION = 100;

/**
 * The server was restored from a backup (new epoch) or lost mutations it had acknowledged: it may
 * lack anything this device ever sent. In one transaction, the outbox is rebuilt from every local
 * row (each field with its own stamp, so the merge on the server is exactly as before) and the
 * cursor goes back to 0, numbered after the mutations the restored server says it has.
 */
export async function resetForNewEpoch(
  db: AppDb,
  epoch: string,
  serverLastMutationId: number,
): Promise<number> {
  const tables = SYNCED_TABLES.map((table) => db.synced(table));
  return db.transaction('rw', [...tables, db.outbox, db.meta], async () => {
    const writes: OutboxWrite[] = [];
    for (const table of SYNCED_TABLES) {
      await db.synced(table).each((row) => {
        const byStamp = new Map<Hlc, Record<string, Json>>();
        for (const [field, hlc] of Object.entries(row._hlc)) {
          const fields = byStamp.get(hlc) ?? {};
          fields[field] = (row[field] ?? null) as Json;
          byStamp.set(hlc, fields);
        }
        for (const [hlc, fields] of byStamp) writes.push({ table, id: row.id, hlc, fields });
      });
    }
    await db.outbox.clear();
    let mutationId = serverLastMutationId + 1;
    const now = new Date().toISOString();
    const entries: OutboxEntry[] = [];
    for (let i = 0; i < writes.length; i += WRITES_PER_MUTATION) {
      entries.push({
        mutationId: mutationId++,
        ops: writes.slice(i, i + WRITES_PER_MUTATION),
        createdAt: now,
      });
    }
    await db.outbox.bulkAdd(entries);
    await writeMeta(db, META.nextMutationId, mutationId);
    await setClaimedUpTo(db, serverLastMutationId);
    await writeMeta(db, SYNC_META.cursor, 0);
    await writeMeta(db, SYNC_META.since, null);
    await writeMeta(db, SYNC_META.epoch, epoch);
    await writeMeta(db, SYNC_META.lastMutationId, null);
    return entries.length;
  });
}

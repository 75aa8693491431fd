import { type Hlc, hlcNode, type NodeId } from '../../domain/hlc.ts';
import type { Json } from '../../domain/merge.ts';
import { META, setClaimedUpTo, writeMeta } from '../data/meta.ts';
import { type AppDb, type OutboxEntry, type OutboxWrite, SYNCED_TABLES, type SyncedTable } from '../db.ts';
import { SYNC_META } from './state.ts';

const WRITES_PER_MUTATION = 100;

/** Tables only the office writes (the server's access rules, src/server/sync/access.ts). */
const OFFICE_TABLES: ReadonlySet<SyncedTable> = new Set(['units', 'plans', 'catalogues']);

/** Whose device this is: the office may write every row; an inspector's device may not write some. */
export type DeviceRole = 'admin' | 'inspector';

/**
 * Whether an inspector's device sends this field again. The office's tables and an inspection's `assignedTo`
 * are the office's to write: a copy pulled from the office would be refused (and, in one mutation with the
 * inspector's own answers, take them with it), so it is left for the office's devices to send. What this
 * device wrote itself (an inspection it made, assigned to itself) is its own and goes.
 */
function inspectorMaySend(table: SyncedTable, field: string, hlc: Hlc, self: NodeId): boolean {
  if (hlcNode(hlc) === self) return true;
  return !OFFICE_TABLES.has(table) && !(table === 'inspections' && field === 'assignedTo');
}

/** The inspection a row is filed under, or null for the office's tables. */
function inspectionOf(table: SyncedTable, row: { id: string; inspectionId?: unknown }): string | null {
  if (table === 'inspections') return row.id;
  return typeof row.inspectionId === 'string' ? row.inspectionId : null;
}

/**
 * The server was restored from a backup (new epoch) or lost mutations it had acknowledged: it may
 * lack anything this device ever sent. In one transaction, the outbox is rebuilt from every local
 * row (each field with its own stamp, so the merge on the server is exactly as before) and the
 * cursor goes back to 0, numbered after the mutations the restored server says it has.
 *
 * Photos are offered again too: the restored server holds only those its backup had.
 *
 * A mutation is applied or refused whole, so the rebuilt outbox never puts two inspections in one
 * mutation (each inspection's row first, then its children): a refusal costs that inspection's rows,
 * never another's. An inspector's device leaves out what only the office may write (`inspectorMaySend`).
 */
export async function resetForNewEpoch(
  db: AppDb,
  epoch: string,
  serverLastMutationId: number,
  role: DeviceRole,
  self: NodeId,
): Promise<number> {
  const tables = SYNCED_TABLES.map((table) => db.synced(table));
  return db.transaction('rw', [...tables, db.outbox, db.meta, db.blobs], async () => {
    // Insertion order: inspections first (SYNCED_TABLES), so each group starts with its inspection's row.
    const groups = new Map<string | null, OutboxWrite[]>();
    for (const table of SYNCED_TABLES) {
      await db.synced(table).each((row) => {
        const byStamp = new Map<Hlc, Record<string, Json>>();
        for (const [field, hlc] of Object.entries(row._hlc)) {
          if (role !== 'admin' && !inspectorMaySend(table, field, hlc, self)) continue;
          const fields = byStamp.get(hlc) ?? {};
          fields[field] = (row[field] ?? null) as Json;
          byStamp.set(hlc, fields);
        }
        const key = inspectionOf(table, row);
        const group = groups.get(key) ?? [];
        for (const [hlc, fields] of byStamp) group.push({ table, id: row.id, hlc, fields });
        if (group.length > 0) groups.set(key, group);
      });
    }
    await db.outbox.clear();
    let mutationId = serverLastMutationId + 1;
    const now = new Date().toISOString();
    const entries: OutboxEntry[] = [];
    for (const writes of groups.values()) {
      for (let i = 0; i < writes.length; i += WRITES_PER_MUTATION) {
        entries.push({
          mutationId: mutationId++,
          ops: writes.slice(i, i + WRITES_PER_MUTATION),
          createdAt: now,
        });
      }
    }
    await db.outbox.bulkAdd(entries);
    // The backup may predate photos this device sent (or fetched): each is offered again, and the server's
    // answer to its HEAD says whether the bytes must go up once more.
    await db.blobs.toCollection().modify({ uploaded: 0 });
    await writeMeta(db, META.nextMutationId, mutationId);
    await setClaimedUpTo(db, serverLastMutationId);
    await writeMeta(db, SYNC_META.cursor, 0);
    await writeMeta(db, SYNC_META.since, null);
    await writeMeta(db, SYNC_META.epoch, epoch);
    await writeMeta(db, SYNC_META.lastMutationId, null);
    return entries.length;
  });
}

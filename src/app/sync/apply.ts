import type { RowChange } from '../../domain/api/sync.ts';
import { compareHlc, type Hlc, receive, serverCorrected } from '../../domain/hlc.ts';
import { Clock } from '../../domain/hlc-schema.ts';
import { isSyncTable, validateChange } from '../../domain/sync-tables.ts';
import { META, readMeta, writeMeta } from '../data/meta.ts';
import { type AnyLocalRow, type AppDb, SYNCED_TABLES, type SyncedTable } from '../db.ts';
import { SYNC_META } from './state.ts';

export interface PulledPage {
  changes: RowChange[];
  cursor: number;
  /** The download's start while more pages follow, null once it is complete. */
  since?: number | null;
  epoch: string;
  lastMutationId: number;
  serverTime: number;
}

const isLocalTable = (table: string): table is SyncedTable =>
  (SYNCED_TABLES as readonly string[]).includes(table);

/**
 * Applies one pulled page in ONE Dexie transaction: the rows (field by field, newer stamp wins, so
 * a local edit not yet pushed is kept), the clock, the cursor, the server's lastMutationId and the outbox
 * pruning. A crash
 * leaves either all of it or none of it, so the cursor never runs ahead of the data it stands for.
 */
export async function applyPulledPage(db: AppDb, page: PulledPage, now = new Date()): Promise<number> {
  const byTable = new Map<SyncedTable, RowChange[]>();
  for (const change of page.changes) {
    if (!isSyncTable(change.table) || !isLocalTable(change.table)) continue; // a table newer than this build
    const list = byTable.get(change.table) ?? [];
    list.push(change);
    byTable.set(change.table, list);
  }
  const tables = [...byTable.keys()].map((table) => db.synced(table));
  let applied = 0;
  await db.transaction('rw', [...tables, db.outbox, db.meta], async () => {
    let newest: Hlc | null = null;
    for (const [table, changes] of byTable) {
      const store = db.synced(table);
      const existing = await store.bulkGet(changes.map((c) => c.id));
      const rows: AnyLocalRow[] = [];
      changes.forEach((change, index) => {
        const current = existing[index];
        const row: AnyLocalRow = current
          ? { ...current, _hlc: { ...current._hlc } }
          : { id: change.id, _hlc: {}, _updatedAt: now.toISOString() };
        let changed = false;
        const { ops, refused } = validateChange(change);
        for (const message of refused) console.warn('skipping a pulled field the schemas refuse', message);
        for (const { field, value, hlc } of ops) {
          if (!newest || compareHlc(hlc, newest) > 0) newest = hlc;
          const mine = row._hlc[field];
          if (mine && compareHlc(mine, hlc) >= 0) continue;
          row[field] = value;
          row._hlc[field] = hlc;
          changed = true;
        }
        if (changed) {
          row._updatedAt = now.toISOString();
          rows.push(row);
        }
      });
      await store.bulkPut(rows);
      applied += rows.length;
    }
    const offsetMs = page.serverTime - now.getTime();
    if (newest) {
      const clock = Clock.safeParse(await readMeta(db, META.clock, null));
      const physical = serverCorrected(now.getTime(), offsetMs);
      if (clock.success) await writeMeta(db, META.clock, receive(clock.data, newest, physical));
    }
    await writeMeta(db, SYNC_META.cursor, page.cursor);
    await writeMeta(db, SYNC_META.since, page.since ?? null);
    await writeMeta(db, SYNC_META.epoch, page.epoch);
    await writeMeta(db, SYNC_META.lastMutationId, page.lastMutationId);
    await writeMeta(db, META.serverOffsetMs, offsetMs);
    await db.outbox.where('mutationId').belowOrEqual(page.lastMutationId).delete();
  });
  return applied;
}

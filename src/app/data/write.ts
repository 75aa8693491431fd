import type { Hlc } from '../../domain/hlc.ts';
import type { Json } from '../../domain/merge.ts';
import type { AnyLocalRow, AppDb, OutboxWrite, SyncedTable } from '../db.ts';
import { claimedUpTo, nextStamp, takeMutationId } from './meta.ts';
import { trackWrite } from './write-tracker.ts';

// The schemas (zod and every row schema) load with the first write rather than with the app shell:
// the home screen paints without them, and the chunk is precached for offline use.
let validator: Promise<typeof import('../../domain/sync-tables.ts').validateOp> | undefined;
function loadValidator() {
  validator ??= import('../../domain/sync-tables.ts').then((module) => module.validateOp);
  return validator;
}

/** A write the schemas refuse: a bug in the caller, never a user's typing (forms check first). */
export class InvalidWriteError extends Error {
  override name = 'InvalidWriteError';
}

export interface WriteOptions {
  /** Create the row when it does not exist yet (with these fields as its first values). */
  create?: boolean;
  now?: Date;
}

/**
 * The one write path of the app. In a single Dexie transaction it stamps the changed fields with
 * the device's HLC, updates the row, and appends the outbox entry that sync will push, so a crash
 * can never keep one without the other. Every value is checked with the same schemas the server
 * uses, so the outbox never holds a write the server would refuse.
 *
 * Consecutive edits of the same fields of the same row (typing in a note) fold into the newest
 * outbox entry while sync has not claimed it: the server never needed the intermediate values,
 * and the outbox stays one entry per edit instead of one per keystroke.
 */
export function writeFields(
  db: AppDb,
  table: SyncedTable,
  id: string,
  fields: Record<string, Json>,
  options: WriteOptions = {},
): Promise<void> {
  const now = options.now ?? new Date();
  const write = loadValidator().then((validateOp) =>
    db.transaction('rw', [db.synced(table), db.outbox, db.meta], async () => {
      const existing = await db.synced(table).get(id);
      if (!existing && !options.create) throw new InvalidWriteError(`${table}/${id} không tồn tại`);
      const hlc = await nextStamp(db, now.getTime());
      for (const [field, value] of Object.entries(fields)) {
        const checked = validateOp({ table, id, field, value, hlc });
        if (!checked.ok) throw new InvalidWriteError(checked.message);
      }
      const row: AnyLocalRow = existing
        ? { ...existing, _hlc: { ...existing._hlc } }
        : { id, _hlc: {}, _updatedAt: '' };
      // What this device had seen of each field: the server tells a sequential edit from a conflict by it.
      const base: Record<string, Hlc> = {};
      for (const field of Object.keys(fields)) {
        const seen = row._hlc[field];
        if (seen) base[field] = seen;
      }
      for (const [field, value] of Object.entries(fields)) {
        row[field] = value;
        row._hlc[field] = hlc;
      }
      row._updatedAt = now.toISOString();
      await db.synced(table).put(row);

      const op: OutboxWrite = { table, id, hlc, fields, base };
      const last = await db.outbox.orderBy('mutationId').last();
      if (last && last.mutationId > (await claimedUpTo(db)) && sameTarget(last.ops, op)) {
        // Folding keeps the first edit's base: the server never saw the stamps in between.
        await db.outbox.put({ ...last, ops: [{ ...op, base: last.ops[0]?.base ?? base }] });
      } else {
        await db.outbox.add({
          mutationId: await takeMutationId(db),
          ops: [op],
          createdAt: now.toISOString(),
        });
      }
    }),
  );
  return trackWrite(write);
}

function sameTarget(ops: OutboxWrite[], op: OutboxWrite): boolean {
  const [only] = ops;
  if (ops.length !== 1 || !only || only.table !== op.table || only.id !== op.id) return false;
  const a = Object.keys(only.fields);
  const b = Object.keys(op.fields);
  return a.length === b.length && a.every((field) => field in op.fields);
}

/** Creates a row; all its fields travel as one outbox entry. */
export function createRow(
  db: AppDb,
  table: SyncedTable,
  row: { id: string } & Record<string, Json>,
  now?: Date,
): Promise<void> {
  const { id, ...fields } = row;
  return writeFields(db, table, id, fields, { create: true, now });
}

/** Deletes are tombstones: the row stays, marked deleted, so the delete syncs like any edit. */
export function deleteRow(db: AppDb, table: SyncedTable, id: string, now?: Date): Promise<void> {
  return writeFields(db, table, id, { deleted: true }, { now });
}

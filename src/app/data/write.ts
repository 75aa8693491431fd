import { type Clock, type Hlc, serverCorrected, tick } from '../../domain/hlc.ts';
import type { Json } from '../../domain/merge.ts';
import type { AnyLocalRow, AppDb, OutboxWrite, SyncedTable } from '../db.ts';
import { claimedUpTo, clockOrNew, META, readMeta } from './meta.ts';
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
  /** Fields a row starts with when this write creates it (implies `create`); `fields` override them. */
  createWith?: Record<string, Json>;
  now?: Date;
  /** The write journal's number for this write (`reliableWrite`), kept per written field. */
  journalSeq?: number;
  /**
   * Replaying the journal entry of this number: a field is left alone when it holds that value
   * already or a write of the same or a later number stored it. Checked inside the transaction, so a
   * write of the page that journalled the entry, committing late, is never overwritten by its replay.
   */
  replayOf?: number;
}

/** What a journalled verb (a field typed into) takes beside its values: the time, and whether it replays. */
export type TypedWriteOptions = Pick<WriteOptions, 'now' | 'replayOf'>;

/** Stages one write of a row inside the transaction `writeTransaction` opened. */
export type StageWrite = (
  table: SyncedTable,
  id: string,
  fields: Record<string, Json>,
  options?: WriteOptions,
) => Promise<void>;

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
  return writeTransaction(db, [table], (stage) => stage(table, id, fields, options));
}

/**
 * One transaction over `tables`, the outbox and meta, in which `body` may read those tables and stage
 * writes (each its own outbox entry, as `writeFields` makes it). A verb that checks a row before it
 * writes (is the inspection still editable?) reads it here rather than in a transaction of its own:
 * each IndexedDB transaction costs a round trip, and the check then holds until the write commits.
 */
export function writeTransaction(
  db: AppDb,
  tables: readonly SyncedTable[],
  body: (stage: StageWrite) => Promise<void>,
): Promise<void> {
  const write = loadValidator().then((validateOp) =>
    db.transaction('rw', [...tables.map((t) => db.synced(t)), db.outbox, db.meta], () =>
      body((table, id, fields, options = {}) => stageWrite(db, validateOp, table, id, fields, options)),
    ),
  );
  return trackWrite(write);
}

type ValidateOp = Awaited<ReturnType<typeof loadValidator>>;

async function stageWrite(
  db: AppDb,
  validateOp: ValidateOp,
  table: SyncedTable,
  id: string,
  requested: Record<string, Json>,
  options: WriteOptions,
): Promise<void> {
  const now = options.now ?? new Date();
  // Every read the write needs, requested at once: IndexedDB answers them in one round trip, where
  // awaiting each in turn cost one round trip apiece.
  const [existing, clock, last, claimed, nextMutationId, offsetMs] = await Promise.all([
    db.synced(table).get(id),
    readMeta<Clock | null>(db, META.clock, null),
    db.outbox.orderBy('mutationId').last(),
    claimedUpTo(db),
    readMeta<number>(db, META.nextMutationId, 1),
    readMeta<number | null>(db, META.serverOffsetMs, null),
  ]);
  if (!existing && !options.create && !options.createWith) {
    throw new InvalidWriteError(`${table}/${id} không tồn tại`);
  }
  const patch =
    options.replayOf === undefined ? requested : notOvertaken(existing, requested, options.replayOf);
  if (Object.keys(patch).length === 0) return;
  const fields = existing || !options.createWith ? patch : { ...options.createWith, ...patch };
  const ticked = tick(clockOrNew(clock), serverCorrected(now.getTime(), offsetMs));
  const hlc = ticked.stamp;
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
  // A replay stores the number of the keystroke it carries, not its own: its value is that old.
  const journalSeq = options.replayOf ?? options.journalSeq;
  if (journalSeq !== undefined) {
    row._journalSeq = { ...row._journalSeq };
    for (const field of Object.keys(patch)) row._journalSeq[field] = journalSeq;
  }
  row._updatedAt = now.toISOString();

  const op: OutboxWrite = { table, id, hlc, fields, base };
  // The puts go out together too; the transaction keeps their order, and commits all or none.
  const puts: Array<Promise<unknown>> = [
    db.meta.put({ key: META.clock, value: ticked.clock }),
    db.synced(table).put(row),
  ];
  if (last && last.mutationId > claimed && sameTarget(last.ops, op)) {
    // Folding keeps the first edit's base: the server never saw the stamps in between.
    puts.push(db.outbox.put({ ...last, ops: [{ ...op, base: last.ops[0]?.base ?? base }] }));
  } else {
    puts.push(
      db.outbox.add({ mutationId: nextMutationId, ops: [op], createdAt: now.toISOString() }),
      db.meta.put({ key: META.nextMutationId, value: nextMutationId + 1 }),
    );
  }
  await Promise.all(puts);
}

function notOvertaken(
  row: AnyLocalRow | undefined,
  patch: Record<string, Json>,
  journalSeq: number,
): Record<string, Json> {
  if (!row) return patch;
  return Object.fromEntries(
    Object.entries(patch).filter(
      ([field, value]) =>
        (row._journalSeq?.[field] ?? Number.NEGATIVE_INFINITY) < journalSeq &&
        JSON.stringify(row[field]) !== JSON.stringify(value),
    ),
  );
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

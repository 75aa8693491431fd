import { type Kysely, sql, type Transaction } from 'kysely';
import type { RowState } from '../../domain/merge.ts';
import { type PackedRow, packState, unpackState } from '../../domain/packed-row.ts';
import type { SyncTable } from '../../domain/sync-tables.ts';
import { reusableQuery } from '../store/reusable-query.ts';
import type { Database } from '../store/schema.ts';
import type { Store } from '../store/store.ts';

/**
 * The synced rows one write transaction touches, loaded in a few chunked queries, changed in memory and
 * written back in bulk (`Store.upsertSyncRows`: array parameters on PostgreSQL, a prepared statement on
 * SQLite): a push of thousands of rows costs a handful of round trips, not one per row. A mutation works on a `RowOverlay` (copy on write) and is folded in only when every op of it
 * passed, so a rejected mutation leaves no trace.
 */

/** One synced row as the server keeps it. */
export interface StoredRow {
  readonly table: SyncTable;
  readonly id: string;
  inspectionId: string | null;
  createdBy: string | null;
  state: RowState;
  fieldSeqs: Record<string, number>;
  /** The assignees and creator when loaded (null for a row new in this transaction). */
  readonly loadedAccess: ReadonlySet<string> | null;
  /** Fields changed in this transaction; they get the new sequence number. */
  changed: Set<string>;
  /** Every field gets the new sequence number (the row became visible to someone new). */
  resequence: boolean;
}

/** Map key of a row. */
export const rowKey = (table: string, id: string) => `${table}\u0000${id}`;

/** Ids per `IN (…)` list: far below SQLite's bind limit. */
const CHUNK = 500;
/** Ids per array parameter of `RowSet.load` (no bind limit applies; this bounds one message). */
const IDS_PER_LOAD = 5_000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

type RowRecord = Pick<
  Database['sync_rows'],
  'tbl' | 'id' | 'inspection_id' | 'state' | 'field_seqs' | 'min_seq' | 'created_by'
>;

/** Who may read an inspection, from its state and creator. */
export function inspectionAccess(state: RowState, createdBy: string | null): Set<string> {
  const users = new Set<string>();
  const assigned = state.assignedTo?.value;
  if (Array.isArray(assigned)) for (const user of assigned) if (typeof user === 'string') users.add(user);
  if (createdBy !== null) users.add(createdBy);
  return users;
}

function decode(record: RowRecord): StoredRow {
  // Stored text was written by `encodeState` from validated fields, so it is a trusted packed row.
  const state = unpackState(JSON.parse(record.state) as PackedRow);
  // Stored sparsely: a field not listed changed at `min_seq` (see `write`).
  const fieldSeqs = JSON.parse(record.field_seqs) as Record<string, number>;
  for (const field of Object.keys(state)) {
    if (!Object.hasOwn(fieldSeqs, field)) fieldSeqs[field] = Number(record.min_seq);
  }
  return {
    table: record.tbl as SyncTable,
    id: record.id,
    inspectionId: record.inspection_id,
    createdBy: record.created_by,
    state,
    fieldSeqs,
    loadedAccess: record.tbl === 'inspections' ? inspectionAccess(state, record.created_by) : null,
    changed: new Set(),
    resequence: false,
  };
}

/** The stored text of a row state: its packed row (a row always has a field, see applyMutation). */
export function encodeState(state: RowState): string {
  return JSON.stringify(packState(state) ?? { hlc: '', fields: {} });
}

const SELECT = ['tbl', 'id', 'inspection_id', 'state', 'field_seqs', 'min_seq', 'created_by'] as const;

/** SQLite: the rows of one table whose ids are in a JSON array (text). */
const rowsOfTable = reusableQuery(
  (db: Kysely<Database>, table: string, idsJson: string) =>
    db
      .selectFrom('sync_rows')
      .select(SELECT)
      .where('tbl', '=', table)
      .where('id', 'in', sql<string>`(select value from json_each(${idsJson}))`),
  ['\u0000table', '\u0000ids'],
);

/** The rows of one transaction. */
export class RowSet {
  readonly rows = new Map<string, StoredRow>();
  readonly dirty = new Set<string>();

  constructor(
    private readonly trx: Transaction<Database>,
    private readonly store: Pick<Store, 'dialect' | 'upsertSyncRows'>,
  ) {}

  get(table: string, id: string): StoredRow | undefined {
    return this.rows.get(rowKey(table, id));
  }

  /**
   * Loads the given rows (those not loaded yet), grouped by table, the ids of each table sent as one parameter:
   * a PostgreSQL array, or on SQLite a JSON array read with `json_each`. Either way the statement text is the
   * same for any number of ids, so it is parsed and planned once, and SQLite looks each id up in the primary
   * key. (An `IN` list of 500 `(tbl, id)` pairs, prepared afresh per chunk, took 167 ms to find none of the
   * 41,000 rows of a first upload of 1,000 inspections; issue #5 bench.)
   */
  async load(keys: Iterable<readonly [table: string, id: string]>): Promise<void> {
    const byTable = new Map<string, Set<string>>();
    for (const [table, id] of keys) {
      if (this.rows.has(rowKey(table, id))) continue;
      const ids = byTable.get(table) ?? new Set<string>();
      byTable.set(table, ids);
      if (ids.has(id)) continue;
      ids.add(id);
    }
    for (const [table, ids] of byTable) {
      for (const part of chunks([...ids], IDS_PER_LOAD)) {
        const records =
          this.store.dialect === 'postgres'
            ? await this.trx
                .selectFrom('sync_rows')
                .select(SELECT)
                .where('tbl', '=', table)
                .where('id', '=', sql<string>`any(${part}::text[])`)
                .execute()
            : await rowsOfTable(this.trx, table, JSON.stringify(part));
        for (const record of records) this.rows.set(rowKey(record.tbl, record.id), decode(record));
      }
    }
  }

  /** Loads every row filed under the given inspections (for re-sequencing) and marks them all resequenced. */
  async resequenceInspections(inspectionIds: Iterable<string>): Promise<void> {
    for (const part of chunks([...new Set(inspectionIds)])) {
      const records = await this.trx
        .selectFrom('sync_rows')
        .select(SELECT)
        .where('inspection_id', 'in', part)
        .execute();
      for (const record of records) {
        const key = rowKey(record.tbl, record.id);
        let row = this.rows.get(key);
        if (!row) {
          row = decode(record);
          this.rows.set(key, row);
        }
        row.resequence = true;
        this.dirty.add(key);
      }
    }
  }

  /**
   * Gives every dirty row the next sequence number after `base` (its changed fields, or all of them when
   * resequenced) and upserts them; returns the new high-water mark.
   */
  async write(base: number): Promise<number> {
    let seq = base;
    const values: Database['sync_rows'][] = [];
    for (const key of this.dirty) {
      const row = this.rows.get(key);
      if (!row) continue;
      seq += 1;
      const fields = row.resequence ? Object.keys(row.state) : row.changed;
      for (const field of fields) row.fieldSeqs[field] = seq;
      // Only fields that changed after the row's oldest change are listed: a row written in one go (most
      // rows) stores `{}`, and a pull sending it whole never parses the map.
      let minSeq = seq;
      for (const field of Object.keys(row.fieldSeqs)) minSeq = Math.min(minSeq, row.fieldSeqs[field] ?? 0);
      const sparse: Record<string, number> = {};
      for (const field of Object.keys(row.fieldSeqs)) {
        const fieldSeq = row.fieldSeqs[field] ?? 0;
        if (fieldSeq !== minSeq) sparse[field] = fieldSeq;
      }
      const sha = row.state.sha256?.value;
      values.push({
        tbl: row.table,
        id: row.id,
        inspection_id: row.inspectionId,
        seq,
        state: encodeState(row.state),
        field_seqs: JSON.stringify(sparse),
        min_seq: minSeq,
        created_by: row.createdBy,
        blob_sha256: typeof sha === 'string' ? sha : null,
      });
    }
    await this.store.upsertSyncRows(this.trx, values);
    return seq;
  }

  /**
   * Rewrites `sync_access` for inspections whose assignees or creator may have changed, and returns those
   * that became visible to someone who could not read them before (their rows must be resequenced).
   */
  async writeAccess(): Promise<string[]> {
    const touched: StoredRow[] = [];
    for (const key of this.dirty) {
      const row = this.rows.get(key);
      if (row?.table === 'inspections' && (row.loadedAccess === null || row.changed.has('assignedTo'))) {
        touched.push(row);
      }
    }
    const widened: string[] = [];
    const grants: Database['sync_access'][] = [];
    for (const row of touched) {
      const access = inspectionAccess(row.state, row.createdBy);
      const before = row.loadedAccess;
      if (before !== null && [...access].some((user) => !before.has(user))) widened.push(row.id);
      for (const user of access) grants.push({ inspection_id: row.id, user_id: user });
    }
    for (const part of chunks(touched.map((row) => row.id))) {
      await this.trx.deleteFrom('sync_access').where('inspection_id', 'in', part).execute();
    }
    for (const part of chunks(grants)) await this.trx.insertInto('sync_access').values(part).execute();
    return widened;
  }
}

/** Copy-on-write view of a RowSet for one mutation: `commit` folds it in, dropping it discards it. */
export class RowOverlay {
  private readonly scratch = new Map<string, StoredRow>();

  constructor(private readonly base: RowSet) {}

  get(table: string, id: string): StoredRow | undefined {
    const key = rowKey(table, id);
    return this.scratch.get(key) ?? this.base.rows.get(key);
  }

  /** Whether the row existed before this mutation began. */
  existedBefore(table: string, id: string): boolean {
    return this.base.rows.has(rowKey(table, id));
  }

  /** The row, ready to change: a private copy, or a new empty row. */
  edit(table: SyncTable, id: string, init: { inspectionId: string | null; createdBy: string }): StoredRow {
    const key = rowKey(table, id);
    const mine = this.scratch.get(key);
    if (mine) return mine;
    const existing = this.base.rows.get(key);
    const row: StoredRow = existing
      ? { ...existing, fieldSeqs: { ...existing.fieldSeqs }, changed: new Set(existing.changed) }
      : {
          table,
          id,
          inspectionId: init.inspectionId,
          createdBy: init.createdBy,
          state: {},
          fieldSeqs: {},
          loadedAccess: null,
          changed: new Set(),
          resequence: false,
        };
    this.scratch.set(key, row);
    return row;
  }

  commit(): void {
    for (const [key, row] of this.scratch) {
      this.base.rows.set(key, row);
      if (row.changed.size > 0) this.base.dirty.add(key);
    }
    this.scratch.clear();
  }
}

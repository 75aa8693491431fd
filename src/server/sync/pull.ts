import type { Transaction } from 'kysely';
import type { PullQuery } from '../../domain/api/sync.ts';
import type { Json } from '../../domain/merge.ts';
import { type PackedRow, packState, unpackState } from '../../domain/packed-row.ts';
import type { Caller } from '../middleware/auth.ts';
import type { Database } from '../store/schema.ts';
import type { Store } from '../store/store.ts';
import { readSyncHead, type SyncHead } from './head.ts';

/** Tables every signed-in user reads whole; everything else is read through its inspection's access list. */
const SHARED_TABLES = ['units', 'plans', 'catalogues'];

/**
 * Answers a pull as JSON text (a `PullResponse`), or null when the client has nothing to learn (the route
 * answers 204, see `PullRequest.lastMutationId`): the rows changed after `cursor` that the caller may read,
 * in sequence order, `limit` at a time, each with only the fields changed after `since` (the cursor where the
 * device's download began). A row whose fields all changed after `since` (the usual case on a first
 * download) is copied from its stored text without parsing it; that is why the answer is built as text. A
 * client whose epoch differs from the server's gets no changes and cursor 0: it must re-push what it holds
 * and pull again from the start.
 */
export async function readPull(store: Store, caller: Caller, query: PullQuery): Promise<string | null> {
  // Most pulls find nothing after their cursor (a tablet syncing with nothing new): one statement answers
  // them, with no transaction and no scan of sync_rows.
  const head = await readSyncHead(store.db, caller, query.clientId);
  if (query.epoch !== null && query.epoch !== head.epoch) return `${answerHead(head, 0, true)}]}`;
  if (query.cursor >= head.highWater) {
    const known =
      query.lastMutationId === head.lastMutationId &&
      query.epoch === head.epoch &&
      query.cursor === head.highWater &&
      (query.since === undefined || query.since === query.cursor);
    return known ? null : `${answerHead(head, head.highWater, false)}]}`;
  }
  // The high-water mark and the rows must come from ONE snapshot. Read apart, a push committing between
  // the two moves a row from at-or-below the mark to above it: this page leaves it out, the next pull
  // sends only its fields changed after the mark, and its older fields never reach this device
  // (tests/integration/postgres/cursor.test.ts, the readers property). PostgreSQL's default READ COMMITTED
  // takes a snapshot per statement, so the read runs in REPEATABLE READ (one snapshot, never blocks or
  // fails for a read-only transaction); SQLite in WAL mode keeps a read transaction's first snapshot. The
  // head is read again inside it: rows may have been committed since the one above.
  const read = store.db.transaction();
  return (store.dialect === 'postgres' ? read.setIsolationLevel('repeatable read') : read).execute((db) =>
    readPullIn(db, caller, query),
  );
}

/** The answer up to the opening bracket of `changes`. */
function answerHead(head: SyncHead, cursor: number, hasMore: boolean): string {
  return (
    `{"epoch":${JSON.stringify(head.epoch)},"cursor":${cursor},"hasMore":${hasMore},` +
    `"lastMutationId":${head.lastMutationId},"serverTime":${Date.now()},"changes":[`
  );
}

async function readPullIn(db: Transaction<Database>, caller: Caller, query: PullQuery): Promise<string> {
  // The high-water mark is read first: every row at or below it was committed with it (writers serialise on
  // the counter row, see seq.ts), so a page that ends below it can move the cursor up to it, past rows this
  // user may not read, and the next pull does not scan them again.
  const head = await readSyncHead(db, caller, query.clientId);
  const highWater = head.highWater;
  if (query.epoch !== null && query.epoch !== head.epoch) return `${answerHead(head, 0, true)}]}`;

  let select = db
    .selectFrom('sync_rows')
    .select(['tbl', 'id', 'seq', 'state', 'field_seqs', 'min_seq'])
    .where('seq', '>', query.cursor)
    .where('seq', '<=', highWater)
    .orderBy('seq')
    .limit(query.limit + 1);
  if (caller.user.role !== 'admin') {
    const userId = caller.user.id;
    // A correlated EXISTS, not `inspection_id IN (…)`: with the IN list SQLite unions two index lookups over
    // every readable row and sorts them for each page (quadratic over a long download); with EXISTS it walks
    // the seq index from the cursor and stops after `limit` rows (issue #5 benchmarks: 8× per page at 41,000
    // rows).
    select = select.where((eb) =>
      eb.or([
        eb('tbl', 'in', SHARED_TABLES),
        eb.exists(
          eb
            .selectFrom('sync_access')
            .select(eb.lit(1).as('one'))
            .whereRef('sync_access.inspection_id', '=', 'sync_rows.inspection_id')
            .where('sync_access.user_id', '=', userId),
        ),
      ]),
    );
  }
  // Fields are sent from where the device's download began, not from this page's cursor (PullRequest.since).
  const since = query.since ?? query.cursor;
  const rows = await select.execute();
  const hasMore = rows.length > query.limit;
  const page = hasMore ? rows.slice(0, query.limit) : rows;
  const parts: string[] = [];
  const format = query.v === 1 ? legacyRow : packedRow;
  for (const row of page) {
    const head = `{"table":${JSON.stringify(row.tbl)},"id":${JSON.stringify(row.id)}`;
    parts.push(format(head, row, since));
  }
  const last = page.at(-1);
  const cursor = hasMore && last ? Number(last.seq) : highWater;
  return `${answerHead(head, cursor, hasMore)}${parts.join(',')}]}`;
}

interface PulledRow {
  state: string;
  field_seqs: string;
  min_seq: number | string;
}

/** The fields changed after `since`, or all of them (null) when every field did. */
function fieldsAfter(row: PulledRow, since: number): string[] | null {
  if (Number(row.min_seq) > since) return null;
  // Sparse (row-set.ts): a field not listed changed at `min_seq`, which is not after `since`.
  const seqs = JSON.parse(row.field_seqs) as Record<string, number>;
  return Object.keys(seqs).filter((field) => (seqs[field] ?? 0) > since);
}

/**
 * Format 2, a packed row (packed-row.ts) with its table and id: the stored text spliced in unparsed when every
 * field changed after `since` (the usual case on a first download), else its changed fields packed afresh.
 */
function packedRow(head: string, row: PulledRow, since: number): string {
  const only = fieldsAfter(row, since);
  if (only === null) return `${head},${row.state.slice(1)}`;
  const packed = packState(unpackState(JSON.parse(row.state) as PackedRow), only);
  return `${head},${JSON.stringify(packed).slice(1)}`;
}

/** Format 1, for tablets of older builds: `fields` maps each changed field to `[value, hlc]`. */
function legacyRow(head: string, row: PulledRow, since: number): string {
  const only = fieldsAfter(row, since);
  const state = unpackState(JSON.parse(row.state) as PackedRow);
  const cells: Record<string, [Json, string]> = {};
  for (const field of only ?? Object.keys(state)) {
    const cell = state[field];
    if (cell) cells[field] = [cell.value, cell.hlc];
  }
  return `${head},"fields":${JSON.stringify(cells)}}`;
}

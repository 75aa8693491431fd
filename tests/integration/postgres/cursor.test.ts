// sync-research.md §3, failure mode 1: a pull cursor that skips a row committed out of order. On PostgreSQL
// writers run at once on several connections (and several server instances), so the cursor is only safe if
// a sequence number is handed out inside the serialised write that commits it (sync/seq.ts). Here a push is
// held open half-way, by running the push's statements by hand in a transaction of our own, while another
// push and a pull run; the union of everything the reader pulled must equal the server's table.
import fc from 'fast-check';
import { sql, type Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock, newNodeId, tick } from '../../../src/domain/hlc.ts';
import { newId } from '../../../src/domain/ids.ts';
import type { Database } from '../../../src/server/store/schema.ts';
import { lockSeq, storeSeq } from '../../../src/server/sync/seq.ts';
import { SyncReplica, storedCells } from '../../helpers/sync-replica.ts';
import { openTestApp, type Session, signUp, type TestApp } from '../sync/fixture.ts';
import { unitRow } from '../sync/rows.ts';

let t: TestApp;
let admin: Session;

beforeAll(async () => {
  t = await openTestApp();
  admin = await signUp(t, 'office', 'admin');
});

afterAll(async () => {
  await t.close();
});

type Allocate = (trx: Transaction<Database>) => Promise<number>;

/** The server's allocator: the counter row, locked by the writer's own transaction until it commits. */
const counterRow: Allocate = (trx) => lockSeq(trx);

/**
 * What the design rules out, to show the test catches it: a number taken and committed at once, outside
 * the writer's transaction, as `nextval()` of a sequence (or a BIGSERIAL column) does.
 */
const sequenceLike: Allocate = async () => {
  const row = await t.store.db
    .updateTable('sync_seq')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('id', '=', 1)
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value) - 1;
};

/** Every synced row on the server as `table/id` → its stored cells (what an admin may pull). */
async function serverTable(): Promise<Map<string, unknown>> {
  const rows = await t.store.db.selectFrom('sync_rows').select(['tbl', 'id', 'state']).execute();
  return new Map(rows.map((r) => [`${r.tbl}/${r.id}`, storedCells(r.state)]));
}

/** Rows of the server's table that the reader does not hold, or holds with other cells. */
async function missingFrom(reader: SyncReplica): Promise<string[]> {
  const held = reader.snapshot();
  const missing: string[] = [];
  for (const [key, cells] of await serverTable()) {
    if (JSON.stringify(held[key]) !== JSON.stringify(cells)) missing.push(key);
  }
  return missing.sort();
}

const lockWaiters = async () => {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from pg_stat_activity
    where datname = current_database() and wait_event_type = 'Lock'`.execute(t.store.db);
  return rows[0]?.n ?? 0;
};

async function until(check: () => Promise<boolean> | boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * One interleaving: a writer holds a push open after taking its number and writing its row; meanwhile a
 * second push is sent and a reader pulls; then the held push commits and the reader pulls again.
 */
async function holdOnePush(allocate: Allocate) {
  const reader = new SyncReplica({ http: t.http, token: admin.token });
  await reader.pull();
  const other = new SyncReplica({ http: t.http, token: admin.token });
  const unit = unitRow();
  other.write('units', unit.id, unit.fields);

  const heldId = newId();
  let base = -1;
  let holding = (): void => undefined;
  const isHolding = new Promise<void>((resolve) => {
    holding = resolve;
  });
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  // The statements a push runs, in its order: take the number, write the row, store the high-water mark.
  const held = t.store.db.transaction().execute(async (trx) => {
    base = await allocate(trx);
    const { stamp } = tick(createClock(newNodeId()), Date.now());
    await trx
      .insertInto('sync_rows')
      .values({
        tbl: 'units',
        id: heldId,
        inspection_id: null,
        seq: base + 1,
        state: JSON.stringify({ hlc: stamp, fields: { name: 'Đơn vị ghi chậm' } }),
        field_seqs: JSON.stringify({ name: base + 1 }),
        min_seq: base + 1,
        created_by: admin.user.id,
        blob_sha256: null,
      })
      .execute();
    await storeSeq(trx, base + 1);
    holding();
    await released;
  });
  await isHolding;

  let pushed = false;
  const push = other.push().then((outcome) => {
    pushed = true;
    return outcome;
  });
  // Either the second push queues behind the held one (waiting on a row lock), or it gets through.
  await until(async () => pushed || (await lockWaiters()) > 0, 'the second push to wait or finish');
  const blocked = !pushed;
  await reader.pull(); // must not wait for either push
  const cursorWhileHeld = reader.cursor;

  release();
  await held;
  expect((await push).status).toBe(200);
  await reader.pull();
  return { blocked, base, cursorWhileHeld, heldKey: `units/${heldId}`, missing: await missingFrom(reader) };
}

describe('pull cursor on PostgreSQL (sync-research.md §3, failure 1)', () => {
  it('a push holding the counter row makes the next push wait; a pull meanwhile stops below the held row; the pulls together hold every row', async () => {
    const run = await holdOnePush(counterRow);
    expect(run.blocked).toBe(true);
    // The pull read the counter's committed value (the one before the held push) without waiting.
    expect(run.cursorWhileHeld).toBe(run.base);
    expect(run.missing).toEqual([]);
  });

  it('catches a number taken before commit, as a sequence gives: the pull passes the held row and never gets it', async () => {
    const run = await holdOnePush(sequenceLike);
    expect(run.blocked).toBe(false);
    expect(run.cursorWhileHeld).toBeGreaterThan(run.base + 1);
    expect(run.missing).toEqual([run.heldKey]);
  });

  it('(property) devices creating and renaming rows at once on separate connections while readers start pulling: every reader ends with every row whole', async () => {
    const seed = new SyncReplica({ http: t.http, token: admin.token });
    const existing = Array.from({ length: 20 }, () => unitRow());
    for (const unit of existing) seed.write('units', unit.id, unit.fields);
    expect((await seed.push()).status).toBe(200);
    let renamed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.nat(existing.length + 3), { minLength: 1, maxLength: 10 }), {
          minLength: 2,
          maxLength: 6,
        }),
        fc.integer({ min: 1, max: 4 }),
        async (batches, readerCount) => {
          const writers = batches.map((picks) => {
            const r = new SyncReplica({ http: t.http, token: admin.token });
            for (const pick of picks) {
              const unit = existing[pick];
              renamed += 1;
              // A rename moves an existing row to a new sequence number; the other fields stay behind.
              if (unit) r.write('units', unit.id, { name: `Đơn vị ${renamed}` });
              else r.write('units', unitRow().id, unitRow().fields);
            }
            return r;
          });
          let done = false;
          const pushes = Promise.all(writers.map((w) => w.push())).finally(() => {
            done = true;
          });
          // Readers that have nothing yet start while the pushes commit, and keep pulling until they end.
          const readers = await Promise.all(
            Array.from({ length: readerCount }, async (_, i) => {
              await new Promise((r) => setTimeout(r, i * 3));
              const reader = new SyncReplica({ http: t.http, token: admin.token });
              do await reader.pull();
              while (!done);
              return reader;
            }),
          );
          for (const outcome of await pushes) expect(outcome.status).toBe(200);
          for (const reader of readers) {
            await reader.pull();
            expect(await missingFrom(reader)).toEqual([]);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

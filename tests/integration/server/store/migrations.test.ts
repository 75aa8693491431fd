import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  latestAppliedMigration,
  MigrationError,
  migrateToLatest,
  migrations,
} from '../../../../src/server/store/migrations/index.ts';
import { readServerEpoch } from '../../../../src/server/store/server-meta.ts';
import type { Store } from '../../../../src/server/store/store.ts';
import { openTestStore, type TestStore } from '../../../helpers/test-database.ts';

let testStore: TestStore;
let store: Store;

beforeEach(async () => {
  testStore = await openTestStore({ migrate: false });
  store = testStore.store;
});

afterEach(async () => {
  await testStore.dispose();
});

const tableNames = async <DB>(db: Kysely<DB>) =>
  (await db.introspection.getTables()).map((table) => table.name).sort();

describe('migrateToLatest', () => {
  it('applies every migration once, in order: server_meta with a random UUID epoch', async () => {
    expect(await latestAppliedMigration(store.db)).toBeNull();
    expect(await migrateToLatest(store.db)).toEqual(Object.keys(migrations));
    expect(await latestAppliedMigration(store.db)).toBe(Object.keys(migrations).at(-1));
    expect(await tableNames(store.db)).toContain('server_meta');
    const epoch = await readServerEpoch(store.db);
    expect(epoch).toMatch(/^[0-9a-f-]{36}$/);

    expect(await migrateToLatest(store.db)).toEqual([]);
    expect(await readServerEpoch(store.db)).toBe(epoch);
  });

  it('rolls back every pending migration when one fails, and names it', async () => {
    const failing = {
      ...migrations,
      '9999_half_done': {
        // biome-ignore lint/suspicious/noExplicitAny: Kysely's migration signature.
        async up(db: Kysely<any>) {
          await db.schema.createTable('half_done').addColumn('id', 'text').execute();
          await sql`insert into no_such_table values (1)`.execute(db);
        },
      },
    };
    await expect(migrateToLatest(store.db, failing)).rejects.toThrow(MigrationError);
    await expect(migrateToLatest(store.db, failing)).rejects.toThrow(/9999_half_done.*no_such_table/);
    // No earlier migration nor the first half of the failing one was kept.
    expect(await tableNames(store.db)).not.toContain('half_done');
    expect(await tableNames(store.db)).not.toContain('server_meta');
    expect(await latestAppliedMigration(store.db)).toBeNull();

    expect(await migrateToLatest(store.db)).toEqual(Object.keys(migrations));
  });

  it('0004 packs the stored rows of a 0003 database and notes their lowest field sequence', async () => {
    const upTo3 = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0004'));
    await migrateToLatest(store.db, upTo3);
    const a = '2026-03-15T02:00:00.000Z-0000-0123456789abcdef';
    const b = '2026-03-15T02:05:00.000Z-0001-0123456789abcdef';
    // biome-ignore lint/suspicious/noExplicitAny: the table as 0003 left it, before 0004's column.
    const db = store.db as Kysely<any>;
    const row = (id: string, state: unknown, seqs: Record<string, number>) => ({
      tbl: 'findings',
      id,
      inspection_id: null,
      seq: Math.max(...Object.values(seqs)),
      state: JSON.stringify(state),
      field_seqs: JSON.stringify(seqs),
      created_by: null,
      blob_sha256: null,
    });
    // More rows than one batch of the migration, so its paging is exercised too.
    const rows = Array.from({ length: 1203 }, (_, i) =>
      row(
        `r${String(i).padStart(4, '0')}`,
        { text: [`dòng ${i}`, a], order: [i, a], deleted: [false, b] },
        {
          text: 2,
          order: 2,
          deleted: 7,
        },
      ),
    );
    for (let i = 0; i < rows.length; i += 200)
      await db
        .insertInto('sync_rows')
        .values(rows.slice(i, i + 200))
        .execute();

    expect(await migrateToLatest(store.db)).toEqual(['0004_packed_rows']);
    const stored = await db
      .selectFrom('sync_rows')
      .select(['id', 'state', 'min_seq'])
      .orderBy('id')
      .execute();
    expect(stored).toHaveLength(1203);
    expect(stored[1202]).toEqual({
      id: 'r1202',
      state: JSON.stringify({
        hlc: a,
        fields: { text: 'dòng 1202', order: 1202, deleted: false },
        stamps: { deleted: b },
      }),
      min_seq: expect.anything(),
    });
    expect(stored.every((r) => Number(r.min_seq) === 2)).toBe(true);
  });
});

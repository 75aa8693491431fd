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
});

import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reusableQuery } from '../../../../src/server/store/reusable-query.ts';
import type { Database } from '../../../../src/server/store/schema.ts';
import { openTestStore, type TestStore } from '../../../helpers/test-database.ts';

let test: TestStore;
let db: Kysely<Database>;

beforeAll(async () => {
  test = await openTestStore();
  db = test.store.db;
  await db
    .insertInto('server_meta')
    .values([
      { key: 'colour', value: 'đỏ' },
      { key: 'shape', value: 'tròn' },
    ])
    .execute();
});

afterAll(() => test.dispose());

describe('reusableQuery', () => {
  it('builds once per database and runs with each call’s own values, a placeholder used twice replaced twice', async () => {
    let builds = 0;
    const either = reusableQuery(
      (handle: Kysely<Database>, key: string, other: string) => {
        builds += 1;
        return handle
          .selectFrom('server_meta')
          .select(['key', 'value'])
          .where((eb) => eb.or([eb('key', '=', key), eb('key', '=', other), eb('value', '=', key)]))
          .where('key', '!=', 'epoch') // a literal parameter, kept as it is
          .orderBy('key');
      },
      ['\u0000key', '\u0000other'],
    );
    expect(await either(db, 'colour', 'none')).toEqual([{ key: 'colour', value: 'đỏ' }]);
    expect(await either(db, 'shape', 'colour')).toEqual([
      { key: 'colour', value: 'đỏ' },
      { key: 'shape', value: 'tròn' },
    ]);
    expect(await either(db, 'tròn', 'nothing')).toEqual([{ key: 'shape', value: 'tròn' }]); // via `value = key`
    expect(await either(db, 'epoch', 'epoch')).toEqual([]);
    expect(builds).toBe(1);

    // Reused inside a transaction of the same database, where it reads the transaction's own writes.
    await db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('server_meta').values({ key: 'size', value: 'lớn' }).execute();
        expect(await either(trx, 'size', 'none')).toEqual([{ key: 'size', value: 'lớn' }]);
        throw new RollBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RollBack)) throw error;
      });
    expect(builds).toBe(1);
    expect(await either(db, 'size', 'none')).toEqual([]); // rolled back
    expect(builds).toBe(1);
  });
});

class RollBack extends Error {}

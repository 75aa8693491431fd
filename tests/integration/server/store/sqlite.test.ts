import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { sql, type Transaction } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECKPOINT_EVERY_MS, startCheckpoints } from '../../../../src/server/store/checkpoints.ts';
import { migrateToLatest } from '../../../../src/server/store/migrations/index.ts';
import type { Database } from '../../../../src/server/store/schema.ts';
import { openSqliteStore } from '../../../../src/server/store/sqlite.ts';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-sqlite-'));
  file = join(dir, 'cchc.sqlite');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes 1,500 rows of 3 KB (~4.5 MB, ~1,100 pages) into server_meta. */
async function insertBulk(trx: Transaction<Database>): Promise<void> {
  const rows = Array.from({ length: 1500 }, (_, i) => ({ key: `k${i}`, value: 'x'.repeat(3000) }));
  for (let i = 0; i < rows.length; i += 100) {
    await trx
      .insertInto('server_meta')
      .values(rows.slice(i, i + 100))
      .execute();
  }
}

describe('openSqliteStore', () => {
  it('opens the file in WAL mode with FULL sync, foreign keys and a busy timeout', async () => {
    const store = openSqliteStore(file);
    try {
      const pragma = async (name: string) =>
        Object.values(
          (await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(store.db)).rows[0] ?? {},
        )[0];
      expect(store.dialect).toBe('sqlite');
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(2); // FULL
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
      expect(await pragma('wal_autocheckpoint')).toBe(0); // checkpoints run between requests instead
    } finally {
      await store.close();
    }
  });

  it('with inline checkpoints, folds the WAL into the database file between requests, not inside the commit, and lets an open transaction finish', async () => {
    const store = openSqliteStore(file);
    try {
      await migrateToLatest(store.db);
      await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_EVERY_MS * 3));
      const before = statSync(file).size;
      // ~1,100 pages: SQLite's automatic checkpoint would have run inside this commit.
      await store.db.transaction().execute(async (trx) => {
        await insertBulk(trx);
        // Turns of the event loop inside the transaction: the timer must leave it alone.
        await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_EVERY_MS * 2));
      });
      expect(statSync(file).size).toBe(before); // the commit itself copied nothing back
      const deadline = Date.now() + 5000;
      while (statSync(file).size === before && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(statSync(file).size).toBeGreaterThan(before + 4_000_000);
      const count = await store.db
        .selectFrom('server_meta')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('key', 'like', 'k%')
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(1500);
    } finally {
      await store.close();
    }
  });

  it.each(['inline', 'worker'] as const)(
    'leaves a complete database file and no WAL behind when closed (%s checkpoints)',
    async (checkpoints) => {
      const store = openSqliteStore(file, { checkpoints });
      await migrateToLatest(store.db);
      expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
      await store.close();
      await store.close(); // a second close is harmless

      expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
      // Read without the WAL, as a backup copy of the main file alone would be.
      const copy = new Sqlite(file, { readonly: true });
      try {
        expect(copy.prepare("select count(*) from server_meta where key = 'epoch'").pluck().get()).toBe(1);
      } finally {
        copy.close();
      }
    },
  );

  it('with worker checkpoints, folds committed pages back while the server connection sits in a transaction', async () => {
    const store = openSqliteStore(file, { checkpoints: 'worker' });
    try {
      await migrateToLatest(store.db);
      await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_EVERY_MS * 3));
      // One transaction commits ~4.5 MB; the next stays open, with a write in it, until the file has grown.
      // The inline timer never runs inside a transaction, so only the worker's connection can copy them.
      const before = statSync(file).size;
      await store.db.transaction().execute(insertBulk);
      let grewInside = false;
      await store.db.transaction().execute(async (trx) => {
        await trx.insertInto('server_meta').values({ key: 'open', value: 'still open' }).execute();
        const deadline = Date.now() + 5000;
        while (statSync(file).size <= before + 4_000_000 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        grewInside = statSync(file).size > before + 4_000_000;
      });
      expect(grewInside).toBe(true);
      const count = await store.db
        .selectFrom('server_meta')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where((eb) => eb.or([eb('key', 'like', 'k%'), eb('key', '=', 'open')]))
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(1501);
    } finally {
      await store.close();
    }
  });

  it('falls back to checkpointing between requests when the worker fails', async () => {
    const database = new Sqlite(file);
    database.pragma('journal_mode = WAL');
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    const checkpoints = startCheckpoints(database, 'worker', "throw new Error('no driver here');");
    try {
      database.exec('create table t (v text)');
      const before = statSync(file).size;
      const insert = database.prepare('insert into t values (?)');
      database.transaction(() => {
        for (let i = 0; i < 1500; i += 1) insert.run('x'.repeat(3000));
      })();
      const deadline = Date.now() + 5000;
      while (statSync(file).size <= before + 4_000_000 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(statSync(file).size).toBeGreaterThan(before + 4_000_000);
      expect(String(errors[0])).toContain('WAL checkpoint worker failed');
    } finally {
      await checkpoints.stop();
      spy.mockRestore();
      database.close();
    }
  });
});

import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../../src/server/store/migrations/index.ts';
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
    } finally {
      await store.close();
    }
  });

  it('leaves a complete database file and no WAL behind when closed', async () => {
    const store = openSqliteStore(file);
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
  });
});

// A digest of every table of a server's database, to show that a request changed nothing (or that a retry
// did not add anything). Device seen-at times and failed logins are left out: they change on purpose.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../../../src/server/store/store.ts';

const SKIP_TABLES = new Set(['login_failures']);
const SKIP_COLUMNS = new Set(['devices.last_seen_at']);

/** Digests the database of a running server (SQLite or PostgreSQL) through a second connection. */
export async function digestDatabase(server: {
  openStore(): Promise<Store>;
}): Promise<Record<string, string>> {
  const { db } = await server.openStore();
  try {
    const tables = (await db.introspection.getTables()).sort((a, b) => (a.name < b.name ? -1 : 1));
    const out: Record<string, string> = {};
    for (const table of tables) {
      if (SKIP_TABLES.has(table.name)) continue;
      const columns = table.columns.map((c) => c.name).filter((c) => !SKIP_COLUMNS.has(`${table.name}.${c}`));
      const list = sql.join(columns.map((c) => sql.ref(c)));
      const { rows } = await sql<
        Record<string, unknown>
      >`select ${list} from ${sql.table(table.name)} order by ${list}`.execute(db);
      const hash = createHash('sha256');
      for (const row of rows) hash.update(JSON.stringify(columns.map((c) => row[c])));
      out[table.name] = `${rows.length}:${hash.digest('hex').slice(0, 16)}`;
    }
    return out;
  } finally {
    await db.destroy(); // not close(): that would checkpoint the WAL of a file the server holds open
  }
}

// A digest of every table of a database file, to show that a request changed nothing (or that a retry did
// not add anything). Device seen-at times and failed logins are left out: they change on purpose.
import { createHash } from 'node:crypto';
import Sqlite from 'better-sqlite3';

const SKIP_TABLES = new Set(['login_failures']);
const SKIP_COLUMNS = new Set(['devices.last_seen_at']);

export function digestDatabase(file: string): Record<string, string> {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .pluck()
      .all() as string[];
    const out: Record<string, string> = {};
    for (const table of tables) {
      if (SKIP_TABLES.has(table)) continue;
      const columns = (db.prepare(`pragma table_info("${table}")`).all() as { name: string }[])
        .map((c) => c.name)
        .filter((c) => !SKIP_COLUMNS.has(`${table}.${c}`));
      const rows = db
        .prepare(`select ${columns.map((c) => `"${c}"`).join(', ')} from "${table}" order by 1, 2`)
        .raw()
        .all();
      const hash = createHash('sha256');
      for (const row of rows)
        hash.update(JSON.stringify(row, (_k, v) => (v instanceof Buffer ? v.toString('hex') : v)));
      out[table] = `${rows.length}:${hash.digest('hex').slice(0, 16)}`;
    }
    return out;
  } finally {
    db.close();
  }
}

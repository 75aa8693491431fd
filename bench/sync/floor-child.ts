import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { serveCounted } from './counted-child.ts';

/**
 * What the floor children E and F share with the anchors' floor (lib/sqlite-server.mjs): a SQLite file in a
 * temporary folder, opened afresh for each run (WAL, synchronous=NORMAL) with one table of rows and a seq
 * index, served on a free port and driven through serveCounted (`freshDb`, `count`); the folder goes when
 * the process does.
 */
export class FloorDb<S> {
  private readonly dir: string;
  private db: Sqlite.Database | null = null;
  private opened = 0;
  /** The statements of the current file. */
  statements!: S;
  /** The last seq given. */
  seq = 0;

  constructor(
    private readonly name: string,
    private readonly table: { name: string; ddl: string },
    private readonly prepare: (db: Sqlite.Database) => S,
  ) {
    this.dir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
    process.on('exit', () => rmSync(this.dir, { recursive: true, force: true }));
    this.fresh();
  }

  /** Replaces the file with an empty one. */
  fresh(): true {
    this.db?.close();
    for (const file of readdirSync(this.dir)) rmSync(join(this.dir, file), { force: true });
    const db = new Sqlite(join(this.dir, `${this.name}-${++this.opened}.db`));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(this.table.ddl);
    this.db = db;
    this.statements = this.prepare(db);
    this.seq = 0;
    return true;
  }

  /** Runs `work` in one transaction. */
  transaction(work: () => void): void {
    this.db?.transaction(work)();
  }

  count(): unknown {
    return this.db?.prepare(`select count(*) from ${this.table.name}`).pluck().get();
  }

  /** Listens on a free port of 127.0.0.1 and answers the bench's calls; closes the file on SIGTERM. */
  async serve(server: Server): Promise<void> {
    process.on('SIGTERM', () => {
      this.db?.close();
      process.exit(0);
    });
    server.listen(0, '127.0.0.1');
    await serveCounted(server, { freshDb: () => this.fresh(), count: () => this.count() });
  }
}

// Child process: "F", the anchors' one-request floor with validation (C) fed our push as it travels: the
// same 1,000 inspections as the mutations our client sends (an inspection and its 40 results, each row write
// with its stamp), checked by our own schemas (the push envelope with zod, every row write with the
// registry's field schemas, as our server checks them), and kept as the floor keeps them: ONE row per
// inspection (its mutation's row writes as JSON text), upserted in one transaction, WAL with
// synchronous=NORMAL. Nothing of the sync's own work (merge, per-field sequence
// numbers, access, audit, conflicts, a durable commit) and no row per result: whatever a server does with
// this protocol's bytes, it does at least this, so F / C bounds from below what any storage design could
// reach with this wire.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import Sqlite from 'better-sqlite3';
import { z } from 'zod';
import { ClientId, Epoch, Mutation } from '../../src/domain/api/sync.ts';
import { validateWrite } from '../../src/domain/sync-tables.ts';
import { serveCounted } from './counted-child.ts';

// PushRequest without its per-request cap: the floor sends everything in one request.
const Push = z.object({ clientId: ClientId, epoch: Epoch.nullable(), mutations: z.array(Mutation) });

const dir = mkdtempSync(join(tmpdir(), 'bench-wire-floor-'));
let db: Sqlite.Database;
let upsert: Sqlite.Statement;
let maxSeq = 0;
let dbNo = 0;

function openFresh(): true {
  db?.close();
  for (const file of readdirSync(dir)) rmSync(join(dir, file), { force: true });
  db = new Sqlite(join(dir, `wire-${++dbNo}.db`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`create table docs (id text primary key, seq integer not null, body text not null);
    create index docs_seq on docs(seq);`);
  upsert = db.prepare(`insert into docs (id, seq, body) values (?, ?, ?)
    on conflict (id) do update set seq = excluded.seq, body = excluded.body`);
  maxSeq = 0;
  return true;
}
openFresh();

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (req.method === 'POST' && url.pathname === '/push') {
    const parsed = Push.safeParse(JSON.parse(await text(req)));
    const valid =
      parsed.success && parsed.data.mutations.every((m) => m.ops.every((w) => validateWrite(w).ok));
    if (!parsed.success || !valid) {
      res.writeHead(422).end(JSON.stringify({ error: 'invalid-body' }));
      return;
    }
    const { mutations } = parsed.data;
    db.transaction(() => {
      // The workload writes one inspection per mutation, its own row first.
      for (const m of mutations) upsert.run(m.ops[0]?.id ?? '', ++maxSeq, JSON.stringify(m.ops));
    })();
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ count: mutations.length }));
    return;
  }
  res.writeHead(404).end();
});
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
process.on('SIGTERM', () => {
  db?.close();
  process.exit(0);
});
server.listen(0, '127.0.0.1');
await serveCounted(server, {
  freshDb: () => openFresh(),
  count: () => db.prepare('select count(*) from docs').pluck().get(),
});

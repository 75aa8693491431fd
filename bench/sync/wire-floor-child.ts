// Child process: "F", the anchors' one-request floor with validation (C) fed our push as it travels: the
// same 1,000 inspections as the mutations our client sends (an inspection and its 40 results, each row write
// with its stamp), checked by our own schemas (the push envelope with zod, every row write with the
// registry's field schemas, as our server checks them), and kept as the floor keeps them: ONE row per
// inspection (its mutation's row writes as JSON text), upserted in one transaction, WAL with
// synchronous=NORMAL. Nothing of the sync's own work (merge, per-field sequence
// numbers, access, audit, conflicts, a durable commit) and no row per result: whatever a server does with
// this protocol's bytes, it does at least this, so F / C bounds from below what any storage design could
// reach with this wire.
import http from 'node:http';
import { text } from 'node:stream/consumers';
import { z } from 'zod';
import { ClientId, Epoch, Mutation } from '../../src/domain/api/sync.ts';
import { validateWrite } from '../../src/domain/sync-tables.ts';
import { FloorDb } from './floor-child.ts';

// PushRequest without its per-request cap: the floor sends everything in one request.
const Push = z.object({ clientId: ClientId, epoch: Epoch.nullable(), mutations: z.array(Mutation) });

const floor = new FloorDb(
  'wire-floor',
  {
    name: 'docs',
    ddl: `create table docs (id text primary key, seq integer not null, body text not null);
      create index docs_seq on docs(seq);`,
  },
  (db) => ({
    upsert: db.prepare(`insert into docs (id, seq, body) values (?, ?, ?)
      on conflict (id) do update set seq = excluded.seq, body = excluded.body`),
  }),
);

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
    floor.transaction(() => {
      // The workload writes one inspection per mutation, its own row first.
      for (const m of mutations)
        floor.statements.upsert.run(m.ops[0]?.id ?? '', ++floor.seq, JSON.stringify(m.ops));
    });
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ count: mutations.length }));
    return;
  }
  res.writeHead(404).end();
});
await floor.serve(server);

// Child process: "E", the anchors' one-request floor with validation (C) at the granularity our sync stores:
// the same 1,000 inspections as 41,000 rows (an inspection and its 40 results), not 1,000 documents. Same
// procedure as lib/sqlite-server.mjs: node:http, one POST of everything parsed with JSON.parse and checked
// with a zod 4 schema, every row upserted in ONE transaction (WAL, synchronous=NORMAL, a seq column), and
// one GET since a seq. No stamps, no merge, no access control, no audit, no conflicts: what is left of our
// sync when everything that makes it a sync is taken away, to tell the cost of the rows from the rest.
import http from 'node:http';
import { text } from 'node:stream/consumers';
import { z } from 'zod';
import { FloorDb } from './floor-child.ts';

const Person = z.object({ name: z.string().max(200), role: z.string().max(40) });
const InspectionRow = z.object({
  table: z.literal('inspections'),
  id: z.string().min(1).max(200),
  fields: z.object({
    planId: z.string().nullable(),
    unitId: z.string().min(1),
    unitName: z.string().max(500),
    catalogueId: z.string().min(1),
    date: z.iso.date(),
    place: z.string().max(500),
    team: z.array(Person),
    unitRepresentatives: z.array(Person),
    status: z.enum(['draft', 'inProgress', 'completed', 'signed']),
    assignedTo: z.array(z.string()),
    unitComments: z.string().max(20_000),
    completedAt: z.string().nullable(),
    deleted: z.boolean(),
  }),
});
const count = z.number().int().min(0).nullable();
const ResultRow = z.object({
  table: z.literal('results'),
  id: z.string().min(1).max(200),
  fields: z.object({
    inspectionId: z.string().min(1),
    criterionId: z.string().min(1).max(40),
    notApplicable: z.boolean(),
    numerator: count,
    denominator: count,
    yesNo: z.boolean().nullable(),
    count,
    text: z.string().max(20_000).nullable(),
    note: z.string().max(20_000),
    deleted: z.boolean(),
  }),
});
const Rows = z.array(z.discriminatedUnion('table', [InspectionRow, ResultRow]));

const floor = new FloorDb(
  'row-floor',
  {
    name: 'rows',
    ddl: `create table rows (tbl text not null, id text not null, seq integer not null, body text not null,
      primary key (tbl, id)); create index rows_seq on rows(seq);`,
  },
  (db) => ({
    upsert: db.prepare(`insert into rows (tbl, id, seq, body) values (?, ?, ?, ?)
      on conflict (tbl, id) do update set seq = excluded.seq, body = excluded.body`),
    since: db.prepare('select tbl, id, body from rows where seq > ? order by seq').raw(true),
  }),
);

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (req.method === 'POST' && url.pathname === '/push') {
    const parsed = Rows.safeParse(JSON.parse(await text(req)));
    if (!parsed.success) {
      res.writeHead(422).end(JSON.stringify({ error: 'invalid-body' }));
      return;
    }
    const rows = parsed.data;
    floor.transaction(() => {
      for (const row of rows)
        floor.statements.upsert.run(row.table, row.id, ++floor.seq, JSON.stringify(row.fields));
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: rows.length }));
    return;
  }
  if (req.method === 'GET' && url.pathname === '/rows') {
    const found = floor.statements.since.all(Number(url.searchParams.get('since') ?? 0)) as [
      string,
      string,
      string,
    ][];
    const parts = found.map(
      ([table, id, body]) => `{"table":${JSON.stringify(table)},"id":${JSON.stringify(id)},"fields":${body}}`,
    );
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(`{"seq":${floor.seq},"rows":[${parts.join(',')}]}`);
    return;
  }
  res.writeHead(404).end();
});
await floor.serve(server);

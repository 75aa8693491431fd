// Several server processes on one PostgreSQL database, as behind a load balancer: any request may land on
// any instance. Tokens, failed logins, blobs, sync rows and the pull cursor all live in the database, so
// replicas that talk to both at random converge exactly as with one server (the three-replica property of
// tests/integration/sync/convergence.property.test.ts, with each request sent to a random instance).
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../../src/server/store/migrations/index.ts';
import { createAccounts } from '../../helpers/accounts.ts';
import { type RunningServer, startServer, stopAllServers } from '../../helpers/server.ts';
import { type HttpFn, httpFor, SyncReplica, storedCells } from '../../helpers/sync-replica.ts';
import { createTestDatabase } from '../../helpers/test-database.ts';
import { jsonInit, login, PASSWORD, type Session } from '../sync/fixture.ts';
import { CRITERIA, evidenceRow, findingRow, inspectionRow, resultRow } from '../sync/rows.ts';

let servers: RunningServer[];
let https: HttpFn[];
let admin: Session;
let alice: Session;
let bob: Session;

beforeAll(async () => {
  const databaseUrl = await createTestDatabase();
  // Started together on an empty database: the migrator's lock must let exactly one of them migrate.
  servers = await Promise.all([startServer({ databaseUrl }), startServer({ databaseUrl })]);
  https = servers.map((s) => httpFor(s.url));
  await createAccounts(servers[0] as RunningServer, [
    { username: 'office', password: PASSWORD, role: 'admin' },
    { username: 'alice', password: PASSWORD, role: 'inspector' },
    { username: 'bob', password: PASSWORD, role: 'inspector' },
    { username: 'carol', password: PASSWORD, role: 'inspector' },
  ]);
  const [a, b] = https as [HttpFn, HttpFn];
  [admin, alice, bob] = await Promise.all([login(a, 'office'), login(b, 'alice'), login(a, 'bob')]);
});

afterAll(async () => {
  await stopAllServers();
});

describe('two server instances on one PostgreSQL database', () => {
  it('started together, they migrated once and report the same epoch', async () => {
    const health = await Promise.all(
      https.map(async (http) => (await http('/api/health')).json() as Promise<Record<string, unknown>>),
    );
    expect(health[0]).toMatchObject({ database: { dialect: 'postgres', ok: true } });
    expect(health[1]?.epoch).toBe(health[0]?.epoch);
    const applied = servers.map((s) => (s.logs().match(/applied migration/g) ?? []).length);
    expect(applied.sort()).toEqual([0, Object.keys(migrations).length]);
  });

  it('a token from one instance works on the other, and a logout on one is seen by the other', async () => {
    const [a, b] = https as [HttpFn, HttpFn];
    const carol = await login(a, 'carol', PASSWORD, 'Máy tạm');
    expect((await b('/api/auth/me', { headers: carol.auth })).status).toBe(200);
    expect((await b('/api/auth/logout', { method: 'POST', headers: carol.auth })).status).toBe(204);
    const after = await a('/api/auth/me', { headers: carol.auth });
    expect(after.status).toBe(401);
  });

  it('counts failed logins across instances: five on one, the sixth on the other is refused with 429', async () => {
    const attempt = (http: HttpFn) =>
      http(
        '/api/auth/login',
        jsonInit('POST', { username: 'carol', password: 'sai-mat-khau', deviceName: 'x' }),
      );
    for (let i = 0; i < 5; i += 1) expect((await attempt(https[i % 2] as HttpFn)).status).toBe(401);
    const sixth = await (https[1] as HttpFn)(
      '/api/auth/login',
      jsonInit('POST', { username: 'carol', password: PASSWORD, deviceName: 'x' }),
    );
    expect(sixth.status).toBe(429);
  });

  it('a photo uploaded through one instance is served by the other (blobs live in the database)', async () => {
    const [a, b] = https as [HttpFn, HttpFn];
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5]);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const put = await a(`/api/blobs/${sha}`, {
      method: 'PUT',
      headers: { ...alice.auth, 'content-type': 'image/png' },
      body: bytes,
    });
    expect(put.status).toBe(201);
    const insp = inspectionRow([alice.user.id]);
    const tablet = new SyncReplica({ http: b, token: alice.token });
    tablet.write('inspections', insp.id, insp.fields);
    const evidence = evidenceRow(insp.id, sha, bytes.byteLength);
    tablet.write('evidence', evidence.id, evidence.fields);
    expect((await tablet.push()).status).toBe(200);
    const got = await b(`/api/blobs/${sha}`, { headers: admin.auth });
    expect(got.status).toBe(200);
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(bytes);
    expect((await a(`/api/blobs/${sha}`, { method: 'HEAD', headers: alice.auth })).status).toBe(200);
  });

  it('(property) three replicas sending each request to a random instance converge; nothing is lost or duplicated', async () => {
    type Step =
      | { kind: 'edit'; replica: number; cell: number; via: number }
      | { kind: 'push' | 'pull' | 'pushLostReply'; replica: number; via: number };
    const replicaIndex = fc.integer({ min: 0, max: 2 });
    const via = fc.integer({ min: 0, max: 1 });
    const step: fc.Arbitrary<Step> = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant('edit' as const),
          replica: replicaIndex,
          cell: fc.nat(4),
          via,
        }),
      },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('push' as const), replica: replicaIndex, via }) },
      {
        weight: 1,
        arbitrary: fc.record({ kind: fc.constant('pushLostReply' as const), replica: replicaIndex, via }),
      },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('pull' as const), replica: replicaIndex, via }) },
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        run += 1;
        const [a] = https as [HttpFn, HttpFn];
        const office = new SyncReplica({ http: a, token: admin.token });
        const insp = inspectionRow([alice.user.id, bob.user.id]);
        const results = CRITERIA.slice(0, 2).map((c) => resultRow(insp.id, c));
        const finding = findingRow(insp.id);
        office.write('inspections', insp.id, insp.fields);
        for (const r of results) office.write('results', r.id, r.fields);
        office.write('findings', finding.id, finding.fields);
        expect((await office.push()).status).toBe(200);
        const replicas = [
          office,
          new SyncReplica({ http: a, token: alice.token }),
          new SyncReplica({ http: a, token: bob.token }),
        ];
        // A first full pull, as in the single-server property. (Without it, a first download paged while
        // rows it has not seen were updated loses their older fields: pull.ts sends only fields changed
        // after the page's cursor. That is a paging bug on every backend, reported separately.)
        for (const [i, r] of replicas.entries()) {
          r.http = https[i % 2] as HttpFn;
          await r.pull();
        }
        const cells = [
          ['inspections', insp.id, 'place'],
          ['inspections', insp.id, 'unitComments'],
          ['results', results[0]?.id ?? '', 'note'],
          ['results', results[1]?.id ?? '', 'note'],
          ['findings', finding.id, 'text'],
        ] as const;
        let n = 0;
        for (const s of steps) {
          const r = replicas[s.replica] as SyncReplica;
          r.http = https[s.via] as HttpFn;
          if (s.kind === 'edit') {
            const [table, id, field] = cells[s.cell] ?? cells[0];
            n += 1;
            r.write(table, id, { [field]: `run${run}-r${s.replica}-${n}` });
          } else if (s.kind === 'push') {
            expect([200, 204]).toContain((await r.push()).status);
          } else if (s.kind === 'pushLostReply') {
            if (r.outbox.length > 0) expect((await r.sendPush(r.pushBody())).status).toBe(200);
          } else {
            await r.pull(2);
          }
        }
        for (const [i, r] of replicas.entries()) {
          r.http = https[i % 2] as HttpFn;
          await r.sync();
        }
        for (const [i, r] of replicas.entries()) {
          r.http = https[(i + 1) % 2] as HttpFn;
          await r.pull();
          expect(r.outbox).toEqual([]);
        }
        const keys = new Set([
          `inspections/${insp.id}`,
          ...results.map((r) => `results/${r.id}`),
          `findings/${finding.id}`,
        ]);
        const views = replicas.map((r) =>
          Object.fromEntries(Object.entries(r.snapshot()).filter(([k]) => keys.has(k))),
        );
        expect(views[1]).toEqual(views[0]);
        expect(views[2]).toEqual(views[0]);
        expect(Object.keys(views[0] ?? {})).toHaveLength(keys.size);

        // The database agrees with the replicas, and every mutation was recorded exactly once.
        const store = await (servers[1] as RunningServer).openStore();
        try {
          const stored = await store.db
            .selectFrom('sync_rows')
            .select(['tbl', 'id', 'state'])
            .where('id', 'in', [insp.id, finding.id, ...results.map((r) => r.id)])
            .execute();
          for (const row of stored) {
            expect(views[0]?.[`${row.tbl}/${row.id}`]).toEqual(storedCells(row.state));
          }
          const counts = await store.db
            .selectFrom('sync_mutations')
            .select((eb) => ['client_id', 'mutation_id', eb.fn.countAll<number>().as('n')])
            .where(
              'client_id',
              'in',
              replicas.map((r) => r.clientId),
            )
            .groupBy(['client_id', 'mutation_id'])
            .execute();
          expect(counts.every((c) => Number(c.n) === 1)).toBe(true);
          for (const r of replicas) {
            expect(counts.filter((c) => c.client_id === r.clientId)).toHaveLength(r.nextMutationId - 1);
          }
        } finally {
          await store.db.destroy();
        }
      }),
      { numRuns: 12 },
    );
  });
});

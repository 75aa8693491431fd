import { MAX_MUTATIONS_PER_PUSH, MAX_PUSH_BYTES } from '../src/domain/api/sync.ts';
import type { CriterionId } from '../src/domain/schemas/catalogue.ts';
import { createAccounts, login } from '../tests/helpers/accounts.ts';
import { type RunningServer, startServer, stopAllServers } from '../tests/helpers/server.ts';
import { httpFor, SyncReplica } from '../tests/helpers/sync-replica.ts';
import { createTestDatabase } from '../tests/helpers/test-database.ts';
import { inspectionRow, resultRow } from '../tests/integration/sync/rows.ts';
import { machineLine, table, writeSection } from './report.ts';

/*
 * SQLite vs PostgreSQL behind the real server process (loopback HTTP): the initial push and pull of 1,000
 * and 5,000 inspections (an inspection row and 40 result rows each, one mutation per inspection), and 50
 * devices syncing at once across two server instances on one PostgreSQL database. PostgreSQL needs
 * PG_TEST_URL (default postgres://postgres@127.0.0.1:5432/postgres), as the tests do.
 */

const SIZES = [1_000, 5_000];
const RESULTS = 40;
const DEVICES = 50;
const PASSWORD = 'mat-khau-do-hieu-nang';
const CRITERIA = Array.from(
  { length: RESULTS },
  (_, i) => `A${1 + (i % 7)}.T${1 + Math.floor(i / 7)}` as CriterionId,
);

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

const ms = (value: number) => `${Math.round(value)} ms`;

/** One inspection with its results, written as one mutation, with a note in each result. */
function writeInspection(replica: SyncReplica, n: number): void {
  const insp = inspectionRow([], `Đơn vị số ${n}`);
  replica.writeMany([
    { table: 'inspections', id: insp.id, fields: insp.fields },
    ...CRITERIA.map((c) => {
      const r = resultRow(insp.id, c);
      return {
        table: 'results',
        id: r.id,
        fields: { ...r.fields, note: `Ghi chú tiêu chí ${c}, đạt yêu cầu.` },
      };
    }),
  ]);
}

/** Pushes the whole outbox in batches the size a tablet sends (≤ 80% of the byte limit). */
async function pushAll(replica: SyncReplica): Promise<number> {
  let requests = 0;
  while (replica.outbox.length > 0) {
    let bytes = 0;
    let count = 0;
    for (const m of replica.outbox) {
      bytes += JSON.stringify(m).length + 1;
      if (count >= MAX_MUTATIONS_PER_PUSH || (count > 0 && bytes > MAX_PUSH_BYTES * 0.8)) break;
      count += 1;
    }
    const out = await replica.push(count);
    if (out.status !== 200) throw new Error(`push failed: ${out.status} ${JSON.stringify(out.body)}`);
    requests += 1;
  }
  return requests;
}

async function serverOn(backend: 'sqlite' | 'postgres', databaseUrl?: string): Promise<RunningServer> {
  const url = backend === 'postgres' ? (databaseUrl ?? (await createTestDatabase())) : undefined;
  return startServer(url ? { databaseUrl: url } : {});
}

async function pushPull(backend: 'sqlite' | 'postgres', size: number) {
  const server = await serverOn(backend);
  await createAccounts(server, [{ username: 'office', password: PASSWORD, role: 'admin' }]);
  const token = await login(server.url, 'office', PASSWORD);
  const http = httpFor(server.url);
  const writer = new SyncReplica({ http, token });
  for (let i = 0; i < size; i += 1) writeInspection(writer, i);
  let started = performance.now();
  const pushes = await pushAll(writer);
  const pushMs = performance.now() - started;
  const reader = new SyncReplica({ http, token });
  started = performance.now();
  const pages = await reader.pull(5_000);
  const pullMs = performance.now() - started;
  if (reader.rows.size !== size * (1 + RESULTS)) throw new Error(`pulled ${reader.rows.size} rows`);
  await server.stop();
  return { pushMs, pushes, pullMs, pulls: pages.length };
}

/** 50 devices, each signed in on one of two instances, push one inspection and pull, all at once. */
async function fleet() {
  const databaseUrl = await createTestDatabase();
  const servers = [await serverOn('postgres', databaseUrl), await serverOn('postgres', databaseUrl)];
  await createAccounts(servers[0] as RunningServer, [
    { username: 'office', password: PASSWORD, role: 'admin' },
  ]);
  const devices: SyncReplica[] = [];
  for (let i = 0; i < DEVICES; i += 1) {
    const server = servers[i % 2] as RunningServer;
    const token = await login(server.url, 'office', PASSWORD, `Máy ${i}`);
    devices.push(new SyncReplica({ http: httpFor(server.url), token }));
  }
  const latencies: number[] = [];
  let errors = 0;
  const timed = async <T>(run: () => Promise<T>): Promise<T | undefined> => {
    const started = performance.now();
    try {
      return await run();
    } catch {
      errors += 1;
      return undefined;
    } finally {
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(
    devices.map(async (device, i) => {
      // Requests alternate between the instances, as behind a load balancer.
      device.http = httpFor((servers[(i + 1) % 2] as RunningServer).url);
      writeInspection(device, i);
      const out = await timed(() => device.push());
      if (out && out.status !== 200) errors += 1;
      device.http = httpFor((servers[i % 2] as RunningServer).url);
      await timed(() => device.pullPage(5_000));
    }),
  );
  const wallMs = performance.now() - started;
  for (const server of servers) await server.stop();
  return {
    errors,
    requests: latencies.length,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    wallMs,
  };
}

export async function runPostgres(): Promise<void> {
  const rows: Array<Array<string | number>> = [];
  try {
    for (const size of SIZES) {
      for (const backend of ['sqlite', 'postgres'] as const) {
        console.log(`  ${backend}: push and pull of ${size} inspections`);
        const r = await pushPull(backend, size);
        rows.push([
          size.toLocaleString('en'),
          backend === 'sqlite' ? 'SQLite' : 'PostgreSQL',
          `${ms(r.pushMs)} (${r.pushes} requests)`,
          `${ms(r.pullMs)} (${r.pulls} pages)`,
        ]);
      }
    }
    console.log(`  ${DEVICES} devices on two PostgreSQL instances`);
    const f = await fleet();
    writeSection(
      'postgres',
      [
        '## SQLite and PostgreSQL (`bench/postgres.ts`)',
        '',
        machineLine(),
        'The real server process on loopback HTTP; PostgreSQL 15 on the same machine. Push: one mutation per',
        `inspection (the inspection and its ${RESULTS} results), batched as a tablet batches; pull: a new device`,
        'downloads everything, 5,000 rows a page. One run each.',
        '',
        table(['inspections', 'database', 'initial push', 'initial pull'], rows),
        '',
        `${DEVICES} devices at once, signed in across two server instances on one PostgreSQL database, each`,
        'pushing one inspection (41 rows) through one instance and pulling through the other:',
        '',
        table(
          ['requests', 'errors', 'p50', 'p99', 'wall time'],
          [[f.requests, f.errors, ms(f.p50), ms(f.p99), ms(f.wallMs)]],
        ),
      ].join('\n'),
    );
  } finally {
    await stopAllServers();
  }
}

import { MAX_PULL_LIMIT, MAX_PUSH_BYTES } from '../../src/domain/api/sync.ts';
import { login } from '../../tests/helpers/accounts.ts';
import { httpFor, SyncReplica } from '../../tests/helpers/sync-replica.ts';
import { CHANGED_DOCS, changeSeed, SMALL_SAMPLES } from './anchor-rounds.ts';
import type { Anchors, Child, WorkloadDoc } from './anchors.ts';
import { check, measure, quantile, record } from './measure.ts';
import { changedWrites, inspectionWrites } from './workload.ts';

/**
 * Our phases, mirroring the anchors' ones: the client is the Node replica of tests/helpers/sync-replica.ts
 * (the protocol the tablet speaks, rows kept in memory like PouchDB's memory adapter, no IndexedDB), the
 * server the real app in its own process (server-child.ts).
 */

export const SYSTEM = 'D cchc sync';
const PASSWORD = 'mat-khau-bench-du-dai';
const ROWS_PER_DOC = 41;
// As the app's push (src/app/sync/push.ts): batches up to 80% of the server's limit, leaving room for escaping.
const BATCH_BYTES = Math.floor(MAX_PUSH_BYTES * 0.8);

/** Pushes the whole outbox in batches that fit the server's body limit; every mutation must be applied. */
export async function pushAll(replica: SyncReplica): Promise<void> {
  while (replica.outbox.length > 0) {
    const pushed = await replica.pushBatch(BATCH_BYTES);
    if (pushed.status !== 200) throw new Error(`push: ${pushed.status} ${JSON.stringify(pushed.body)}`);
    if (replica.rejected.length > 0) throw new Error(`push rejected: ${JSON.stringify(replica.rejected[0])}`);
  }
}

async function device(base: string, token: string): Promise<SyncReplica> {
  return new SyncReplica({ http: httpFor(base), token });
}

/** Initial push, initial pull by a fresh device, no-op sync, 1 criterion changed in 10 inspections. */
export async function ourRound(a: Anchors, srv: Child, docs: WorkloadDoc[], n: number, rep: number) {
  const base = `http://127.0.0.1:${srv.port}`;
  const ids = await srv.call<Record<string, string>>('freshDb', [
    { username: 'thanh.tra', password: PASSWORD, role: 'inspector' },
  ]);
  const userId = ids['thanh.tra'] ?? '';
  const writer = await device(base, await login(base, 'thanh.tra', PASSWORD, 'Máy A'));
  for (const doc of docs) writer.writeMany(inspectionWrites(doc, userId));

  const push = await measure(srv, () => pushAll(writer));
  check((await srv.call<number>('count')) === n * ROWS_PER_DOC, `${SYSTEM} push count`);
  record(SYSTEM, '1 initial push', n, rep, push);

  const reader = await device(base, await login(base, 'thanh.tra', PASSWORD, 'Máy B'));
  const pull = await measure(srv, () => reader.pull(MAX_PULL_LIMIT));
  check(reader.rows.size === n * ROWS_PER_DOC, `${SYSTEM} pull count ${reader.rows.size}`);
  record(SYSTEM, '2 initial pull', n, rep, pull);

  await writer.pull(MAX_PULL_LIMIT); // the writer's cursor catches up, as PouchDB's untimed first sync does
  for (let k = 0; k < SMALL_SAMPLES; k += 1) {
    const noop = await measure(srv, async () => {
      await pushAll(writer);
      return writer.pull(MAX_PULL_LIMIT);
    });
    check(noop.value.length === 1 && noop.value[0]?.changes.length === 0, `${SYSTEM} no-op changes`);
    record(SYSTEM, '3 no-op sync', n, rep, noop);
  }

  let current = docs;
  for (let k = 0; k < SMALL_SAMPLES; k += 1) {
    const edited = structuredClone(current);
    const changed = a.workload.changeOneCriterionIn(edited, CHANGED_DOCS, changeSeed(a, k));
    for (const i of changed) {
      const before = current[i];
      const after = edited[i];
      if (before && after) writer.writeMany(changedWrites(before, after));
    }
    check(writer.outbox.length === CHANGED_DOCS, `${SYSTEM} incremental mutations`);
    const inc = await measure(srv, () => pushAll(writer));
    record(SYSTEM, '4 incr push (10 docs)', n, rep, inc);
    current = edited;
  }
}

/** The first sync of a new device through `proxyBase`: push all, then a fresh device pulls all. */
export async function ourInitialSync(srv: Child, proxyBase: string, docs: WorkloadDoc[], rep: number) {
  const base = `http://127.0.0.1:${srv.port}`;
  const ids = await srv.call<Record<string, string>>('freshDb', [
    { username: 'thanh.tra', password: PASSWORD, role: 'inspector' },
  ]);
  const writer = await device(proxyBase, await login(base, 'thanh.tra', PASSWORD, 'Máy A'));
  const reader = await device(proxyBase, await login(base, 'thanh.tra', PASSWORD, 'Máy B'));
  for (const doc of docs) writer.writeMany(inspectionWrites(doc, ids['thanh.tra'] ?? ''));
  const run = await measure(srv, async () => {
    await pushAll(writer);
    return reader.pull(MAX_PULL_LIMIT);
  });
  check(reader.rows.size === docs.length * ROWS_PER_DOC, `${SYSTEM} latency pull count`);
  record(SYSTEM, '5 initial sync, 50 ms RTT', docs.length, rep, run);
}

export interface DevicesResult {
  syncs: number;
  errors: number;
  latencies: number[];
  requests: number;
}

/**
 * `accounts × perAccount` devices (each its own login, so its own token and client id) sync at once,
 * `rounds` times: each writes `perDevice` new inspections, pushes and pulls. Latency is one device's whole
 * sync (push + pull); an error is any failed request or refused mutation.
 */
export async function devicesRun(
  a: Anchors,
  srv: Child,
  options: { accounts: number; perAccount: number; perDevice: number; rounds: number },
): Promise<DevicesResult> {
  const base = `http://127.0.0.1:${srv.port}`;
  const names = Array.from({ length: options.accounts }, (_, i) => `thanh.tra.${i + 1}`);
  const ids = await srv.call<Record<string, string>>(
    'freshDb',
    names.map((username) => ({ username, password: PASSWORD, role: 'inspector' })),
  );
  const devices: { replica: SyncReplica; userId: string }[] = [];
  for (const username of names) {
    for (let d = 0; d < options.perAccount; d += 1) {
      const token = await login(base, username, PASSWORD, `Máy ${d + 1}`);
      devices.push({ replica: await device(base, token), userId: ids[username] ?? '' });
    }
  }
  const docs = a.workload.generateInspections(devices.length * options.perDevice * options.rounds);
  const result: DevicesResult = { syncs: 0, errors: 0, latencies: [], requests: 0 };
  for (let round = 0; round < options.rounds; round += 1) {
    devices.forEach(({ replica, userId }, d) => {
      const first = (round * devices.length + d) * options.perDevice;
      for (const doc of docs.slice(first, first + options.perDevice))
        replica.writeMany(inspectionWrites(doc, userId));
    });
    const run = await measure(srv, () =>
      Promise.all(
        devices.map(async ({ replica }) => {
          const t0 = performance.now();
          try {
            await pushAll(replica);
            await replica.pull(MAX_PULL_LIMIT);
            return { ok: true, ms: performance.now() - t0 };
          } catch (error) {
            console.error(`device sync failed: ${String(error)}`);
            return { ok: false, ms: performance.now() - t0 };
          }
        }),
      ),
    );
    result.syncs += run.value.length;
    result.errors += run.value.filter((r) => !r.ok).length;
    result.latencies.push(...run.value.filter((r) => r.ok).map((r) => r.ms));
    result.requests += run.stats.requests;
  }
  const expected = options.rounds * options.perDevice * options.perAccount * ROWS_PER_DOC;
  // Devices pulled while others were still pushing; one more pull each must bring every account's rows.
  for (const { replica } of devices) {
    await replica.pull(MAX_PULL_LIMIT);
    check(replica.rows.size === expected, `device rows ${replica.rows.size} != ${expected}`);
  }
  return result;
}

export { quantile };

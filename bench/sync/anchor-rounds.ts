import { randomBytes } from 'node:crypto';
import { SyncReplica } from '../../tests/helpers/sync-replica.ts';
import type { Anchors, Child, WorkloadDoc } from './anchors.ts';
import { check, measure, record } from './measure.ts';
import { inspectionWrites } from './workload.ts';

/**
 * The anchors' phases, as their run.mjs runs them (same calls, same checks), so they can be interleaved
 * with ours in one run. A = PouchDB replication to express-pouchdb; B = the one-request floor; C = B's push
 * with zod validation.
 */

export const CHANGED_DOCS = 10;

/**
 * Samples of each small phase (no-op sync, 10 changed docs) per repetition. They take 2–30 ms, so one sample
 * per repetition left their medians at the mercy of a single scheduler hiccup on this shared machine; each
 * system takes the same number, interleaved as before. Each incremental sample changes other criteria.
 */
export const SMALL_SAMPLES = 5;

/** The seed of the k-th incremental change (the anchors' run uses the default, DEFAULT_SEED + 1). */
export const changeSeed = (a: Anchors, k: number) => a.workload.DEFAULT_SEED + 1 + k;

/** What PouchDB's replicate and sync resolve to (the parts checked here). */
interface Replication {
  ok: boolean;
  docs_written: number;
}
interface Sync {
  push: Replication;
  pull: Replication;
}

/** A (PouchDB): initial push, initial pull into an empty db, no-op sync, 1 criterion changed in 10 docs. */
export async function pouchRound(a: Anchors, srv: Child, docs: WorkloadDoc[], n: number, rep: number) {
  const tag = `${n}-${rep < 0 ? 'warm' : rep}-${randomBytes(3).toString('hex')}`;
  const dbName = `insp-${tag}`;
  const local = new a.PouchDB(`push-${tag}`, { adapter: 'memory' });
  const remote = new a.PouchDB(`http://127.0.0.1:${srv.port}/${dbName}`);
  await local.bulkDocs(structuredClone(docs));
  await remote.info();

  const push = await measure<Replication>(srv, () => local.replicate.to(remote));
  check(push.value.ok && push.value.docs_written === n, `A1 docs_written ${push.value.docs_written}`);
  check((await srv.call<{ doc_count: number }>('dbInfo', dbName)).doc_count === n, 'A1 server doc_count');
  record('A pouchdb', '1 initial push', n, rep, push);

  const pullDb = new a.PouchDB(`pull-${tag}`, { adapter: 'memory' });
  const pull = await measure<Replication>(srv, () => pullDb.replicate.from(remote));
  check(pull.value.docs_written === n && (await pullDb.info()).doc_count === n, 'A2 pull count');
  record('A pouchdb', '2 initial pull', n, rep, pull);

  const warm = await local.sync(remote);
  check(warm.push.docs_written === 0, 'A3 warm-up sync pushed docs');
  for (let k = 0; k < SMALL_SAMPLES; k += 1) {
    const noop = await measure<Sync>(srv, () => local.sync(remote));
    check(noop.value.push.docs_written === 0 && noop.value.pull.docs_written === 0, 'A3 no-op wrote docs');
    record('A pouchdb', '3 no-op sync', n, rep, noop);
  }

  const edited = structuredClone(docs);
  for (let k = 0; k < SMALL_SAMPLES; k += 1) {
    const idx = a.workload.changeOneCriterionIn(edited, CHANGED_DOCS, changeSeed(a, k));
    const current = await local.allDocs({ keys: idx.map((i) => edited[i]?._id) });
    const revById = new Map<string, string>(
      current.rows.map((r: { id: string; value: { rev: string } }) => [r.id, r.value.rev]),
    );
    await local.bulkDocs(idx.map((i) => ({ ...edited[i], _rev: revById.get(edited[i]?._id ?? '') })));
    const inc = await measure<Replication>(srv, () => local.replicate.to(remote));
    check(inc.value.docs_written === idx.length, `A4 docs_written ${inc.value.docs_written}`);
    record('A pouchdb', '4 incr push (10 docs)', n, rep, inc);
  }

  await remote.destroy();
  await local.destroy();
  await pullDb.destroy();
}

/** The first sync of a new device through `base` (e.g. a delaying proxy): push all, then a fresh db pulls. */
export async function pouchInitialSync(
  a: Anchors,
  srv: Child,
  base: string,
  docs: WorkloadDoc[],
  rep: number,
) {
  const tag = `lat-${rep}-${randomBytes(3).toString('hex')}`;
  const local = new a.PouchDB(`push-${tag}`, { adapter: 'memory' });
  const remote = new a.PouchDB(`${base}/insp-${tag}`);
  const pullDb = new a.PouchDB(`pull-${tag}`, { adapter: 'memory' });
  await local.bulkDocs(structuredClone(docs));
  await remote.info();
  const run = await measure<Replication>(srv, async () => {
    await local.replicate.to(remote);
    return pullDb.replicate.from(remote);
  });
  check(run.value.docs_written === docs.length, 'A latency pull count');
  record('A pouchdb', '5 initial sync, 50 ms RTT', docs.length, rep, run);
  await remote.destroy();
  await local.destroy();
  await pullDb.destroy();
}

async function postJson(url: string, body: unknown): Promise<{ count: number; seq: number }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const out = (await res.json()) as { count: number; seq: number };
  if (!res.ok) throw new Error(`${url} -> ${res.status}`);
  return out;
}

/** B (floor) and C (floor + zod): one POST of everything, one GET back, a cursor GET, the 10 docs. */
export async function floorRound(
  a: Anchors,
  srv: Child,
  docs: WorkloadDoc[],
  n: number,
  rep: number,
  zod: boolean,
) {
  const base = `http://127.0.0.1:${srv.port}`;
  const sys = zod ? 'C sqlite+zod' : 'B sqlite floor';
  await srv.call('freshDb');
  const push = await measure(srv, () => postJson(`${base}/${zod ? 'push-zod' : 'push'}`, docs));
  check(push.value.count === n && (await srv.call('count')) === n, `${sys} push count`);
  record(sys, '1 initial push', n, rep, push);
  if (zod) return;

  type Page = { seq: number; docs: WorkloadDoc[] };
  const all = await measure(srv, () => fetch(`${base}/docs?since=0`).then((r) => r.json() as Promise<Page>));
  check(all.value.docs.length === n, 'B2 get count');
  record(sys, '2 initial pull', n, rep, all);

  for (let k = 0; k < SMALL_SAMPLES; k += 1) {
    const none = await measure(srv, () =>
      fetch(`${base}/docs?since=${all.value.seq}`).then((r) => r.json() as Promise<Page>),
    );
    check(none.value.docs.length === 0, 'B3 no-op not empty');
    record(sys, '3 no-op sync', n, rep, none);
  }

  const edited = structuredClone(docs);
  for (let k = 0; k < SMALL_SAMPLES; k += 1) {
    const idx = a.workload.changeOneCriterionIn(edited, CHANGED_DOCS, changeSeed(a, k));
    const inc = await measure(srv, () =>
      postJson(
        `${base}/push`,
        idx.map((i) => edited[i]),
      ),
    );
    check(inc.value.count === idx.length, 'B4 count');
    record(sys, '4 incr push (10 docs)', n, rep, inc);
  }
}

/** E: the floor with validation over the rows our sync stores (row-floor-child.ts). */
export const ROW_FLOOR = 'E row floor+zod';
/** The assignee written into E's rows (E has no accounts; the rows are ours byte for byte otherwise). */
const ROW_FLOOR_USER = '0190c0de-0009-7000-8000-000000000001';

/** E: one POST of every row (its JSON.stringify timed, as the floor's), then one GET of them all. */
export async function rowFloorRound(srv: Child, docs: WorkloadDoc[], n: number, rep: number) {
  const base = `http://127.0.0.1:${srv.port}`;
  await srv.call('freshDb');
  const rows = docs.flatMap((doc) => inspectionWrites(doc, ROW_FLOOR_USER));
  const push = await measure(srv, () => postJson(`${base}/push`, rows));
  check(push.value.count === rows.length && (await srv.call('count')) === rows.length, 'E push count');
  record(ROW_FLOOR, '1 initial push', n, rep, push);
  const all = await measure(srv, () =>
    fetch(`${base}/rows?since=0`).then((r) => r.json() as Promise<{ seq: number; rows: unknown[] }>),
  );
  check(all.value.rows.length === rows.length, 'E pull count');
  record(ROW_FLOOR, '2 initial pull', n, rep, all);
}

/** F: the floor with validation over our push wire, one row per inspection (wire-floor-child.ts). */
export const WIRE_FLOOR = 'F wire floor+zod';

/**
 * F: our client's mutations (stamped by the replica as for D) in one POST, its JSON.stringify timed as the
 * floor's. Push only: what F stores is the push wire, larger than the packed rows a pull sends (E's pull is
 * the floor's GET over those).
 */
export async function wireFloorRound(srv: Child, docs: WorkloadDoc[], n: number, rep: number) {
  const base = `http://127.0.0.1:${srv.port}`;
  await srv.call('freshDb');
  const replica = new SyncReplica({ http: () => Promise.reject(new Error('F posts by itself')), token: '' });
  for (const doc of docs) replica.writeMany(inspectionWrites(doc, ROW_FLOOR_USER));
  const body = { clientId: replica.clientId, epoch: null, mutations: replica.outbox };
  const push = await measure(srv, () => postJson(`${base}/push`, body));
  check(push.value.count === n && (await srv.call('count')) === n, 'F push count');
  record(WIRE_FLOOR, '1 initial push', n, rep, push);
}

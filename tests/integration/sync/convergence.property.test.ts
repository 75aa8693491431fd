import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Hlc } from '../../../src/domain/hlc.ts';
import { type Json, jsonEqual } from '../../../src/domain/merge.ts';
import { SyncReplica } from '../../helpers/sync-replica.ts';
import { officeAndInspectors } from './fixture.ts';
import { CRITERIA, findingRow, inspectionRow, resultRow } from './rows.ts';

const env = officeAndInspectors();

/** Text cells the three replicas edit: every one is writable by the office and both assigned inspectors. */
const CELLS = [
  { target: 'inspection', field: 'place' },
  { target: 'inspection', field: 'unitComments' },
  { target: 'result0', field: 'note' },
  { target: 'result1', field: 'note' },
  { target: 'finding', field: 'text' },
] as const;

type Step =
  | { kind: 'edit'; replica: number; cell: number }
  | { kind: 'push' | 'pushLostReply' | 'pull' | 'pushTail'; replica: number }
  | { kind: 'replay'; replica: number; pick: number };

const replicaIndex = fc.integer({ min: 0, max: 2 });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      replica: replicaIndex,
      cell: fc.integer({ min: 0, max: CELLS.length - 1 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('push' as const), replica: replicaIndex }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pushLostReply' as const), replica: replicaIndex }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('pull' as const), replica: replicaIndex }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pushTail' as const), replica: replicaIndex }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('replay' as const), replica: replicaIndex, pick: fc.nat() }),
  },
);

interface Written {
  node: string;
  table: string;
  id: string;
  field: string;
  value: Json;
  hlc: Hlc;
}

describe('convergence (property)', () => {
  it('random edits, interleavings, lost replies, replays and reordered pushes converge; no acknowledged value vanishes without a conflict record', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        run += 1;
        const office = new SyncReplica({ http: env.server.http, token: env.admin.token });
        const insp = inspectionRow([env.alice.user.id, env.bob.user.id]);
        const results = [resultRow(insp.id, CRITERIA[0]), resultRow(insp.id, CRITERIA[1])];
        const finding = findingRow(insp.id);
        office.write('inspections', insp.id, insp.fields);
        for (const r of results) office.write('results', r.id, r.fields);
        office.write('findings', finding.id, finding.fields);
        expect((await office.push()).status).toBe(200);
        const replicas = [
          office,
          new SyncReplica({ http: env.server.http, token: env.alice.token }),
          new SyncReplica({ http: env.server.http, token: env.bob.token }),
        ];
        for (const r of replicas) await r.pull();
        const targets = {
          inspection: ['inspections', insp.id],
          result0: ['results', results[0]?.id ?? ''],
          result1: ['results', results[1]?.id ?? ''],
          finding: ['findings', finding.id],
        } as const;
        const sent: string[][] = [[], [], []];
        const written: Written[] = [];
        let n = 0;

        for (const s of steps) {
          const r = replicas[s.replica];
          const history = sent[s.replica];
          if (!r || !history) continue;
          switch (s.kind) {
            case 'edit': {
              const cell = CELLS[s.cell];
              if (!cell) break;
              const [table, id] = targets[cell.target];
              n += 1;
              const value = `run${run}-r${s.replica}-${n}`;
              const m = r.write(table, id, { [cell.field]: value });
              written.push({
                node: r.clientId,
                table,
                id,
                field: cell.field,
                value,
                hlc: m.ops[0]?.hlc as Hlc,
              });
              break;
            }
            case 'push': {
              const out = await r.push();
              if (out.sent) history.push(out.sent);
              expect([200, 204]).toContain(out.status);
              break;
            }
            case 'pushLostReply': {
              if (r.outbox.length === 0) break;
              const body = r.pushBody();
              history.push(body);
              expect((await r.sendPush(body)).status).toBe(200); // the reply never reaches the replica
              break;
            }
            case 'pushTail': {
              if (r.outbox.length < 2) break;
              const body = JSON.stringify({
                clientId: r.clientId,
                epoch: r.epoch,
                mutations: r.outbox.slice(1),
              });
              const res = await r.sendPush(body);
              // Delivered out of order: refused unless the server already has the first entry (lost reply).
              expect([200, 409]).toContain(res.status);
              break;
            }
            case 'replay': {
              if (history.length === 0) break;
              const res = await r.sendPush(history[s.pick % history.length] ?? '');
              expect(res.status).toBe(200);
              break;
            }
            case 'pull':
              await r.pull(2);
              break;
          }
        }

        for (const r of replicas) await r.sync();
        for (const r of replicas) await r.pull();
        for (const r of replicas) expect(r.outbox).toEqual([]);
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

        const recorded = await env.server.store.db
          .selectFrom('sync_conflicts')
          .select(['tbl', 'row_id', 'field', 'lost_hlc'])
          .where('row_id', 'in', [insp.id, finding.id, ...results.map((r) => r.id)])
          .execute();
        const lostStamps = new Set(recorded.map((c) => `${c.tbl}/${c.row_id}/${c.field}/${c.lost_hlc}`));
        const final = views[0] ?? {};
        for (const w of written) {
          const cell = final[`${w.table}/${w.id}`]?.[w.field];
          if (!cell) throw new Error(`cell ${w.table}.${w.field} missing`);
          if (cell[1] === w.hlc || jsonEqual(cell[0], w.value)) continue;
          const ownLater = written.some(
            (o) =>
              o.node === w.node &&
              o.table === w.table &&
              o.id === w.id &&
              o.field === w.field &&
              o.hlc > w.hlc,
          );
          if (ownLater) continue;
          expect(
            lostStamps.has(`${w.table}/${w.id}/${w.field}/${w.hlc}`),
            `${w.value} lost without a record`,
          ).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });
});

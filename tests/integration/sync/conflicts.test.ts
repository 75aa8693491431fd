import { describe, expect, it } from 'vitest';
import { SyncReplica } from '../../helpers/sync-replica.ts';
import { jsonInit, officeAndInspectors } from './fixture.ts';
import { inspectionRow, resultRow } from './rows.ts';

const env = officeAndInspectors();

interface ConflictView {
  id: number;
  table: string;
  rowId: string;
  field: string;
  keptValue: unknown;
  lostValue: unknown;
  userId: string;
  clientId: string;
  status: string;
}

const conflicts = async (status = 'open') => {
  const res = await env.server.http(`/api/conflicts?status=${status}`, { headers: env.admin.auth });
  expect(res.status).toBe(200);
  return ((await res.json()) as { conflicts: ConflictView[] }).conflicts;
};

/** Two tablets that both hold the same inspection with one result. */
async function twoTablets() {
  const office = new SyncReplica({ http: env.server.http, token: env.admin.token });
  const insp = inspectionRow([env.alice.user.id, env.bob.user.id]);
  const result = resultRow(insp.id);
  office.write('inspections', insp.id, insp.fields);
  office.write('results', result.id, result.fields);
  await office.push();
  const a = new SyncReplica({ http: env.server.http, token: env.alice.token });
  const b = new SyncReplica({ http: env.server.http, token: env.bob.token });
  await a.pull();
  await b.pull();
  return { office, a, b, insp, result };
}

describe('conflicts', () => {
  it('two tablets editing one inspection converge, and every overwritten value is a conflict record', async () => {
    const { a, b, insp, result } = await twoTablets();
    a.write('inspections', insp.id, { place: 'Hội trường A' });
    a.write('results', result.id, { note: 'Ghi chú của An' });
    b.write('inspections', insp.id, { place: 'Phòng họp B', unitComments: 'Đơn vị đồng ý' });
    b.write('results', result.id, { yesNo: true });
    await a.sync();
    await b.sync();
    await a.pull();
    expect(a.snapshot()).toEqual(b.snapshot());
    // Both wrote before either synced: the larger stamp wins, the other value is kept as a conflict.
    const place = a.values('inspections', insp.id)?.place;
    expect(['Hội trường A', 'Phòng họp B']).toContain(place);
    expect(a.values('inspections', insp.id)).toMatchObject({ unitComments: 'Đơn vị đồng ý' });
    expect(a.values('results', result.id)).toMatchObject({ note: 'Ghi chú của An', yesNo: true });

    // merge.ts counts every overwrite of another device's value, so the office's empty place and comments
    // overwritten by the tablets are records too; the one that matters is the tablet value that lost.
    const open = (await conflicts()).filter((c) => c.rowId === insp.id);
    const lost = place === 'Hội trường A' ? 'Phòng họp B' : 'Hội trường A';
    const placeLost = open.filter((c) => c.field === 'place' && c.lostValue === lost);
    expect(placeLost).toHaveLength(1);
    expect(placeLost[0]).toMatchObject({ table: 'inspections', keptValue: place, status: 'open' });
    expect(open.filter((c) => c.field === 'unitComments')).toMatchObject([
      { lostValue: '', keptValue: 'Đơn vị đồng ý' },
    ]);
    // Recorded by the push that met the other value: bob's, who synced second.
    expect(placeLost[0]?.userId).toBe(env.bob.user.id);
    expect(placeLost[0]?.clientId).toBe(b.clientId);
    // A result edited on both tablets in different fields merges without a record between the two.
    const resultConflicts = (await conflicts()).filter((c) => c.rowId === result.id);
    expect(resultConflicts.every((c) => c.lostValue === null || c.lostValue === '')).toBe(true);
  });

  it('the office resolves a conflict with the lost value; every tablet gets it on its next pull', async () => {
    const { a, b, insp } = await twoTablets();
    a.write('inspections', insp.id, { place: 'Tầng 1' });
    b.write('inspections', insp.id, { place: 'Tầng 2' });
    await a.sync();
    await b.sync();
    await a.pull();
    const [conflict] = (await conflicts()).filter((c) => c.rowId === insp.id && c.lostValue !== '');
    if (!conflict) throw new Error('no conflict recorded');
    const bad = await env.server.http(
      `/api/conflicts/${conflict.id}/resolve`,
      jsonInit('POST', { value: 42 }, env.admin.auth),
    );
    expect(bad.status).toBe(422);
    const res = await env.server.http(
      `/api/conflicts/${conflict.id}/resolve`,
      jsonInit('POST', { value: conflict.lostValue }, env.admin.auth),
    );
    expect(res.status).toBe(200);
    await a.pull();
    await b.pull();
    expect(a.values('inspections', insp.id)?.place).toBe(conflict.lostValue);
    expect(b.snapshot()).toEqual(a.snapshot());
    expect((await conflicts()).some((c) => c.id === conflict.id)).toBe(false);
    expect((await conflicts('resolved')).find((c) => c.id === conflict.id)).toMatchObject({
      status: 'resolved',
    });
    const again = await env.server.http(
      `/api/conflicts/${conflict.id}/resolve`,
      jsonInit('POST', { value: 'x' }, env.admin.auth),
    );
    expect(again.status).toBe(409);
    expect(
      (
        await env.server.http(
          '/api/conflicts/999999/resolve',
          jsonInit('POST', { value: 'x' }, env.admin.auth),
        )
      ).status,
    ).toBe(404);
  });

  it('a resolution wins over a stamp from a tablet whose clock runs ahead (within the drift limit)', async () => {
    const { a, b, insp } = await twoTablets();
    const fast = new SyncReplica({
      http: env.server.http,
      token: env.alice.token,
      now: () => Date.now() + 4 * 60_000,
    });
    await fast.pull();
    fast.write('inspections', insp.id, { place: 'Nhanh' });
    b.write('inspections', insp.id, { place: 'Chậm' });
    await b.sync();
    await fast.sync();
    const [conflict] = (await conflicts()).filter((c) => c.rowId === insp.id && c.lostValue === 'Chậm');
    if (!conflict) throw new Error('no conflict recorded');
    expect(conflict.keptValue).toBe('Nhanh');
    await env.server.http(
      `/api/conflicts/${conflict.id}/resolve`,
      jsonInit('POST', { value: 'Chậm' }, env.admin.auth),
    );
    await a.pull();
    expect(a.values('inspections', insp.id)?.place).toBe('Chậm');
  });
});

describe('audit', () => {
  it('lists mutations newest first with who, which device and what, and pages with `before`', async () => {
    const r = new SyncReplica({ http: env.server.http, token: env.alice.token });
    const insp = inspectionRow([env.alice.user.id]);
    r.write('inspections', insp.id, insp.fields);
    r.write('inspections', insp.id, { place: 'Nơi 1' });
    r.enqueueRaw([{ table: 'units', id: insp.id, hlc: 'bad', fields: { name: 'x' } }]);
    await r.push();
    const res = await env.server.http('/api/audit?limit=2', { headers: env.admin.auth });
    expect(res.status).toBe(200);
    const page = (await res.json()) as { entries: Record<string, unknown>[]; nextBefore: number };
    expect(page.entries).toHaveLength(2);
    expect(page.entries[0]).toMatchObject({
      clientId: r.clientId,
      mutationId: 3,
      userId: env.alice.user.id,
      deviceId: env.alice.deviceId,
      deviceName: 'Máy tính bảng',
      status: 'rejected',
      rejection: { error: expect.any(String) },
    });
    expect(page.entries[1]).toMatchObject({
      mutationId: 2,
      status: 'applied',
      ops: [{ table: 'inspections', id: insp.id, fields: { place: 'Nơi 1' } }],
    });
    const next = (await (
      await env.server.http(`/api/audit?limit=1&before=${page.nextBefore}`, { headers: env.admin.auth })
    ).json()) as {
      entries: { mutationId: number }[];
    };
    expect(next.entries[0]?.mutationId).toBe(1);
    expect((await env.server.http('/api/audit', { headers: env.alice.auth })).status).toBe(403);
    expect((await env.server.http('/api/audit?limit=0', { headers: env.admin.auth })).status).toBe(400);
  });
});

import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatHlc, newNodeId } from '../../../src/domain/hlc.ts';
import { SyncReplica } from '../../helpers/sync-replica.ts';
import { officeAndInspectors, type Session } from './fixture.ts';
import { CRITERIA, findingRow, inspectionRow, resultRow, unitRow } from './rows.ts';

const env = officeAndInspectors();

const replica = (session: Session) => new SyncReplica({ http: env.server.http, token: session.token });

describe('push and pull', () => {
  it('applies a push once, returns lastMutationId, and another replica pulls the same rows', async () => {
    const office = replica(env.admin);
    const unit = unitRow();
    office.write('units', unit.id, unit.fields);
    const insp = inspectionRow([env.alice.user.id]);
    office.write('inspections', insp.id, insp.fields);
    const pushed = await office.push();
    expect(pushed.status).toBe(200);
    expect(pushed.body).toMatchObject({ lastMutationId: 2, rejected: [], epoch: expect.any(String) });
    expect(office.outbox).toEqual([]);

    const tablet = replica(env.alice);
    await tablet.pull();
    expect(tablet.values('units', unit.id)).toEqual(unit.fields);
    expect(tablet.values('inspections', insp.id)).toEqual(insp.fields);
    expect(tablet.snapshot()[`inspections/${insp.id}`]).toEqual(office.snapshot()[`inspections/${insp.id}`]);
  });

  it('skips mutations it has already applied and refuses a gap with 409 mutation-gap', async () => {
    const tablet = replica(env.alice);
    const insp = inspectionRow([env.alice.user.id]);
    tablet.write('inspections', insp.id, insp.fields);
    const first = await tablet.push();
    expect(first.status).toBe(200);
    const again = await tablet.sendPush(first.sent);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ lastMutationId: 1, rejected: [] });
    const count = await env.server.store.db
      .selectFrom('sync_mutations')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('client_id', '=', tablet.clientId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);

    tablet.write('inspections', insp.id, { place: 'Hội trường' }); // 2
    tablet.write('inspections', insp.id, { place: 'Phòng họp' }); // 3
    const gap = await tablet.sendPush(
      JSON.stringify({ clientId: tablet.clientId, epoch: tablet.epoch, mutations: tablet.outbox.slice(1) }),
    );
    expect(gap.status).toBe(409);
    expect(await gap.json()).toMatchObject({ error: 'mutation-gap', lastMutationId: 1 });
    expect((await tablet.push()).body).toMatchObject({ lastMutationId: 3 });
  });

  it('pages a pull in sequence order and the pages together hold every row once', async () => {
    const office = replica(env.admin);
    const ids = Array.from({ length: 7 }, () => unitRow());
    for (const u of ids) office.write('units', u.id, u.fields);
    await office.push();
    const reader = replica(env.bob);
    const pages = await reader.pull(3);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.slice(0, -1).every((p) => p.hasMore && p.changes.length === 3)).toBe(true);
    expect(pages.at(-1)?.hasMore).toBe(false);
    const seen = pages.flatMap((p) => p.changes.map((c) => `${c.table}/${c.id}`));
    expect(new Set(seen).size).toBe(seen.length);
    for (const u of ids) expect(reader.values('units', u.id)).toEqual(u.fields);
  });

  it('gives a paged download whole rows, even a row edited after the pages before it were cut', async () => {
    const office = replica(env.admin);
    const first = unitRow();
    office.write('units', first.id, first.fields);
    await office.push();
    const later = Array.from({ length: 4 }, () => unitRow());
    for (const u of later) {
      office.write('units', u.id, u.fields);
      await office.push();
    }
    office.write('units', first.id, { name: 'Phòng Tư pháp (đổi tên)' });
    await office.push();
    // Pages of 2: the first unit now sorts last, while its other fields were written before page 1's cursor.
    const reader = replica(env.bob);
    const pages = await reader.pull(2);
    expect(pages.length).toBeGreaterThan(2);
    expect(reader.values('units', first.id)).toEqual({ ...first.fields, name: 'Phòng Tư pháp (đổi tên)' });
    for (const u of later) expect(reader.values('units', u.id)).toEqual(u.fields);
  });

  it('sends only the changed field of a row after the cursor (field-level deltas)', async () => {
    const tablet = replica(env.alice);
    const insp = inspectionRow([env.alice.user.id]);
    tablet.write('inspections', insp.id, insp.fields);
    const results = CRITERIA.map((c) => resultRow(insp.id, c));
    tablet.writeMany(results.map((r) => ({ table: 'results', id: r.id, fields: r.fields })));
    await tablet.sync();
    const other = replica(env.alice);
    await other.pull();

    tablet.write('results', results[2]?.id ?? '', { note: 'Đã kiểm tra hồ sơ' });
    await tablet.push();
    const pages = await other.pull();
    const changes = pages.flatMap((p) => p.changes);
    expect(changes).toEqual([
      {
        table: 'results',
        id: results[2]?.id,
        hlc: expect.any(String),
        fields: { note: 'Đã kiểm tra hồ sơ' },
      },
    ]);
  });

  it('packs a row with the stamp most fields share, and names the stamps of the others', async () => {
    const tablet = replica(env.alice);
    const insp = inspectionRow([env.alice.user.id]);
    tablet.write('inspections', insp.id, insp.fields);
    tablet.write('inspections', insp.id, { place: 'Hội trường tầng 2' });
    await tablet.push();
    const changes = (await replica(env.alice).pull()).flatMap((p) => p.changes);
    const change = changes.find((c) => c.id === insp.id);
    const stamps = tablet.snapshot()[`inspections/${insp.id}`] ?? {};
    expect(change).toEqual({
      table: 'inspections',
      id: insp.id,
      hlc: stamps.unitName?.[1],
      fields: { ...insp.fields, place: 'Hội trường tầng 2' },
      stamps: { place: stamps.place?.[1] },
    });
  });

  it('answers a tablet of an older build (no format asked) field by field, as it reads them', async () => {
    const tablet = replica(env.alice);
    const insp = inspectionRow([env.alice.user.id]);
    const finding = findingRow(insp.id);
    tablet.write('inspections', insp.id, insp.fields);
    tablet.write('findings', finding.id, finding.fields);
    await tablet.push();
    const query = new URLSearchParams({ clientId: replica(env.alice).clientId, cursor: '0' });
    const response = await env.server.http(`/api/sync/pull?${query}`, {
      headers: { authorization: `Bearer ${env.alice.token}` },
    });
    const body = (await response.json()) as { changes: { table: string; fields: Record<string, unknown> }[] };
    const legacy = body.changes.find((c) => c.table === 'findings');
    const stamps = tablet.snapshot()[`findings/${finding.id}`] ?? {};
    expect(legacy).toEqual({ table: 'findings', id: finding.id, fields: stamps });
  });

  it('gzips a large page for a client that accepts it, and sends the same JSON plain to one that does not', async () => {
    const tablet = replica(env.alice);
    for (let i = 0; i < 12; i += 1) {
      const insp = inspectionRow([env.alice.user.id]);
      tablet.write('inspections', insp.id, insp.fields);
      tablet.writeMany(
        CRITERIA.map((c) => resultRow(insp.id, c)).map((r) => ({
          table: 'results',
          id: r.id,
          fields: r.fields,
        })),
      );
    }
    await tablet.push();
    const query = new URLSearchParams({ clientId: replica(env.alice).clientId, cursor: '0', v: '2' });
    const get = (encoding: string) =>
      env.server.http(`/api/sync/pull?${query}`, {
        headers: { authorization: `Bearer ${env.alice.token}`, 'accept-encoding': encoding },
      });
    const zipped = await get('gzip, deflate');
    const plain = await get('identity');
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(plain.headers.get('content-encoding')).toBeNull();
    // In-process requests (app.request) are not decoded the way fetch over HTTP decodes them.
    const unzipped = gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8');
    const [a, b] = [JSON.parse(unzipped), await plain.json()] as { changes: unknown[]; serverTime: number }[];
    expect(a?.changes.length).toBeGreaterThan(12 * CRITERIA.length);
    expect({ ...a, serverTime: 0 }).toEqual({ ...b, serverTime: 0 });
  });

  it('#5: an inspection assigned later reaches the new inspector although their cursor is past it', async () => {
    const office = replica(env.admin);
    const insp = inspectionRow([env.alice.user.id]);
    office.write('inspections', insp.id, insp.fields);
    const result = resultRow(insp.id);
    office.write('results', result.id, result.fields);
    const finding = findingRow(insp.id);
    office.write('findings', finding.id, finding.fields);
    await office.push();

    const bobs = replica(env.bob);
    await bobs.pull();
    expect(bobs.values('inspections', insp.id)).toBeUndefined();
    expect(bobs.values('results', result.id)).toBeUndefined();

    office.write('inspections', insp.id, { assignedTo: [env.alice.user.id, env.bob.user.id] });
    await office.push();
    await bobs.pull();
    expect(bobs.values('inspections', insp.id)).toEqual({
      ...insp.fields,
      assignedTo: [env.alice.user.id, env.bob.user.id],
    });
    expect(bobs.values('results', result.id)).toEqual(result.fields);
    expect(bobs.values('findings', finding.id)).toEqual(finding.fields);
  });

  it('carries a delete as a tombstone field', async () => {
    const tablet = replica(env.alice);
    const insp = inspectionRow([env.alice.user.id]);
    const finding = findingRow(insp.id);
    tablet.write('inspections', insp.id, insp.fields);
    tablet.write('findings', finding.id, finding.fields);
    await tablet.sync();
    const other = replica(env.alice);
    await other.pull();
    tablet.write('findings', finding.id, { deleted: true });
    await tablet.push();
    const changes = (await other.pull()).flatMap((p) => p.changes);
    expect(changes).toEqual([
      { table: 'findings', id: finding.id, hlc: expect.any(String), fields: { deleted: true } },
    ]);
    expect(other.values('findings', finding.id)).toMatchObject({ deleted: true, text: finding.fields.text });
  });

  it('rejects a mutation stamped more than 5 minutes ahead with clock-drift, and the queue moves on', async () => {
    const tablet = new SyncReplica({
      http: env.server.http,
      token: env.alice.token,
      now: () => Date.now() + 10 * 60_000,
    });
    const insp = inspectionRow([env.alice.user.id]);
    tablet.write('inspections', insp.id, insp.fields);
    const pushed = await tablet.push();
    expect(pushed.status).toBe(200);
    expect(pushed.body).toMatchObject({
      lastMutationId: 1,
      rejected: [{ mutationId: 1, error: 'clock-drift', message: expect.stringContaining('Đồng hồ') }],
    });
    const row = await env.server.store.db
      .selectFrom('sync_rows')
      .select('id')
      .where('id', '=', insp.id)
      .executeTakeFirst();
    expect(row).toBeUndefined();
    const rejection = await env.server.store.db
      .selectFrom('sync_rejections')
      .selectAll()
      .where('client_id', '=', tablet.clientId)
      .executeTakeFirstOrThrow();
    expect(rejection).toMatchObject({ mutation_id: 1, error: 'clock-drift' });
  });

  it('refuses a client id that another user already uses with 403', async () => {
    const tablet = replica(env.alice);
    const insp = inspectionRow([env.alice.user.id]);
    tablet.write('inspections', insp.id, insp.fields);
    await tablet.push();
    const thief = new SyncReplica({ http: env.server.http, token: env.bob.token, clientId: tablet.clientId });
    thief.nextMutationId = 2;
    thief.write('inspections', insp.id, { place: 'x' });
    expect((await thief.push()).status).toBe(403);
    const pull = await env.server.http(`/api/sync/pull?clientId=${tablet.clientId}&cursor=0`, {
      headers: env.bob.auth,
    });
    expect(pull.status).toBe(403);
  });
});

describe('access rules on push', () => {
  const rejectedWith = async (session: Session, ops: Parameters<SyncReplica['enqueueRaw']>[0]) => {
    const r = replica(session);
    r.enqueueRaw(ops);
    const pushed = await r.push();
    expect(pushed.status).toBe(200);
    return (pushed.body.rejected as { error: string }[])[0]?.error ?? null;
  };
  const stamp = () => formatHlc({ millis: Date.now(), counter: 0, node: newNodeId() });

  it('lets only admins write units', async () => {
    const u = unitRow();
    expect(
      await rejectedWith(env.alice, [{ table: 'units', id: u.id, hlc: stamp(), fields: u.fields }]),
    ).toBe('forbidden');
    expect(
      await rejectedWith(env.admin, [{ table: 'units', id: u.id, hlc: stamp(), fields: u.fields }]),
    ).toBeNull();
  });

  it('lets an inspector create an inspection for themself only, and never reassign it', async () => {
    const mine = inspectionRow([env.alice.user.id]);
    const unassigned = inspectionRow([]);
    const forBob = inspectionRow([env.bob.user.id]);
    expect(
      await rejectedWith(env.alice, [
        { table: 'inspections', id: mine.id, hlc: stamp(), fields: mine.fields },
      ]),
    ).toBeNull();
    expect(
      await rejectedWith(env.alice, [
        { table: 'inspections', id: unassigned.id, hlc: stamp(), fields: unassigned.fields },
      ]),
    ).toBeNull();
    expect(
      await rejectedWith(env.alice, [
        { table: 'inspections', id: forBob.id, hlc: stamp(), fields: forBob.fields },
      ]),
    ).toBe('forbidden');
    // Alice created `unassigned`, so she keeps access to it, but may not change who is assigned.
    expect(
      await rejectedWith(env.alice, [
        { table: 'inspections', id: unassigned.id, hlc: stamp(), fields: { place: 'A' } },
      ]),
    ).toBeNull();
    expect(
      await rejectedWith(env.alice, [
        {
          table: 'inspections',
          id: unassigned.id,
          hlc: stamp(),
          fields: { assignedTo: [env.alice.user.id, env.bob.user.id] },
        },
      ]),
    ).toBe('forbidden');
    // Bob is neither assigned nor the creator.
    expect(
      await rejectedWith(env.bob, [
        { table: 'inspections', id: mine.id, hlc: stamp(), fields: { place: 'B' } },
      ]),
    ).toBe('forbidden');
    const r = resultRow(mine.id);
    expect(
      await rejectedWith(env.bob, [{ table: 'results', id: r.id, hlc: stamp(), fields: r.fields }]),
    ).toBe('forbidden');
    expect(
      await rejectedWith(env.alice, [{ table: 'results', id: r.id, hlc: stamp(), fields: r.fields }]),
    ).toBeNull();
  });

  it('refuses a child of an unknown inspection unless the same push created it first', async () => {
    const insp = inspectionRow([env.alice.user.id]);
    const f = findingRow(insp.id);
    expect(
      await rejectedWith(env.alice, [{ table: 'findings', id: f.id, hlc: stamp(), fields: f.fields }]),
    ).toBe('forbidden');
    expect(
      await rejectedWith(env.admin, [{ table: 'findings', id: f.id, hlc: stamp(), fields: f.fields }]),
    ).toBe('forbidden');
    const r = replica(env.alice);
    r.write('inspections', insp.id, insp.fields);
    r.write('findings', f.id, f.fields);
    expect((await r.push()).body).toMatchObject({ lastMutationId: 2, rejected: [] });
  });

  it('requires inspectionId when a child row is created and never lets it change', async () => {
    const insp = inspectionRow([env.alice.user.id]);
    const other = inspectionRow([env.alice.user.id]);
    const r = replica(env.alice);
    r.write('inspections', insp.id, insp.fields);
    r.write('inspections', other.id, other.fields);
    const f = findingRow(insp.id);
    r.write('findings', f.id, f.fields);
    await r.push();
    // A row not created yet (a fresh id: editing f's last digit hit f itself when it already ended in 0).
    const orphan = findingRow(insp.id);
    const { inspectionId: _omit, ...noParent } = orphan.fields;
    expect(
      await rejectedWith(env.alice, [{ table: 'findings', id: orphan.id, hlc: stamp(), fields: noParent }]),
    ).toBe('invalid-value');
    expect(
      await rejectedWith(env.alice, [
        { table: 'findings', id: f.id, hlc: stamp(), fields: { inspectionId: other.id } },
      ]),
    ).toBe('invalid-value');
    expect(
      await rejectedWith(env.alice, [
        { table: 'findings', id: f.id, hlc: stamp(), fields: { inspectionId: insp.id } },
      ]),
    ).toBeNull();
  });

  it('rejects a whole mutation when one op is bad, and applies none of it', async () => {
    const insp = inspectionRow([env.alice.user.id]);
    const r = replica(env.alice);
    r.enqueueRaw([
      { table: 'inspections', id: insp.id, hlc: stamp(), fields: insp.fields },
      { table: 'inspections', id: insp.id, hlc: stamp(), fields: { nope: 1 } },
    ]);
    const pushed = await r.push();
    expect(pushed.body).toMatchObject({
      lastMutationId: 1,
      rejected: [{ mutationId: 1, error: 'unknown-field' }],
    });
    const row = await env.server.store.db
      .selectFrom('sync_rows')
      .select('id')
      .where('id', '=', insp.id)
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });
});

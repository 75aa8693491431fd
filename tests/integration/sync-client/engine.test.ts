import 'fake-indexeddb/auto';
import { copyFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/app/data/blobs.ts';
import { addEvidence } from '../../../src/app/data/evidence.ts';
import { createInspection } from '../../../src/app/data/inspections.ts';
import { recordAnswer } from '../../../src/app/data/results.ts';
import { writeFields } from '../../../src/app/data/write.ts';
import { AppDb } from '../../../src/app/db.ts';
import { addUnit } from '../../../src/app/office/data/units.ts';
import { syncOnce } from '../../../src/app/sync/engine.ts';
import { MAX_PUSH_BYTES } from '../../../src/domain/api/sync.ts';
import { CCHC_2025 } from '../../../src/domain/criteria/cchc-2025.ts';
import { MAX_TEXT_CHARS } from '../../../src/domain/schemas/limits.ts';
import { startServer } from '../../helpers/server.ts';
import { copyTestDatabase } from '../../helpers/test-database.ts';
import { tabletAndOffice } from './fixture.ts';

/** A tiny JPEG-looking blob (the server checks hashes, not pictures). */
const jpeg = (...bytes: number[]) =>
  new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...bytes])], { type: 'image/jpeg' });

/** Keeps a photo as evidence under criterion A3.T1, through the app's own path; returns its hash. */
async function addPhoto(db: AppDb, inspectionId: string, photo: Blob, caption: string): Promise<string> {
  const file = new File([photo], 'anh.jpg', { type: photo.type });
  await addEvidence(db, inspectionId, 'A3.T1', file, caption, {
    prepare: async (chosen) => ({ blob: chosen, width: 1, height: 1 }),
  });
  return sha256Hex(photo);
}

/**
 * The real client sync engine (Dexie over fake-indexeddb) against the real server process and its
 * database (SQLite, or PostgreSQL under TEST_DATABASE=postgres), over HTTP.
 */
describe('the client sync engine against the server', () => {
  const env = tabletAndOffice('Máy tính bảng A');
  const { tablet, office, http } = env;
  const openConflicts = async () => {
    const response = await fetch(new URL('/api/conflicts?status=open', env.server.url), {
      headers: { authorization: `Bearer ${env.adminToken}` },
    });
    const body = (await response.json()) as { conflicts: unknown[] };
    return body.conflicts.length;
  };

  it('sends an inspection made offline and the office receives it, photo included', async () => {
    const id = await createInspection(tablet, { unitName: 'Phòng Quản lý chuyên ngành', date: '2026-03-15' });
    await writeFields(tablet, 'inspections', id, { place: 'Trụ sở Sở KH&CN' });
    const photo = jpeg(1, 2, 3, 4);
    const sha256 = await addPhoto(tablet, id, photo, 'Sổ theo dõi hồ sơ');

    const sent = await syncOnce(tablet, http(env.inspectorToken));
    expect(sent).toMatchObject({ type: 'synced', pushed: 3, photos: 1 });
    expect(await tablet.outbox.count()).toBe(0);
    expect((await tablet.blobs.get(sha256))?.uploaded).toBe(1);

    const received = await syncOnce(office, http(env.adminToken));
    expect(received).toMatchObject({ type: 'synced' });
    expect(await office.inspections.get(id)).toMatchObject({
      unitName: 'Phòng Quản lý chuyên ngành',
      place: 'Trụ sở Sở KH&CN',
    });
    const copy = await office.blobs.get(sha256);
    expect(copy?.size).toBe(photo.size);
  });

  it('moves up to four photos at once each way, and stops taking new ones when the token is refused', async () => {
    const id = await createInspection(tablet, { unitName: 'Phòng Văn hóa và Thông tin', date: '2026-03-16' });
    const hashes: string[] = [];
    for (let i = 0; i < 7; i += 1) hashes.push(await addPhoto(tablet, id, jpeg(9, 9, i), `Ảnh ${i + 1}`));
    const traced = (token: string, refusePut?: number) => {
      const log = { inFlight: 0, most: 0, puts: 0, gets: 0 };
      const options = {
        ...http(token),
        fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
          if (!new URL(String(input)).pathname.startsWith('/api/blobs/')) return fetch(input, init);
          if (init?.method === 'PUT') log.puts += 1;
          if (init?.method === 'GET') log.gets += 1;
          if (init?.method === 'PUT' && log.puts === refusePut) {
            // Its body comes late, as over a slow link: the queue must stop on the status, not on the message.
            const late = new ReadableStream<Uint8Array>({
              async start(controller) {
                await new Promise((resolve) => setTimeout(resolve, 150));
                const body = { error: 'token-revoked', message: 'Thiết bị đã bị thu hồi.' };
                controller.enqueue(new TextEncoder().encode(JSON.stringify(body)));
                controller.close();
              },
            });
            return new Response(late, { status: 401, headers: { 'content-type': 'application/json' } });
          }
          log.inFlight += 1;
          log.most = Math.max(log.most, log.inFlight);
          try {
            return await fetch(input, init);
          } finally {
            log.inFlight -= 1;
          }
        }) as typeof fetch,
      };
      return { log, options };
    };

    // The second upload is refused: the queue stops taking photos; none is lost or marked sent wrongly.
    const refused = traced(env.inspectorToken, 2);
    expect(await syncOnce(tablet, refused.options)).toMatchObject({ ok: false, reason: 'unauthorized' });
    // The first upload may have been under way; none starts once the refusal has arrived (photos between
    // their HEAD and PUT included), though its message is still on its way.
    expect(refused.log.puts).toBeLessThanOrEqual(2);
    const sent = (await tablet.blobs.bulkGet(hashes)).filter((b) => b?.uploaded === 1).length;
    expect(sent).toBeLessThan(7);

    const up = traced(env.inspectorToken);
    expect(await syncOnce(tablet, up.options)).toMatchObject({ type: 'synced', photos: 7 - sent });
    expect((await tablet.blobs.bulkGet(hashes)).every((b) => b?.uploaded === 1)).toBe(true);
    expect(up.log.most).toBeGreaterThan(1);
    expect(up.log.most).toBeLessThanOrEqual(4);

    const down = traced(env.adminToken);
    expect(await syncOnce(office, down.options)).toMatchObject({ type: 'synced' });
    expect((await office.blobs.bulkGet(hashes)).every((b) => b !== undefined)).toBe(true);
    expect(down.log.gets).toBeGreaterThanOrEqual(7);
    expect(down.log.most).toBeGreaterThan(1);
    expect(down.log.most).toBeLessThanOrEqual(4);
  });

  it('sends an outbox of long Vietnamese notes in requests that each fit the server’s limit in bytes, not characters', async () => {
    // 150 notes of 10,000 characters of three bytes each: 4.5 MB of body in 1.5 million characters. Sized by
    // characters this was one request over the server's 4 MiB, refused with 413 on every sync.
    const note = 'ữ'.repeat(MAX_TEXT_CHARS);
    const criteria = CCHC_2025.areas.flatMap((area) => area.criteria).map((c) => c.id);
    const ids: string[] = [];
    while (ids.length * criteria.length < 150) {
      ids.push(
        await createInspection(tablet, { unitName: `Phòng số ${ids.length + 1}`, date: '2026-03-20' }),
      );
    }
    let notes = 0;
    for (const id of ids) {
      for (const criterionId of criteria) {
        if (notes === 150) break;
        await recordAnswer(tablet, id, criterionId, { note });
        notes += 1;
      }
    }
    const seen: number[] = [];
    const counting: typeof fetch = async (input, init) => {
      if (String(input).includes('/api/sync/push'))
        seen.push(new TextEncoder().encode(String(init?.body)).length);
      return fetch(input, init);
    };
    const sent = await syncOnce(tablet, { ...http(env.inspectorToken), fetch: counting });
    expect(sent).toMatchObject({ type: 'synced', rejected: 0 });
    expect(await tablet.outbox.count()).toBe(0);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const bytes of seen) expect(bytes).toBeLessThanOrEqual(MAX_PUSH_BYTES);
    expect(seen.reduce((a, b) => a + b, 0)).toBeGreaterThan(4_500_000);

    await syncOnce(office, http(env.adminToken));
    const last = ids.at(-1) ?? '';
    const received = await office.results.where('inspectionId').equals(last).toArray();
    expect(received.length).toBeGreaterThan(0);
    expect(received.every((row) => row.note === note)).toBe(true);
  });

  it('converges after both sides edit the same inspection offline, and keeps the overwritten value', async () => {
    const [row] = await tablet.inspections.toArray();
    const id = row?.id ?? '';
    await writeFields(
      office,
      'inspections',
      id,
      { place: 'Hội trường' },
      { now: new Date(Date.now() - 1_000) },
    );
    await writeFields(tablet, 'inspections', id, { place: 'Phòng họp tầng 2', unitComments: 'Nhất trí' });
    await syncOnce(office, http(env.adminToken));
    await syncOnce(tablet, http(env.inspectorToken));
    await syncOnce(office, http(env.adminToken));
    const a = await tablet.inspections.get(id);
    const b = await office.inspections.get(id);
    expect(a?.place).toBe('Phòng họp tầng 2');
    expect(b?.place).toBe(a?.place);
    expect(b?.unitComments).toBe('Nhất trí');

    const conflicts = await fetch(new URL('/api/conflicts?status=open', env.server.url), {
      headers: { authorization: `Bearer ${env.adminToken}` },
    }).then((r) => r.json() as Promise<{ conflicts: Array<Record<string, unknown>> }>);
    expect(JSON.stringify(conflicts)).toContain('Hội trường');
  });

  it('records no conflict when a device edits a value it had received (the inspector fills in what the office made)', async () => {
    const [row] = await tablet.inspections.toArray();
    const id = row?.id ?? '';
    const before = await openConflicts();
    await writeFields(office, 'inspections', id, { unitComments: 'Đơn vị cần bổ sung hồ sơ' });
    await syncOnce(office, http(env.adminToken));
    await syncOnce(tablet, http(env.inspectorToken));
    await writeFields(tablet, 'inspections', id, { unitComments: 'Đơn vị đã bổ sung hồ sơ' });
    await syncOnce(tablet, http(env.inspectorToken));
    await syncOnce(office, http(env.adminToken));
    expect((await office.inspections.get(id))?.unitComments).toBe('Đơn vị đã bổ sung hồ sơ');
    expect(await openConflicts()).toBe(before);
  });

  it('pulls with nothing new as a 204 with no body that changes nothing, and still gets what comes next', async () => {
    const pulls: { status: number; body: string }[] = [];
    const recording = {
      ...http(env.inspectorToken),
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
        const response = await fetch(input, init);
        if (String(input).includes('/api/sync/pull')) {
          pulls.push({ status: response.status, body: await response.clone().text() });
        }
        return response;
      }) as typeof fetch,
    };
    const state = async () => {
      const keys = ['sync.cursor', 'sync.since', 'sync.epoch', 'sync.lastMutationId'];
      return Promise.all(keys.map(async (key) => (await tablet.meta.get(key))?.value));
    };
    await syncOnce(tablet, http(env.inspectorToken));
    const before = await state();
    expect(before[3]).toEqual(expect.any(Number));

    expect(await syncOnce(tablet, recording)).toMatchObject({ type: 'synced', pushed: 0, pulled: 0 });
    expect(pulls).toEqual([{ status: 204, body: '' }]);
    expect(await state()).toEqual(before);

    const [row] = await tablet.inspections.toArray();
    const id = row?.id ?? '';
    await writeFields(office, 'inspections', id, { place: 'Phòng tiếp công dân' });
    await syncOnce(office, http(env.adminToken));
    pulls.length = 0;
    expect(await syncOnce(tablet, recording)).toMatchObject({ type: 'synced', pulled: 1 });
    expect(pulls.map((p) => p.status)).toEqual([200]);
    expect((await tablet.inspections.get(id))?.place).toBe('Phòng tiếp công dân');

    // Its own edit comes back with the next pull (the cursor moves past it), and then nothing is new again.
    await writeFields(tablet, 'inspections', id, { unitComments: 'Đã xem' });
    pulls.length = 0;
    await syncOnce(tablet, recording);
    await syncOnce(tablet, recording);
    expect(pulls.map((p) => p.status)).toEqual([200, 204]);
  });

  it('gets whole rows on a paged first download, even rows whose older fields sit below an earlier page', async () => {
    // The office creates one inspection, then two more in later syncs, then edits the first again: the
    // first row ends up last in seq order while its creation fields are older than the others.
    const first = await createInspection(office, { unitName: 'Phòng Thông tin', date: '2026-05-01' });
    await syncOnce(office, http(env.adminToken));
    for (const unitName of ['Phòng Tổ chức', 'Phòng Pháp chế']) {
      await createInspection(office, { unitName, date: '2026-05-02' });
      await syncOnce(office, http(env.adminToken));
    }
    await writeFields(office, 'inspections', first, { place: 'Hội trường lớn' });
    await syncOnce(office, http(env.adminToken));
    const fresh = new AppDb(`fresh-${crypto.randomUUID()}`);
    try {
      // Small pages: the first inspection was created early and edited since, so its row comes late in the
      // download while most of its fields were written before the earlier pages' cursors.
      const result = await syncOnce(fresh, http(env.adminToken), { pageSize: 1 });
      expect(result).toMatchObject({ type: 'synced' });
      const expected = await office.inspections.toArray();
      const got = await fresh.inspections.toArray();
      const strip = (rows: typeof got) =>
        rows.map(({ _hlc, _updatedAt, ...fields }) => fields).sort((a, b) => a.id.localeCompare(b.id));
      expect(strip(got)).toEqual(strip(expected));
      expect(await fresh.evidence.count()).toBe(await office.evidence.count());
    } finally {
      await fresh.delete();
    }
  });

  it('asks for the next page of a download before writing the page it has, and keeps what it wrote when that request fails', async () => {
    for (const unitName of ['Phòng Kế hoạch', 'Phòng Tài chính', 'Phòng Quản lý', 'Phòng Hành chính']) {
      await createInspection(office, { unitName, date: '2026-05-03' });
    }
    await syncOnce(office, http(env.adminToken));
    const total = await office.inspections.count();
    const events: ('ask' | 'wrote')[] = [];
    let failingAsk: number | null = null;
    const tracing = {
      ...http(env.adminToken),
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (new URL(String(input)).pathname === '/api/sync/pull') {
          events.push('ask');
          if (events.filter((e) => e === 'ask').length === failingAsk) throw new TypeError('Failed to fetch');
        }
        return fetch(input, init);
      }) as typeof fetch,
    };
    const download = (db: AppDb) =>
      syncOnce(db, tracing, {
        pageSize: 1,
        onProgress: (p) => {
          if (p.phase === 'pull') events.push('wrote');
        },
      });

    const fresh = new AppDb(`fresh-${crypto.randomUUID()}`);
    try {
      expect(await download(fresh)).toMatchObject({ type: 'synced' });
      expect(await fresh.inspections.count()).toBe(total);
      const pages = events.filter((e) => e === 'wrote').length;
      expect(pages).toBeGreaterThan(3);
      // One request ahead all the way: page k+1 is asked for before page k is written (asked one by one,
      // the events would alternate ask, wrote, ask, wrote).
      const ahead = ['ask', ...Array.from({ length: pages - 1 }, () => ['ask', 'wrote']).flat(), 'wrote'];
      expect(events).toEqual(ahead);
    } finally {
      await fresh.delete();
    }

    // The link drops on the third request: the two pages before it are written, and their cursor with them,
    // so the next sync carries on from there.
    events.length = 0;
    failingAsk = 3;
    const interrupted = new AppDb(`fresh-${crypto.randomUUID()}`);
    try {
      expect(await download(interrupted)).toMatchObject({ ok: false, reason: 'offline' });
      expect(events).toEqual(['ask', 'ask', 'wrote', 'ask', 'wrote']);
      expect(await interrupted.inspections.count()).toBeLessThanOrEqual(2);
      const cursor = (await interrupted.meta.get('sync.cursor'))?.value;
      expect(cursor).toEqual(expect.any(Number));
      events.length = 0;
      failingAsk = null;
      expect(await download(interrupted)).toMatchObject({ type: 'synced' });
      expect(await interrupted.inspections.count()).toBe(total);
    } finally {
      await interrupted.delete();
    }
  });

  /** Stops the server, copies its database aside, and starts it again on the original. */
  async function takeBackup(): Promise<{ file: string; pg: string | null }> {
    const file = `${env.server.dbFile}.backup-${crypto.randomUUID()}`;
    await env.server.stop();
    const pg = env.server.databaseUrl === null ? null : await copyTestDatabase(env.server.databaseUrl);
    if (pg === null) copyFileSync(env.server.dbFile, file);
    env.replaceServer(
      await startServer({ dataDir: env.server.dataDir, databaseUrl: env.server.databaseUrl ?? undefined }),
    );
    return { file, pg };
  }

  /** Stops the server and starts it on a backup, as a new incarnation (another epoch). */
  async function restoreBackup(backup: { file: string; pg: string | null }, epoch: string): Promise<void> {
    await env.server.stop();
    if (backup.pg === null) copyFileSync(backup.file, env.server.dbFile);
    env.replaceServer(
      await startServer({ dataDir: env.server.dataDir, ...(backup.pg && { databaseUrl: backup.pg }) }),
    );
    const restored = await env.server.openStore();
    await restored.db.updateTable('server_meta').set({ value: epoch }).where('key', '=', 'epoch').execute();
    await restored.db.destroy();
  }

  it('re-sends everything after the server is restored from a backup with a new epoch', async () => {
    const backup = await takeBackup();
    const id = await createInspection(tablet, {
      unitName: 'Trung tâm Kiểm định và Phát triển KHCN',
      date: '2026-04-02',
    });
    await syncOnce(tablet, http(env.inspectorToken));

    // Restore the backup (taken before the last inspection reached the server) as a new incarnation.
    await restoreBackup(backup, 'restored-epoch');

    const result = await syncOnce(tablet, http(env.inspectorToken));
    expect(result).toMatchObject({ type: 'synced' });
    await syncOnce(office, http(env.adminToken));
    expect((await office.inspections.get(id))?.unitName).toBe('Trung tâm Kiểm định và Phát triển KHCN');
  });

  it("keeps an inspector's answers on an inspection the office made when a restore lost it and the tablet syncs first", async () => {
    const users = (await (
      await fetch(new URL('/api/users', env.server.url), {
        headers: { authorization: `Bearer ${env.adminToken}` },
      })
    ).json()) as { users: { id: string; username: string }[] };
    const idOf = (username: string) => users.users.find((u) => u.username === username)?.id ?? '';
    const backup = await takeBackup();

    // After the backup: the office registers a unit and assigns an inspection to two people; the inspector answers.
    await addUnit(office, { name: 'Phòng Chuyển đổi số', code: null, kind: 'phong', head: null });
    const id = await createInspection(office, { unitName: 'Phòng Chuyển đổi số', date: '2026-05-04' });
    await writeFields(office, 'inspections', id, { assignedTo: [idOf('thanhtra1'), idOf('vanphong')] });
    expect(await syncOnce(office, http(env.adminToken), { role: 'admin' })).toMatchObject({ type: 'synced' });
    expect(await syncOnce(tablet, http(env.inspectorToken))).toMatchObject({ type: 'synced' });
    await recordAnswer(tablet, id, 'A1.T1', { yesNo: true, note: 'Có kế hoạch CCHC năm 2025' });
    const photo = await addPhoto(tablet, id, jpeg(7, 7, 7, 7, 7), 'Kế hoạch CCHC');
    expect(await syncOnce(tablet, http(env.inspectorToken))).toMatchObject({ type: 'synced', rejected: 0 });

    // The server comes back from the backup; the inspector's tablet is the first to sync.
    await restoreBackup(backup, 'restored-again');
    expect(await syncOnce(tablet, http(env.inspectorToken))).toMatchObject({ type: 'synced', rejected: 0 });
    expect(await syncOnce(office, http(env.adminToken), { role: 'admin' })).toMatchObject({
      type: 'synced',
      rejected: 0,
    });
    expect(await syncOnce(office, http(env.adminToken), { role: 'admin' })).toMatchObject({ type: 'synced' });

    const answer = await office.results.get(`${id}:A1.T1`);
    // The photo went up after the backup: the restored server lacked it, and the tablet sent it again.
    expect(await office.blobs.get(photo)).toMatchObject({ size: 9 });
    expect(answer).toMatchObject({ yesNo: true, note: 'Có kế hoạch CCHC năm 2025' });
    expect((await office.inspections.get(id))?.assignedTo).toEqual([idOf('thanhtra1'), idOf('vanphong')]);
    expect(await office.units.count()).toBeGreaterThan(0);
  });
});

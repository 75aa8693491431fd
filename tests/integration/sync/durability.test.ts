import { copyFileSync, mkdtempSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseEnv, type RunningServer, startServer, stopAllServers } from '../../helpers/server.ts';
import { httpFor, SyncReplica } from '../../helpers/sync-replica.ts';
import { copyTestDatabase } from '../../helpers/test-database.ts';
import { digestDatabase } from './digest.ts';
import { jsonInit, login, PASSWORD } from './fixture.ts';
import { CRITERIA, inspectionRow, resultRow } from './rows.ts';

afterAll(async () => {
  await stopAllServers();
});

/** Creates an admin directly in the database of a stopped or running server, then logs in over HTTP. */
async function adminOf(server: RunningServer) {
  const { createUser } = await import('../../../src/server/auth/accounts.ts');
  const store = await server.openStore();
  await createUser(store.db, {
    username: 'office',
    displayName: 'Văn phòng',
    password: PASSWORD,
    role: 'admin',
  });
  await store.db.destroy(); // no checkpoint: the server holds the file open
  return login(httpFor(server.url), 'office');
}

/** A loopback proxy that forwards everything but, for the first push, drops the reply after it arrived. */
async function replyDroppingProxy(target: string) {
  let dropped = 0;
  const server = createServer((req, res) => {
    const upstream = httpRequest(
      `${target}${req.url}`,
      { method: req.method, headers: req.headers },
      (up) => {
        const chunks: Buffer[] = [];
        up.on('data', (c: Buffer) => chunks.push(c));
        up.on('end', () => {
          if (req.url?.startsWith('/api/sync/push') && dropped === 0) {
            dropped += 1;
            res.socket?.destroy(); // the server has answered, so it has committed; the client never hears it
            return;
          }
          res.writeHead(up.statusCode ?? 502, up.headers);
          res.end(Buffer.concat(chunks));
        });
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dropped: () => dropped,
    close: () => new Promise((r) => server.close(r)),
  };
}

async function countMutations(server: RunningServer, clientId: string) {
  const { db } = await server.openStore();
  try {
    const rows = await db
      .selectFrom('sync_mutations')
      .select((eb) => ['mutation_id', eb.fn.countAll<number>().as('n')])
      .where('client_id', '=', clientId)
      .groupBy('mutation_id')
      .orderBy('mutation_id')
      .execute();
    return rows.map((r) => ({ mutation_id: Number(r.mutation_id), n: Number(r.n) }));
  } finally {
    await db.destroy();
  }
}

describe('durability', () => {
  it('a push whose reply is lost after commit is applied exactly once when the replica retries', async () => {
    const server = await startServer();
    const admin = await adminOf(server);
    const proxy = await replyDroppingProxy(server.url);
    const tablet = new SyncReplica({ http: httpFor(proxy.url), token: admin.token });
    const other = new SyncReplica({ http: httpFor(server.url), token: admin.token });
    const insp = inspectionRow();
    other.write('inspections', insp.id, insp.fields);
    await other.push();
    tablet.write('inspections', insp.id, { ...insp.fields, place: 'Trụ sở' });
    tablet.write('results', resultRow(insp.id).id, resultRow(insp.id).fields);

    await expect(tablet.push()).rejects.toThrow();
    expect(proxy.dropped()).toBe(1);
    expect(tablet.outbox).toHaveLength(2);
    const afterFirst = await digestDatabase(server);
    expect(await countMutations(server, tablet.clientId)).toEqual([
      { mutation_id: 1, n: 1 },
      { mutation_id: 2, n: 1 },
    ]);

    const retry = await tablet.push();
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ lastMutationId: 2, rejected: [] });
    expect(tablet.outbox).toEqual([]);
    expect(await digestDatabase(server)).toEqual(afterFirst);
    await proxy.close();
    expect(await server.stop()).toBe(0);
  });

  it('after a SIGKILL during a large push nothing acknowledged is lost and the retry duplicates nothing', async () => {
    const first = await startServer();
    const admin = await adminOf(first);
    const tablet = new SyncReplica({ http: httpFor(first.url), token: admin.token });
    const acked = inspectionRow();
    tablet.write('inspections', acked.id, acked.fields);
    expect((await tablet.push()).status).toBe(200);

    const inspections = Array.from({ length: 150 }, () => inspectionRow());
    for (const insp of inspections) {
      tablet.writeMany([
        { table: 'inspections', id: insp.id, fields: insp.fields },
        ...CRITERIA.map((c) => ({
          table: 'results',
          id: resultRow(insp.id, c).id,
          fields: resultRow(insp.id, c).fields,
        })),
      ]);
    }
    const body = tablet.pushBody();
    expect(body.length).toBeGreaterThan(300_000);
    const inFlight = tablet.sendPush(body).then(
      (r) => r.status,
      () => 'failed',
    );
    await new Promise((r) => setTimeout(r, 30));
    await first.kill();
    const outcome = await inFlight;

    const second = await startServer({ dataDir: first.dataDir });
    tablet.http = httpFor(second.url);
    const retry = await tablet.push();
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ lastMutationId: 151, rejected: [] });
    await second.stop();

    const ids = await countMutations(second, tablet.clientId);
    expect(ids.map((r) => r.mutation_id)).toEqual(Array.from({ length: 151 }, (_, i) => i + 1));
    expect(ids.every((r) => r.n === 1)).toBe(true);
    const { db } = await second.openStore();
    const { rows } = await db
      .selectFrom('sync_rows')
      .select((eb) => eb.fn.countAll<number>().as('rows'))
      .where('tbl', 'in', ['inspections', 'results'])
      .executeTakeFirstOrThrow();
    await db.destroy();
    expect(Number(rows)).toBe(1 + 150 * (1 + CRITERIA.length));
    expect(['failed', 200]).toContain(outcome);
  });

  it('#5: a server restored from an older copy (new epoch) answers an old-epoch push with 409 epoch-mismatch', async () => {
    const first = await startServer();
    const admin = await adminOf(first);
    const tablet = new SyncReplica({ http: httpFor(first.url), token: admin.token });
    const insp = inspectionRow();
    tablet.write('inspections', insp.id, insp.fields);
    await tablet.push();
    expect(await first.stop()).toBe(0);
    const backup = join(mkdtempSync(join(tmpdir(), 'cchc-backup-')), 'cchc.sqlite');
    // PostgreSQL: a copy of the stopped server's database (CREATE DATABASE … TEMPLATE), as a dump would be.
    const pgBackup = first.databaseUrl === null ? null : await copyTestDatabase(first.databaseUrl);
    if (first.databaseUrl === null) copyFileSync(first.dbFile, backup);
    const oldEpoch = tablet.epoch;

    const second = await startServer({ dataDir: first.dataDir });
    tablet.http = httpFor(second.url);
    tablet.write('inspections', insp.id, { place: 'Sau sao lưu' });
    expect((await tablet.push()).body).toMatchObject({ lastMutationId: 2 });
    expect(await second.stop()).toBe(0);

    // The restore: the backup in a new data dir, stamped with a new epoch as a restore procedure does.
    const restoredDir = mkdtempSync(join(tmpdir(), 'cchc-restored-'));
    if (pgBackup === null) copyFileSync(backup, join(restoredDir, 'cchc.sqlite'));
    const restored = await startServer({ dataDir: restoredDir, ...(pgBackup && { databaseUrl: pgBackup }) });
    const restoredStore = await restored.openStore();
    await restoredStore.db
      .updateTable('server_meta')
      .set({ value: 'restored-epoch' })
      .where('key', '=', 'epoch')
      .execute();
    await restoredStore.db.destroy();
    tablet.http = httpFor(restored.url);
    tablet.write('inspections', insp.id, { place: 'Sau khôi phục' });
    const refused = await tablet.push();
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: 'epoch-mismatch',
      epoch: 'restored-epoch',
      lastMutationId: 1,
    });
    expect(oldEpoch).not.toBe('restored-epoch');
    const pull = await restored.url;
    const res = await fetch(`${pull}/api/sync/pull?clientId=${tablet.clientId}&epoch=${oldEpoch}&cursor=5`, {
      headers: { authorization: `Bearer ${tablet.token}` },
    });
    expect(await res.json()).toMatchObject({
      epoch: 'restored-epoch',
      cursor: 0,
      hasMore: true,
      changes: [],
    });
    expect(await restored.stop()).toBe(0);
  });
});

describe('admin CLI', () => {
  it('creates the first admin in DATA_DIR; the server then lets it log in; disable locks it out', async () => {
    const { execFileSync } = await import('node:child_process');
    const { repoRoot } = await import('../../helpers/server.ts');
    const dataDir = mkdtempSync(join(tmpdir(), 'cchc-cli-'));
    const dbEnv = await databaseEnv(dataDir);
    const cli = (...args: string[]) =>
      execFileSync(process.execPath, ['--import', 'tsx', 'src/server/cli/admin.ts', ...args], {
        cwd: repoRoot,
        env: { ...process.env, ...dbEnv },
        encoding: 'utf8',
      });
    const created = cli(
      'create',
      '--username',
      'admin',
      '--password',
      'mat-khau-van-phong',
      '--display-name',
      'Văn phòng Sở',
      '--role',
      'admin',
    );
    expect(created).toMatch(/^created admin admin/);
    expect(cli('list')).toMatch(/^admin\tadmin\tactive\tVăn phòng Sở\t/);
    expect(() =>
      cli('create', '--username', 'admin', '--password', 'mat-khau-khac', '--display-name', 'X'),
    ).toThrow();

    const server = await startServer({ dataDir });
    const http = httpFor(server.url);
    const session = await login(http, 'admin', 'mat-khau-van-phong');
    expect(session.user).toMatchObject({ username: 'admin', role: 'admin', displayName: 'Văn phòng Sở' });
    const made = await http(
      '/api/users',
      jsonInit(
        'POST',
        { username: 'thanh', displayName: 'Thanh', password: 'mat-khau-thanh', role: 'inspector' },
        session.auth,
      ),
    );
    expect(made.status).toBe(201);
    cli('disable', '--username', 'thanh');
    const denied = await http(
      '/api/auth/login',
      jsonInit('POST', { username: 'thanh', password: 'mat-khau-thanh', deviceName: 'x' }),
    );
    expect(denied.status).toBe(403);
    cli('reset-password', '--username', 'admin', '--password', 'mat-khau-moi-123');
    await expect(login(http, 'admin', 'mat-khau-van-phong')).rejects.toThrow(/401/);
    expect((await login(http, 'admin', 'mat-khau-moi-123')).user.role).toBe('admin');
    expect(await server.stop()).toBe(0);
  });
});

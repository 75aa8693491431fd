import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../../src/server/store/migrations/index.ts';
import { repoRoot, startServer, stopAllServers } from '../../helpers/server.ts';

const LATEST = Object.keys(migrations).at(-1);

const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface Health {
  status: string;
  version: string;
  database: { dialect: string; ok: boolean; schemaVersion: string | null };
  epoch: string;
  uptimeSeconds: number;
  serverTime: string;
}

async function health(url: string): Promise<Health> {
  const res = await fetch(`${url}/api/health`);
  expect(res.status).toBe(200);
  return (await res.json()) as Health;
}

function readDb<T>(file: string, read: (db: Sqlite.Database) => T): T {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const walSize = (dbFile: string) => (existsSync(`${dbFile}-wal`) ? statSync(`${dbFile}-wal`).size : 0);

afterAll(stopAllServers);

describe('server process', () => {
  it('prints one listening line and answers /api/health from a new SQLite file in DATA_DIR', async () => {
    const server = await startServer();
    expect(server.stdout()).toBe(`listening on http://127.0.0.1:${server.port}\n`);
    expect(server.port).toBeGreaterThan(0);
    expect(existsSync(server.dbFile)).toBe(true);

    const body = await health(server.url);
    expect(body).toMatchObject({
      status: 'ok',
      version,
      database: { dialect: 'sqlite', ok: true, schemaVersion: LATEST },
    });
    expect(body.epoch).toMatch(UUID);
    expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0);
    expect(body.uptimeSeconds).toBeLessThan(60);
    expect(Math.abs(Date.parse(body.serverTime) - Date.now())).toBeLessThan(60_000);
    expect(await server.stop()).toBe(0);
  });

  it('keeps the epoch across a restart on the same DATA_DIR and does not re-run migrations', async () => {
    const first = await startServer();
    const { epoch } = await health(first.url);
    expect(first.logs()).toContain('applied migration 0001_init');
    expect(await first.stop()).toBe(0);

    const second = await startServer({ dataDir: first.dataDir });
    const again = await health(second.url);
    expect(again.epoch).toBe(epoch);
    expect(again.database.schemaVersion).toBe(LATEST);
    expect(second.logs()).not.toContain('applied migration');
    expect(await second.stop()).toBe(0);

    const ran = readDb(first.dbFile, (db) => db.prepare('select name from kysely_migration').pluck().all());
    expect(ran).toEqual(Object.keys(migrations));
  });

  it('gives a fresh DATA_DIR a different epoch', async () => {
    const [a, b] = await Promise.all([startServer(), startServer()]);
    const [ha, hb] = await Promise.all([health(a.url), health(b.url)]);
    expect(ha.epoch).not.toBe(hb.epoch);
    expect(await Promise.all([a.stop(), b.stop()])).toEqual([0, 0]);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'exits 0 on %s with the WAL folded into the database',
    async (signal) => {
      const server = await startServer();
      const { epoch } = await health(server.url); // leaves a keep-alive connection open
      expect(walSize(server.dbFile)).toBeGreaterThan(0);

      server.process.kill(signal);
      expect(await server.stop()).toBe(0);
      expect(walSize(server.dbFile)).toBe(0);
      readDb(server.dbFile, (db) => {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.prepare("select value from server_meta where key = 'epoch'").pluck().get()).toBe(epoch);
      });
    },
  );

  it('after a SIGKILL, a restart finds everything committed before it', async () => {
    const first = await startServer();
    const { epoch } = await health(first.url);
    await first.kill();
    expect(first.process.signalCode).toBe('SIGKILL');
    // Nothing was checkpointed: what was committed lives only in the WAL.
    expect(walSize(first.dbFile)).toBeGreaterThan(0);

    const second = await startServer({ dataDir: first.dataDir });
    const again = await health(second.url);
    expect(again.epoch).toBe(epoch);
    expect(again.database.schemaVersion).toBe(LATEST);
    expect(second.logs()).not.toContain('applied migration');
    expect(await second.stop()).toBe(0);
  });

  it('refuses to start on a bad PORT and says why', async () => {
    await expect(startServer({ env: { PORT: 'eighty' } })).rejects.toThrow(
      /exited with 1[\s\S]*PORT must be/,
    );
  });

  it('serves HTTPS when TLS_CERT and TLS_KEY are set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-tls-'));
    try {
      const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
      const selfSigned =
        'req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1';
      execFileSync('openssl', [...selfSigned.split(' '), '-keyout', key, '-out', cert], { stdio: 'ignore' });
      const server = await startServer({ env: { TLS_CERT: cert, TLS_KEY: key } });
      expect(server.url).toBe(`https://127.0.0.1:${server.port}`);

      const body = await new Promise<string>((resolve, reject) => {
        get(`${server.url}/api/health`, { ca: readFileSync(cert) }, (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (chunk: string) => {
            text += chunk;
          });
          res.on('end', () => resolve(text));
        }).on('error', reject);
      });
      expect(JSON.parse(body)).toMatchObject({ status: 'ok' });
      expect(await server.stop()).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

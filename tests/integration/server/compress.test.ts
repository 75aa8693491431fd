import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../helpers/server.ts';

describe('compression of the site', () => {
  let server: RunningServer;
  let root: string;
  const script = `console.log(${JSON.stringify('Kiểm tra cải cách hành chính '.repeat(200))});`;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'cchc-compress-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>CCHC</title>');
    writeFileSync(join(root, 'assets', 'index-abc.js'), script);
    server = await startServer({ distDir: root });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('gzips the app files a tablet downloads at install, byte for byte', async () => {
    const { request } = await import('node:http');
    const body = await new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
      request(`${server.url}/assets/index-abc.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    });
    expect(body.encoding).toBe('gzip');
    expect(body.bytes.length).toBeLessThan(Buffer.byteLength(script) / 5);
    expect(gunzipSync(body.bytes).toString('utf8')).toBe(script);
  });

  it('leaves API answers uncompressed', async () => {
    const response = await fetch(`${server.url}/api/health`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.ok).toBe(true);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer, stopAllServers } from '../../helpers/server.ts';

const INDEX = '<!doctype html><title>CCHC fixture</title><div id="app"></div>';
const SW = 'self.addEventListener("fetch", () => {}); // fixture sw';
const ASSET = 'console.log("hashed fixture asset");';
const dirs: string[] = [];
const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

const SECRET = 'not for the web';

/** `<tmp>/dist/…` with the given files, next to a `<tmp>/secret.txt` that must never be served. */
function fixtureDist(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cchc-site-'));
  dirs.push(root);
  writeFileSync(join(root, 'secret.txt'), SECRET);
  const dist = join(root, 'dist');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

function rawGet(port: number, path: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    })
      .on('error', reject)
      .end();
  });
}

let built: RunningServer;
let unbuilt: RunningServer;

beforeAll(async () => {
  const distDir = fixtureDist({
    'index.html': INDEX,
    'sw.js': SW,
    'manifest.webmanifest': '{"name":"CCHC Inspect"}',
    'assets/index-Bx7f3a.js': ASSET,
  });
  const emptyDist = fixtureDist({ 'sw.js': SW });
  [built, unbuilt] = await Promise.all([startServer({ distDir }), startServer({ distDir: emptyDist })]);
});

afterAll(async () => {
  await stopAllServers();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('static site', () => {
  it.each(['/', '/index.html', '/inspections/123', '/plans/2026/edit?tab=units'])(
    'answers %s with index.html, revalidated on every load',
    async (path) => {
      const res = await fetch(`${built.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe(NO_CACHE);
      expect(await res.text()).toBe(INDEX);
    },
  );

  it('serves /sw.js and the manifest as files with no-cache, so an update is seen at once', async () => {
    const sw = await fetch(`${built.url}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('content-type')).toMatch(/javascript/);
    expect(sw.headers.get('cache-control')).toBe(NO_CACHE);
    expect(await sw.text()).toBe(SW);

    const manifest = await fetch(`${built.url}/manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('cache-control')).toBe(NO_CACHE);
    expect(await manifest.json()).toEqual({ name: 'CCHC Inspect' });
  });

  it('lets browsers keep hashed assets for a year', async () => {
    const res = await fetch(`${built.url}/assets/index-Bx7f3a.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(await res.text()).toBe(ASSET);
  });

  it('answers a missing hashed asset with a 404 that is not cached, not with index.html', async () => {
    const res = await fetch(`${built.url}/assets/index-gone.js`);
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe(NO_CACHE);
    expect(await res.text()).not.toContain('CCHC fixture');
  });

  // fetch() would normalise these paths away, so they go out raw.
  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/assets/../../secret.txt',
    '//secret.txt',
  ])('does not serve %s from outside DIST_DIR', async (path) => {
    const { status, text } = await rawGet(built.port, path);
    expect(text).not.toContain(SECRET);
    expect([200, 404]).toContain(status);
  });

  it.each([
    ['GET', '/api/nope'],
    ['POST', '/api/nope'],
    ['GET', '/api'],
    ['GET', '/api/health/extra'],
  ])('answers %s %s with a JSON 404, never with the SPA', async (method, path) => {
    const res = await fetch(`${built.url}${path}`, { method });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBeNull();
    const body = (await res.json()) as { error: string; message: string };
    expect(body.error).toBe('not-found');
    expect(body.message).toContain(path);
  });

  it('without index.html in DIST_DIR, answers pages with a 503 that says to run npm run build', async () => {
    for (const path of ['/', '/inspections/123']) {
      const res = await fetch(`${unbuilt.url}${path}`);
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await res.text()).toContain('npm run build');
    }
    const sw = await fetch(`${unbuilt.url}/sw.js`);
    expect(sw.status).toBe(200);
    const health = await fetch(`${unbuilt.url}/api/health`);
    expect(health.status).toBe(200);
  });
});

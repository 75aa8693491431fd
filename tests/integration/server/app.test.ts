import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createApp } from '../../../src/server/app.ts';
import { ApiError } from '../../../src/server/errors.ts';
import { JSON_BODY_LIMIT } from '../../../src/server/middleware/body-limit.ts';
import { migrations } from '../../../src/server/store/migrations/index.ts';
import { readServerEpoch } from '../../../src/server/store/server-meta.ts';
import type { Store } from '../../../src/server/store/store.ts';
import { parseJson } from '../../../src/server/validate.ts';
import { backend, openTestStore, type TestStore } from '../../helpers/test-database.ts';

const Echo = z.object({ name: z.string().min(1), count: z.number().int().optional() });

let dir: string;
let testStore: TestStore;
let store: Store;
let app: Hono;
let echoed = 0;
const startedAt = new Date(Date.now() - 90_000);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-app-'));
  testStore = await openTestStore();
  store = testStore.store;
  mkdirSync(join(dir, 'dist')); // built app absent: these tests are about /api
  app = createApp({ store, distDir: join(dir, 'dist'), version: '9.8.7', startedAt });
  // Test-only routes, added after createApp the way a resource file would be mounted.
  app.post('/api/echo', async (c) => {
    echoed += 1;
    return c.json(await parseJson(c, Echo));
  });
  app.post('/api/raw', async (c) => c.json(await c.req.json()));
  app.get('/api/boom', () => {
    throw new Error('secret stack detail');
  });
  app.get('/api/stored-json', (c) => c.json(JSON.parse('{"broken"')));
  app.get('/api/expired', () => {
    const res = new Response('ignored', { headers: { 'WWW-Authenticate': 'Bearer' } });
    throw new HTTPException(401, { message: 'Phiên đăng nhập đã hết hạn.', res });
  });
  app.get('/api/forbidden', () => {
    throw new HTTPException(403);
  });
  app.get('/api/drift', () => {
    throw new ApiError(422, 'clock-drift', 'Đồng hồ của máy lệch quá 5 phút.', { driftMs: 400_000 });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await testStore.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const postJson = (path: string, body: string, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('GET /api/health', () => {
  it('reports the version, the database, the epoch and the uptime', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: 'ok',
      version: '9.8.7',
      database: { dialect: backend, ok: true, schemaVersion: Object.keys(migrations).at(-1) },
      epoch: await readServerEpoch(store.db),
    });
    expect(body.uptimeSeconds).toBeGreaterThanOrEqual(90);
    expect(body.uptimeSeconds).toBeLessThan(100);
    expect(res.headers.get('cache-control')).toBeNull();
  });
});

describe('parseJson', () => {
  it('hands the route the parsed, validated body', async () => {
    const res = await postJson('/api/echo', '{"name":"Phòng Nội vụ","count":3,"extra":true}');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ name: 'Phòng Nội vụ', count: 3 });
  });

  it.each(['{"name":', '', 'name=x'])(
    'answers a body that is not JSON (%j) with 400 malformed-json',
    async (body) => {
      const res = await postJson('/api/echo', body);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'malformed-json', message: expect.any(String) });
    },
  );

  it('answers JSON of the wrong shape with 422 invalid-body and the zod issues', async () => {
    const res = await postJson('/api/echo', '{"name":"","count":1.5}');
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: string; message: string; issues: { path: unknown[] }[] };
    expect(body.error).toBe('invalid-body');
    expect(body.message).toBe('Dữ liệu gửi lên không hợp lệ.');
    expect(body.issues.map((issue) => issue.path)).toEqual([['name'], ['count']]);
    expect(body.issues[0]).toEqual({ path: ['name'], code: 'too_small', message: expect.any(String) });
  });
});

describe('body size limit on /api', () => {
  // A JSON body of exactly `size` bytes that the Echo schema accepts.
  const bodyOf = (size: number) => `{"name":"${'x'.repeat(size - '{"name":""}'.length)}"}`;

  it('accepts a body of exactly JSON_BODY_LIMIT bytes', async () => {
    const body = bodyOf(JSON_BODY_LIMIT);
    expect(Buffer.byteLength(body)).toBe(JSON_BODY_LIMIT);
    expect((await postJson('/api/echo', body)).status).toBe(200);
  });

  it('refuses one byte more with 413 payload-too-large before the route runs', async () => {
    const before = echoed;
    const res = await postJson('/api/echo', bodyOf(JSON_BODY_LIMIT + 1));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      error: 'payload-too-large',
      message: expect.any(String),
      maxBytes: JSON_BODY_LIMIT,
    });
    expect(echoed).toBe(before);
  });

  it('also counts a streamed body that has no Content-Length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(256 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 5) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await app.request('/api/echo', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toBe('payload-too-large');
  });
});

describe('errors', () => {
  it('answers an unknown /api path with a JSON 404', async () => {
    const res = await app.request('/api/inspections/123', { method: 'DELETE' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: 'not-found',
      message: expect.stringContaining('/api/inspections/123'),
    });
  });

  it('turns an unexpected error into a 500 that hides it, and logs it once', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.request('/api/boom');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('secret');
    expect(JSON.parse(text)).toEqual({ error: 'internal', message: expect.stringMatching(/^Lỗi máy chủ/) });
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toContain('GET /api/boom');
  });

  it('blames a JSON syntax error on the client only when it came from the request body', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fromClient = await postJson('/api/raw', '{oops');
    expect(fromClient.status).toBe(400);
    expect(((await fromClient.json()) as { error: string }).error).toBe('malformed-json');

    const fromServer = await app.request('/api/stored-json');
    expect(fromServer.status).toBe(500);
  });

  it('gives a plain HTTPException the { error, message } shape and keeps its headers', async () => {
    const res = await app.request('/api/expired');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ error: 'unauthorized', message: 'Phiên đăng nhập đã hết hạn.' });

    const bare = await app.request('/api/forbidden');
    expect(bare.status).toBe(403);
    expect(await bare.json()).toEqual({ error: 'forbidden', message: expect.any(String) });
  });

  it('answers an ApiError with its code, message and details', async () => {
    const res = await app.request('/api/drift');
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: 'clock-drift',
      message: 'Đồng hồ của máy lệch quá 5 phút.',
      driftMs: 400_000,
    });
  });
});

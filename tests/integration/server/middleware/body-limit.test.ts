import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { handleError } from '../../../../src/server/error-handler.ts';
import { bodySizeLimit } from '../../../../src/server/middleware/body-limit.ts';

function appWith(limit: ReturnType<typeof bodySizeLimit>): Hono {
  const app = new Hono();
  app.use('/api/*', limit);
  app.post('/api/*', async (c) => c.json({ bytes: (await c.req.arrayBuffer()).byteLength }));
  app.onError(handleError);
  return app;
}

const post = (app: Hono, path: string, bytes: number) =>
  app.request(path, { method: 'POST', body: 'x'.repeat(bytes) });

describe('bodySizeLimit', () => {
  it('lets a body of maxSize bytes through and refuses a bigger one with 413 JSON', async () => {
    const app = appWith(bodySizeLimit({ maxSize: 10 }));
    const ok = await post(app, '/api/sync/push', 10);
    expect(await ok.json()).toEqual({ bytes: 10 });
    const tooBig = await post(app, '/api/sync/push', 11);
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toEqual({
      error: 'payload-too-large',
      message: expect.any(String),
      maxBytes: 10,
    });
  });

  it('leaves the paths under an `except` prefix to their own limit, and only those', async () => {
    const app = appWith(bodySizeLimit({ maxSize: 10, except: ['/api/blobs'] }));
    expect((await post(app, '/api/blobs', 100)).status).toBe(200);
    expect((await post(app, '/api/blobs/abc123', 100)).status).toBe(200);
    expect((await post(app, '/api/blobsy', 100)).status).toBe(413);
    expect((await post(app, '/api/sync', 100)).status).toBe(413);
  });
});

/** Sends `chunks` to a served app, with a Content-Length or chunked; resolves to the status and body text. */
function send(server: Server, chunks: string[], length: 'declared' | 'chunked') {
  const { port } = server.address() as AddressInfo;
  const total = chunks.reduce((n, chunk) => n + Buffer.byteLength(chunk), 0);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/sync/push',
        headers: length === 'declared' ? { 'content-length': String(total) } : {},
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('bodySizeLimit over HTTP (the node server the app runs on)', () => {
  it('checks a declared Content-Length, counts a chunked body, and lets the route read a body in bounds', async () => {
    const app = new Hono();
    app.use('/api/*', bodySizeLimit({ maxSize: 10 }));
    app.post('/api/*', async (c) => c.json({ text: await c.req.text() }));
    app.onError(handleError);
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      // Vietnamese letters are 3 bytes: 'ữữữ' is 9 bytes, 'ữữữữ' 12.
      expect(await send(server, ['ữữ', 'ữ'], 'declared')).toEqual({
        status: 200,
        body: JSON.stringify({ text: 'ữữữ' }),
      });
      const declared = await send(server, ['ữữ', 'ữữ'], 'declared');
      expect(declared.status).toBe(413);
      expect(JSON.parse(declared.body)).toMatchObject({ error: 'payload-too-large', maxBytes: 10 });
      expect((await send(server, ['ữữ', 'ữ'], 'chunked')).status).toBe(200);
      const chunked = await send(server, ['ữữ', 'ữữ'], 'chunked');
      expect(chunked.status).toBe(413);
      expect(JSON.parse(chunked.body)).toMatchObject({ error: 'payload-too-large', maxBytes: 10 });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

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

// A pull that names what the client knows (PullRequest.lastMutationId) is answered 204 with no body when
// nothing is new, over real HTTP (the app served by @hono/node-server as main.ts serves it), with the bytes on
// the wire counted at the socket.
import type { Server, Socket } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../../src/domain/api/sync.ts';
import { httpFor, SyncReplica } from '../../helpers/sync-replica.ts';
import { openTestApp, type Session, signUp, type TestApp } from './fixture.ts';
import { inspectionRow, resultRow } from './rows.ts';

let t: TestApp;
let server: Server;
let base: string;
let alice: Session;
const sockets = new Set<Socket>();
let closedBytes = 0;

beforeAll(async () => {
  t = await openTestApp();
  alice = await signUp(t, 'alice', 'inspector');
  server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }) as unknown as Server;
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      closedBytes += socket.bytesRead + socket.bytesWritten;
      sockets.delete(socket);
    });
  });
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

/** Bytes read and written by the server so far, headers included. */
const wireBytes = () => [...sockets].reduce((n, s) => n + s.bytesRead + s.bytesWritten, closedBytes);

/** A replica over real HTTP that has pushed one inspection and pulled everything. */
async function syncedTablet(): Promise<SyncReplica> {
  const tablet = new SyncReplica({ http: httpFor(base), token: alice.token });
  const insp = inspectionRow([alice.user.id]);
  tablet.write('inspections', insp.id, insp.fields);
  const result = resultRow(insp.id);
  tablet.write('results', result.id, result.fields);
  await tablet.sync();
  return tablet;
}

/** A pull as the replica sends it, with the query changed as given. */
function pull(tablet: SyncReplica, change: Record<string, string | null> = {}): Promise<Response> {
  const query = new URLSearchParams({
    clientId: tablet.clientId,
    epoch: tablet.epoch ?? '',
    cursor: String(tablet.cursor),
    lastMutationId: String(tablet.lastMutationId),
    v: '2',
  });
  for (const [key, value] of Object.entries(change)) {
    if (value === null) query.delete(key);
    else query.set(key, value);
  }
  return fetch(`${base}/api/sync/pull?${query}`, { headers: { authorization: `Bearer ${alice.token}` } });
}

describe('a pull with nothing new', () => {
  it('is answered 204 with no body when the client names its lastMutationId, epoch and cursor', async () => {
    const tablet = await syncedTablet();
    expect(tablet.lastMutationId).toBe(2);
    const response = await pull(tablet);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(response.headers.get('content-type')).toBeNull();
  });

  it('is one request of under 500 bytes on the wire, request and answer together', async () => {
    const tablet = await syncedTablet();
    const before = wireBytes();
    const pages = await tablet.pull();
    // The replica treats the 204 as a page with nothing in it: cursor, epoch and lastMutationId as before.
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ changes: [], hasMore: false, lastMutationId: 2 });
    expect(wireBytes() - before).toBeLessThan(500);
  });

  it('is answered as before (200, a whole PullResponse) to a client that does not name its lastMutationId', async () => {
    const tablet = await syncedTablet();
    const response = await pull(tablet, { lastMutationId: null });
    expect(response.status).toBe(200);
    const body = (await response.json()) as PullResponse;
    expect(Object.keys(body)).toEqual([
      'epoch',
      'cursor',
      'hasMore',
      'lastMutationId',
      'serverTime',
      'changes',
    ]);
    expect(body).toMatchObject({
      epoch: tablet.epoch,
      cursor: tablet.cursor,
      hasMore: false,
      lastMutationId: 2,
      changes: [],
    });
  });

  it('brings the current lastMutationId (200) to a client that names an older one', async () => {
    const tablet = await syncedTablet();
    const response = await pull(tablet, { lastMutationId: '1' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ cursor: tablet.cursor, lastMutationId: 2, changes: [] });
  });

  it('brings the changes (200) once another device has pushed, although the client names its lastMutationId', async () => {
    const tablet = await syncedTablet();
    const other = await syncedTablet();
    const insp = inspectionRow([alice.user.id]);
    other.write('inspections', insp.id, insp.fields);
    await other.push();
    const pages = await tablet.pull();
    expect(pages.flatMap((p) => p.changes.map((c) => c.id))).toContain(insp.id);
    expect(tablet.values('inspections', insp.id)).toEqual(insp.fields);
    expect((await pull(tablet)).status).toBe(204);
  });

  it('is a 200 that restarts the client (cursor 0) when its epoch is not the server’s', async () => {
    const tablet = await syncedTablet();
    const response = await pull(tablet, { epoch: 'an-epoch-of-a-lost-server' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ epoch: tablet.epoch, cursor: 0, hasMore: true });
  });

  it('is a 200 when the client knows no epoch, or has a download in progress (since before cursor)', async () => {
    const tablet = await syncedTablet();
    expect((await pull(tablet, { epoch: null })).status).toBe(200);
    const downloading = await pull(tablet, { since: '0' });
    expect(downloading.status).toBe(200);
    // The rest of the download: every field changed after `since`.
    const body = (await downloading.json()) as PullResponse;
    expect(body).toMatchObject({ cursor: tablet.cursor, hasMore: false, changes: [] });
    expect((await pull(tablet, { since: String(tablet.cursor) })).status).toBe(204);
  });

  it('refuses a malformed lastMutationId with 400 bad-request, not a 500', async () => {
    const tablet = await syncedTablet();
    for (const bad of ['abc', '-1', '1.5', '1e400', '9007199254740993']) {
      const response = await pull(tablet, { lastMutationId: bad });
      expect(response.status, bad).toBe(400);
      expect(await response.json(), bad).toMatchObject({ error: 'bad-request', message: expect.any(String) });
    }
  });
});

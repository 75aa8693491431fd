import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newNodeId } from '../../../src/domain/hlc.ts';
import { SyncReplica } from '../../helpers/sync-replica.ts';
import { jsonInit, login, openTestApp, type Session, signUp, type TestApp } from './fixture.ts';
import { inspectionRow, unitRow } from './rows.ts';

let t: TestApp;
let admin: Session;
let inspector: Session;
let revoked: Session;
let conflictIds: number[] = [];
const blob = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const sha = createHash('sha256').update(blob).digest('hex');

type Role = 'admin' | 'inspector' | 'none' | 'revoked';
const ROLES: Role[] = ['admin', 'inspector', 'none', 'revoked'];

beforeAll(async () => {
  t = await openTestApp();
  admin = await signUp(t, 'office', 'admin');
  inspector = await signUp(t, 'lan', 'inspector');
  revoked = await login(t.http, 'lan', undefined, 'Máy bị mất');
  await t.http('/api/auth/logout', { method: 'POST', headers: revoked.auth });
  // An admin-uploaded blob no row points to, and open conflicts to resolve.
  await t.http(`/api/blobs/${sha}`, {
    method: 'PUT',
    headers: { ...admin.auth, 'content-type': 'image/png' },
    body: blob,
  });
  const a = new SyncReplica({ http: t.http, token: admin.token });
  const b = new SyncReplica({ http: t.http, token: admin.token });
  const insp = inspectionRow();
  a.write('inspections', insp.id, insp.fields);
  await a.sync();
  await b.pull();
  for (let i = 0; i < 4; i++) {
    a.write('inspections', insp.id, { place: `a${i}` });
    b.write('inspections', insp.id, { place: `b${i}` });
    await a.sync();
    await b.sync();
  }
  const rows = await t.store.db
    .selectFrom('sync_conflicts')
    .select('id')
    .where('status', '=', 'open')
    .execute();
  conflictIds = rows.map((r) => r.id);
});

afterAll(async () => {
  await t.close();
});

function headersOf(role: Role): Record<string, string> {
  if (role === 'admin') return admin.auth;
  if (role === 'inspector') return inspector.auth;
  if (role === 'revoked') return revoked.auth;
  return {};
}

let seq = 0;
interface Endpoint {
  name: string;
  request: (role: Role) => Promise<Response> | Response;
  expected: Record<Role, number>;
}

const json = (method: string, path: string, body: () => unknown) => (role: Role) =>
  t.http(path, jsonInit(method, body(), headersOf(role)));
const get =
  (path: () => string, method = 'GET') =>
  (role: Role) =>
    t.http(path(), { method, headers: headersOf(role) });
const AUTH_ONLY = { none: 401, revoked: 401 };

const ENDPOINTS: Endpoint[] = [
  {
    name: 'GET /api/health',
    request: get(() => '/api/health'),
    expected: { admin: 200, inspector: 200, none: 200, revoked: 200 },
  },
  {
    name: 'GET /api/auth/me',
    request: get(() => '/api/auth/me'),
    expected: { admin: 200, inspector: 200, ...AUTH_ONLY },
  },
  {
    name: 'GET /api/devices',
    request: get(() => '/api/devices'),
    expected: { admin: 200, inspector: 200, ...AUTH_ONLY },
  },
  {
    name: "DELETE /api/devices/:id (someone else's)",
    request: async (role) => {
      const victim = await login(t.http, role === 'admin' ? 'lan' : 'office', undefined, `máy ${++seq}`);
      return t.http(`/api/devices/${victim.deviceId}`, { method: 'DELETE', headers: headersOf(role) });
    },
    expected: { admin: 200, inspector: 404, ...AUTH_ONLY },
  },
  {
    name: 'GET /api/users',
    request: get(() => '/api/users'),
    expected: { admin: 200, inspector: 403, ...AUTH_ONLY },
  },
  {
    name: 'POST /api/users',
    request: json('POST', '/api/users', () => ({
      username: `user${++seq}`,
      displayName: 'X',
      password: 'mat-khau-dai',
      role: 'inspector',
    })),
    expected: { admin: 201, inspector: 403, ...AUTH_ONLY },
  },
  {
    name: 'PATCH /api/users/:id',
    request: (role) =>
      t.http(
        `/api/users/${inspector.user.id}`,
        jsonInit('PATCH', { displayName: `Lan ${++seq}` }, headersOf(role)),
      ),
    expected: { admin: 200, inspector: 403, ...AUTH_ONLY },
  },
  {
    name: 'POST /api/sync/push',
    request: json('POST', '/api/sync/push', () => {
      const u = unitRow();
      const r = new SyncReplica({ http: t.http, token: '' });
      r.write('units', u.id, u.fields);
      return r.pushBody();
    }),
    expected: { admin: 200, inspector: 200, ...AUTH_ONLY },
  },
  {
    name: 'GET /api/sync/pull',
    request: get(() => `/api/sync/pull?clientId=${newNodeId()}&cursor=0`),
    expected: { admin: 200, inspector: 200, ...AUTH_ONLY },
  },
  {
    name: 'PUT /api/blobs/:sha256',
    request: (role) =>
      t.http(`/api/blobs/${sha}`, {
        method: 'PUT',
        headers: { ...headersOf(role), 'content-type': 'image/png' },
        body: blob,
      }),
    expected: { admin: 200, inspector: 200, ...AUTH_ONLY },
  },
  {
    name: 'GET /api/blobs/missing',
    request: get(() => '/api/blobs/missing'),
    expected: { admin: 200, inspector: 403, ...AUTH_ONLY },
  },
  {
    name: 'GET /api/conflicts',
    request: get(() => '/api/conflicts'),
    expected: { admin: 200, inspector: 403, ...AUTH_ONLY },
  },
  {
    name: 'POST /api/conflicts/:id/resolve',
    request: (role) =>
      t.http(
        `/api/conflicts/${conflictIds.pop()}/resolve`,
        jsonInit('POST', { value: 'Quyết định' }, headersOf(role)),
      ),
    expected: { admin: 200, inspector: 403, ...AUTH_ONLY },
  },
  {
    name: 'GET /api/audit',
    request: get(() => '/api/audit'),
    expected: { admin: 200, inspector: 403, ...AUTH_ONLY },
  },
  {
    name: 'POST /api/auth/logout',
    request: async (role) => {
      const own =
        role === 'admin'
          ? await login(t.http, 'office')
          : role === 'inspector'
            ? await login(t.http, 'lan')
            : null;
      return t.http('/api/auth/logout', { method: 'POST', headers: own ? own.auth : headersOf(role) });
    },
    expected: { admin: 204, inspector: 204, ...AUTH_ONLY },
  },
];

describe('role × endpoint matrix', () => {
  it.each(ENDPOINTS.flatMap((e) => ROLES.map((role) => [e.name, role, e] as const)))(
    '%s as %s',
    async (_name, role, endpoint) => {
      const res = await endpoint.request(role);
      expect(res.status).toBe(endpoint.expected[role]);
      if (res.status >= 400)
        expect(await res.json()).toMatchObject({ error: expect.any(String), message: expect.any(String) });
    },
  );

  it('an inspector push of an admin-only table is answered 200 with the mutation rejected as forbidden', async () => {
    const r = new SyncReplica({ http: t.http, token: inspector.token });
    const u = unitRow();
    r.write('units', u.id, u.fields);
    expect((await r.push()).body).toMatchObject({ rejected: [{ error: 'forbidden' }] });
  });

  it('an inspector cannot read a blob that only an admin uploaded and no row of theirs points to', async () => {
    const other = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 9, 9]);
    const otherSha = createHash('sha256').update(other).digest('hex');
    await t.http(`/api/blobs/${otherSha}`, {
      method: 'PUT',
      headers: { ...admin.auth, 'content-type': 'image/png' },
      body: other,
    });
    expect((await t.http(`/api/blobs/${otherSha}`, { headers: inspector.auth })).status).toBe(404);
  });
});

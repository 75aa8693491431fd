import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BLOB_BYTES } from '../../../src/domain/api/blobs.ts';
import { MAX_PUSH_BYTES } from '../../../src/domain/api/sync.ts';
import { formatHlc, newNodeId } from '../../../src/domain/hlc.ts';
import { createUser } from '../../../src/server/auth/accounts.ts';
import { JSON_BODY_LIMIT } from '../../../src/server/middleware/body-limit.ts';
import { type RunningServer, startServer, stopAllServers } from '../../helpers/server.ts';
import { type HttpFn, httpFor, SyncReplica } from '../../helpers/sync-replica.ts';
import { digestDatabase } from './digest.ts';
import { login, PASSWORD, type Session } from './fixture.ts';
import { inspectionRow, unitRow } from './rows.ts';

let server: RunningServer;
let http: HttpFn;
let admin: Session;
let inspector: Session;
let revoked: Session;
let knownClient: string;

beforeAll(async () => {
  server = await startServer();
  http = httpFor(server.url);
  const store = await server.openStore();
  await createUser(store.db, {
    username: 'office',
    displayName: 'Văn phòng',
    password: PASSWORD,
    role: 'admin',
  });
  await createUser(store.db, { username: 'lan', displayName: 'Lan', password: PASSWORD, role: 'inspector' });
  await store.db.destroy();
  admin = await login(http, 'office');
  inspector = await login(http, 'lan');
  revoked = await login(http, 'lan', PASSWORD, 'Máy bị mất');
  await http('/api/auth/logout', { method: 'POST', headers: revoked.auth });
  // Some state to protect.
  const r = new SyncReplica({ http, token: admin.token });
  const insp = inspectionRow([inspector.user.id]);
  r.write('inspections', insp.id, insp.fields);
  r.write('units', unitRow().id, unitRow().fields);
  await r.push();
  knownClient = r.clientId;
});

afterAll(async () => {
  await stopAllServers();
});

interface Hostile {
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

/** Sends a request with its path exactly as written (no URL normalisation), for path tricks. */
function rawRequest(h: Hostile): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    let answered = false;
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        method: h.method,
        path: h.path,
        headers: h.headers,
        agent: false,
      },
      (res) => {
        answered = true;
        let body = '';
        res.setEncoding('utf8').on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body });
          req.destroy();
        });
        res.on('error', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', (err) => {
      if (!answered) resolve({ status: 0, body: String(err) });
    });
    const size =
      h.body === undefined ? 0 : typeof h.body === 'string' ? Buffer.byteLength(h.body) : h.body.byteLength;
    if (size > 2 * JSON_BODY_LIMIT) {
      // The server refuses an oversized body from its Content-Length, answering before reading it; writing
      // megabytes into a socket it is closing would only end in EPIPE here. So send the headers and wait.
      req.setHeader('content-length', size);
      req.flushHeaders();
      return;
    }
    req.end(h.body);
  });
}

const stamp = () => formatHlc({ millis: Date.now(), counter: 0, node: newNodeId() });
const pushOf = (mutations: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ clientId: newNodeId(), epoch: null, mutations, ...extra });

function hostileRequests(): Hostile[] {
  const list: Hostile[] = [];
  const jsonHeaders = (s: Session | null) => ({ 'content-type': 'application/json', ...(s ? s.auth : {}) });
  const push = (name: string, body: string, who: Session | null = inspector) =>
    list.push({
      name: `push: ${name}`,
      method: 'POST',
      path: '/api/sync/push',
      headers: jsonHeaders(who),
      body,
    });

  // Not JSON at all.
  for (const body of [
    '',
    '{',
    '}',
    'nul',
    'NaN',
    '{"a":1}{',
    "{'a':1}",
    '[1,]',
    '\u0000',
    '{"clientId":"x",}',
    'undefined',
    '😀',
  ]) {
    push(`malformed ${JSON.stringify(body)}`, body);
  }
  // JSON of the wrong shape.
  const insp = inspectionRow();
  const goodWrite = { table: 'inspections', id: insp.id, hlc: stamp(), fields: { place: 'x' } };
  const shapes: [string, unknown][] = [
    ['null', null],
    ['array', []],
    ['string', 'push'],
    ['number', 42],
    ['empty object', {}],
    ['clientId number', { clientId: 1, epoch: null, mutations: [{ mutationId: 1, ops: [goodWrite] }] }],
    [
      'clientId upper hex',
      { clientId: 'ABCDEF0123456789', epoch: null, mutations: [{ mutationId: 1, ops: [goodWrite] }] },
    ],
    ['epoch number', { clientId: newNodeId(), epoch: 7, mutations: [{ mutationId: 1, ops: [goodWrite] }] }],
    ['epoch empty', { clientId: newNodeId(), epoch: '', mutations: [{ mutationId: 1, ops: [goodWrite] }] }],
    [
      'epoch too long',
      { clientId: newNodeId(), epoch: 'e'.repeat(65), mutations: [{ mutationId: 1, ops: [goodWrite] }] },
    ],
    ['no mutations', { clientId: newNodeId(), epoch: null, mutations: [] }],
    ['mutations object', { clientId: newNodeId(), epoch: null, mutations: { 0: {} } }],
  ];
  for (const [name, body] of shapes) push(name, JSON.stringify(body));
  for (const mutationId of [0, -1, 1.5, '1', null, 1e308, 2 ** 60, Number.MAX_SAFE_INTEGER + 2]) {
    push(`mutationId ${String(mutationId)}`, pushOf([{ mutationId, ops: [goodWrite] }]));
  }
  push(
    'non-consecutive ids',
    pushOf([
      { mutationId: 1, ops: [goodWrite] },
      { mutationId: 3, ops: [goodWrite] },
    ]),
  );
  push(
    'descending ids',
    pushOf([
      { mutationId: 2, ops: [goodWrite] },
      { mutationId: 1, ops: [goodWrite] },
    ]),
  );
  push('ops empty', pushOf([{ mutationId: 1, ops: [] }]));
  push('ops not an array', pushOf([{ mutationId: 1, ops: goodWrite }]));
  const writes: [string, unknown][] = [
    ['fields empty', { ...goodWrite, fields: {} }],
    ['fields array', { ...goodWrite, fields: ['place'] }],
    ['fields null', { ...goodWrite, fields: null }],
    ['table number', { ...goodWrite, table: 3 }],
    ['table empty', { ...goodWrite, table: '' }],
    ['table too long', { ...goodWrite, table: 't'.repeat(65) }],
    ['id empty', { ...goodWrite, id: '' }],
    ['id too long', { ...goodWrite, id: 'i'.repeat(201) }],
    ['hlc number', { ...goodWrite, hlc: 1 }],
    ['hlc too long', { ...goodWrite, hlc: 'h'.repeat(65) }],
    ['field name too long', { ...goodWrite, fields: { ['f'.repeat(65)]: 1 } }],
    [
      '65 fields',
      { ...goodWrite, fields: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`f${i}`, i])) },
    ],
    ['no hlc', { table: 'inspections', id: insp.id, fields: { place: 'x' } }],
  ];
  for (const [name, write] of writes) push(name, pushOf([{ mutationId: 1, ops: [write] }]));
  // Prototype-pollution keys anywhere in the body.
  const proto = [
    '{"__proto__":{"admin":true},"clientId":"0123456789abcdef","epoch":null,"mutations":[]}',
    pushOf([{ mutationId: 1, ops: [goodWrite], __proto__x: 1 }]).replace('__proto__x', '__proto__'),
    pushOf([{ mutationId: 1, ops: [{ ...goodWrite, fields: { place: 'x', zz: 1 } }] }]).replace(
      '"zz"',
      '"__proto__"',
    ),
    pushOf([
      { mutationId: 1, ops: [{ ...goodWrite, fields: { team: [{ zz: { polluted: true } }] } }] },
    ]).replace('"zz"', '"__proto__"'),
    pushOf([{ mutationId: 1, ops: [{ ...goodWrite, fields: { zz: null } }] }]).replace('"zz"', '"__proto__"'),
  ];
  for (const [i, body] of proto.entries()) push(`__proto__ key ${i}`, body);
  // Pushes that are fine but whose client id belongs to someone else, or whose epoch is wrong.
  push(
    'client id of another user',
    JSON.stringify({ clientId: knownClient, epoch: null, mutations: [{ mutationId: 2, ops: [goodWrite] }] }),
  );
  push('old epoch', pushOf([{ mutationId: 1, ops: [goodWrite] }], { epoch: 'not-this-server' }));
  push('gap', pushOf([{ mutationId: 5, ops: [goodWrite] }]));
  // Oversized bodies (the size is refused from Content-Length before anything is read).
  list.push({
    name: 'push over MAX_PUSH_BYTES',
    method: 'POST',
    path: '/api/sync/push',
    headers: jsonHeaders(admin),
    body: `{"clientId":"${newNodeId()}","epoch":null,"mutations":[],"pad":"${'x'.repeat(MAX_PUSH_BYTES)}"}`,
  });
  list.push({
    name: 'users body over the JSON limit',
    method: 'POST',
    path: '/api/users',
    headers: jsonHeaders(admin),
    body: JSON.stringify({
      username: 'big',
      displayName: 'x'.repeat(JSON_BODY_LIMIT),
      password: 'long-enough',
      role: 'admin',
    }),
  });

  // Tokens: none, malformed, unknown, revoked, on every protected endpoint.
  const protectedEndpoints: [string, string][] = [
    ['GET', '/api/auth/me'],
    ['POST', '/api/auth/logout'],
    ['GET', '/api/devices'],
    ['DELETE', `/api/devices/${admin.deviceId}`],
    ['GET', '/api/users'],
    ['POST', '/api/users'],
    ['PATCH', `/api/users/${admin.user.id}`],
    ['POST', '/api/sync/push'],
    ['GET', `/api/sync/pull?clientId=${newNodeId()}&cursor=0`],
    ['GET', '/api/blobs/missing'],
    ['GET', `/api/blobs/${'a'.repeat(64)}`],
    ['PUT', `/api/blobs/${'a'.repeat(64)}`],
    ['GET', '/api/conflicts'],
    ['POST', '/api/conflicts/1/resolve'],
    ['GET', '/api/audit'],
  ];
  const badAuth: [string, Record<string, string>][] = [
    ['no token', {}],
    ['basic auth', { authorization: 'Basic b2ZmaWNlOnBhc3M=' }],
    ['empty bearer', { authorization: 'Bearer ' }],
    ['short token', { authorization: 'Bearer abc' }],
    ['unknown token', { authorization: `Bearer ${'A'.repeat(43)}` }],
    ['token with spaces', { authorization: `Bearer ${admin.token} extra` }],
    ['revoked token', revoked.auth],
  ];
  for (const [method, path] of protectedEndpoints) {
    for (const [name, headers] of badAuth) {
      list.push({
        name: `${name}: ${method} ${path}`,
        method,
        path,
        headers: { 'content-type': 'application/json', ...headers },
        body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
      });
    }
  }
  // Admin-only endpoints for an inspector.
  for (const [method, path, body] of [
    ['GET', '/api/users', undefined],
    [
      'POST',
      '/api/users',
      JSON.stringify({ username: 'sneaky', displayName: 'S', password: 'long-enough', role: 'admin' }),
    ],
    ['PATCH', `/api/users/${inspector.user.id}`, JSON.stringify({ role: 'admin' })],
    ['GET', '/api/conflicts', undefined],
    ['POST', '/api/conflicts/1/resolve', JSON.stringify({ value: 'x' })],
    ['GET', '/api/audit', undefined],
    ['GET', '/api/blobs/missing', undefined],
    ['DELETE', `/api/devices/${admin.deviceId}`, undefined],
  ] as const) {
    list.push({ name: `inspector: ${method} ${path}`, method, path, headers: jsonHeaders(inspector), body });
  }
  // Pull queries.
  for (const query of [
    '',
    'clientId=xyz&cursor=0',
    `clientId=${newNodeId()}`,
    `clientId=${newNodeId()}&cursor=-1`,
    `clientId=${newNodeId()}&cursor=abc`,
    `clientId=${newNodeId()}&cursor=1e400`,
    `clientId=${newNodeId()}&cursor=1.5`,
    `clientId=${newNodeId()}&cursor=9007199254740993`,
    `clientId=${newNodeId()}&cursor=0&limit=0`,
    `clientId=${newNodeId()}&cursor=0&limit=99999`,
    `clientId=${newNodeId()}&cursor=0&epoch=${'e'.repeat(65)}`,
    `clientId=${knownClient}&cursor=0`,
    `clientId[]=${newNodeId()}&cursor=0`,
  ]) {
    list.push({
      name: `pull ?${query}`,
      method: 'GET',
      path: `/api/sync/pull?${query}`,
      headers: inspector.auth,
    });
  }
  // Blobs.
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 7, 7, 7]);
  const sha = createHash('sha256').update(bytes).digest('hex');
  const blob = (
    name: string,
    path: string,
    headers: Record<string, string>,
    body?: Uint8Array<ArrayBuffer>,
  ) =>
    list.push({ name: `blob: ${name}`, method: 'PUT', path, headers: { ...admin.auth, ...headers }, body });
  blob('hash mismatch', `/api/blobs/${'b'.repeat(64)}`, { 'content-type': 'image/png' }, bytes);
  blob('upper-case hash', `/api/blobs/${sha.toUpperCase()}`, { 'content-type': 'image/png' }, bytes);
  blob('short hash', `/api/blobs/${sha.slice(1)}`, { 'content-type': 'image/png' }, bytes);
  blob('html type', `/api/blobs/${sha}`, { 'content-type': 'text/html' }, bytes);
  blob('svg type', `/api/blobs/${sha}`, { 'content-type': 'image/svg+xml' }, bytes);
  blob('no type', `/api/blobs/${sha}`, {}, bytes);
  blob(
    'empty body',
    `/api/blobs/${createHash('sha256').update('').digest('hex')}`,
    { 'content-type': 'image/png' },
    new Uint8Array(0),
  );
  const huge = new Uint8Array(MAX_BLOB_BYTES + 1);
  blob(
    'over MAX_BLOB_BYTES',
    `/api/blobs/${createHash('sha256').update(huge).digest('hex')}`,
    { 'content-type': 'image/png' },
    huge,
  );
  // Path tricks.
  for (const path of [
    '/api/blobs/..%2Fusers',
    '/api/blobs/%2e%2e/users',
    '/api/users/..%2F..%2Fetc%2Fpasswd',
    '/api/users/%00',
    `/api/devices/${'%2e'.repeat(10)}`,
    '/api/conflicts/abc/resolve',
    '/api/conflicts/-1/resolve',
    '/api/conflicts/1e99/resolve',
    '/api/conflicts/99999999/resolve',
    '/api/conflicts/0x10/resolve',
    '/api/sync/push/../../users',
    '/api//sync//push',
    '/api/sync/pull/../push',
    '/api/blobs/missing/..',
    '/api/audit?limit=-5',
    '/api/audit?limit=1e9',
    '/api/audit?before=abc',
    '/api/conflicts?status=all',
    '/api/conflicts?status[]=open',
    '/api/users/constructor',
    '/api/users/__proto__',
    '/api/blobs/__proto__',
  ]) {
    list.push({
      name: `path ${path}`,
      method: path.includes('resolve') ? 'POST' : 'PATCH',
      path,
      headers: jsonHeaders(admin),
      body: '{"value":"x","displayName":"x"}',
    });
  }
  // Login and account bodies.
  const loginBodies = [
    '',
    '{',
    '{}',
    JSON.stringify({ username: 1, password: 'x', deviceName: 'd' }),
    JSON.stringify({ username: 'office', password: '', deviceName: 'd' }),
    JSON.stringify({ username: 'office', password: 'x'.repeat(201), deviceName: 'd' }),
    JSON.stringify({ username: 'u'.repeat(101), password: 'x', deviceName: 'd' }),
    JSON.stringify({ username: 'office', password: 'x', deviceName: '' }),
    JSON.stringify({ username: 'office', password: 'x', deviceName: 'd', role: 'admin' }),
    '{"username":"office","password":"x","deviceName":"d","__proto__":{"role":"admin"}}',
    JSON.stringify({ username: 'office', password: 'wrong-password', deviceName: 'd' }),
    JSON.stringify({ username: 'nobody', password: 'wrong-password', deviceName: 'd' }),
  ];
  for (const [i, body] of loginBodies.entries()) {
    list.push({
      name: `login ${i}`,
      method: 'POST',
      path: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      body,
    });
  }
  const userBodies: unknown[] = [
    { username: 'Upper', displayName: 'x', password: 'long-enough', role: 'inspector' },
    { username: 'ok-name', displayName: '', password: 'long-enough', role: 'inspector' },
    { username: 'ok-name', displayName: 'x', password: 'long-enough', role: 'root' },
    { username: 'ok-name', displayName: 'x', password: 'long-enough' },
    { username: 'ok-name', displayName: 'x', password: 12345678, role: 'inspector' },
    { username: 'office', displayName: 'x', password: 'long-enough', role: 'admin' },
  ];
  for (const [i, body] of userBodies.entries()) {
    list.push({
      name: `create user ${i}`,
      method: 'POST',
      path: '/api/users',
      headers: jsonHeaders(admin),
      body: JSON.stringify(body),
    });
  }
  for (const [i, body] of [
    {},
    { role: 'root' },
    { disabled: 'yes' },
    { password: 'short' },
    { displayName: null },
    { username: 'new' },
  ].entries()) {
    list.push({
      name: `patch user ${i}`,
      method: 'PATCH',
      path: `/api/users/${inspector.user.id}`,
      headers: jsonHeaders(admin),
      body: JSON.stringify(body),
    });
  }
  for (const [i, body] of ['{}', '{"value":1,"extra":2}', '{"value":', 'null'].entries()) {
    list.push({
      name: `resolve body ${i}`,
      method: 'POST',
      path: '/api/conflicts/1/resolve',
      headers: jsonHeaders(admin),
      body,
    });
  }
  // Random JSON as a push body.
  for (const [i, value] of fc.sample(fc.jsonValue(), { numRuns: 40, seed: 5 }).entries()) {
    push(`random json ${i}`, JSON.stringify(value));
  }
  return list;
}

describe('hostile requests', () => {
  it('answers at least 200 malformed or hostile requests with a 4xx and {error, message}, and changes nothing', async () => {
    const requests = hostileRequests();
    expect(requests.length).toBeGreaterThanOrEqual(200);
    const before = await digestDatabase(server);
    const wrong: string[] = [];
    for (const h of requests) {
      const { status, body } = await rawRequest(h);
      let parsed: { error?: unknown; message?: unknown } = {};
      try {
        parsed = (JSON.parse(body) as typeof parsed | null) ?? {};
      } catch {
        parsed = {};
      }
      const ok =
        status >= 400 &&
        status < 500 &&
        typeof parsed.error === 'string' &&
        typeof parsed.message === 'string';
      if (!ok) wrong.push(`${h.name} → ${status} ${body.slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
    expect(await digestDatabase(server)).toEqual(before);
    expect(server.logs()).not.toMatch(/failed:/);
  });

  it('records ops on unknown tables and fields, bad stamps and odd field names as rejected mutations, and stores no row', async () => {
    const before = await digestDatabase(server);
    const r = new SyncReplica({ http, token: inspector.token });
    const id = inspectionRow().id;
    const bad: [string, Record<string, unknown>][] = [
      ['unknown-table', { table: 'users', id, hlc: stamp(), fields: { role: 'admin' } }],
      ['unknown-table', { table: 'toString', id, hlc: stamp(), fields: { a: 1 } }],
      ['unknown-field', { table: 'inspections', id, hlc: stamp(), fields: { constructor: 1 } }],
      ['unknown-field', { table: 'inspections', id, hlc: stamp(), fields: { id: 'x' } }],
      ['unknown-field', { table: 'inspections', id, hlc: stamp(), fields: { hasOwnProperty: 'x' } }],
      ['invalid-hlc', { table: 'inspections', id, hlc: 'yesterday', fields: { place: 'x' } }],
      [
        'invalid-hlc',
        {
          table: 'inspections',
          id,
          hlc: '2026-02-30T00:00:00.000Z-0000-0123456789abcdef',
          fields: { place: 'x' },
        },
      ],
      ['invalid-id', { table: 'inspections', id: '../../etc', hlc: stamp(), fields: { place: 'x' } }],
      ['invalid-value', { table: 'inspections', id, hlc: stamp(), fields: { place: 'x'.repeat(201) } }],
      ['invalid-value', { table: 'findings', id, hlc: stamp(), fields: { order: 1e308 * 10 } }],
      [
        'clock-drift',
        {
          table: 'inspections',
          id,
          hlc: formatHlc({ millis: Date.now() + 3_600_000, counter: 0, node: newNodeId() }),
          fields: { place: 'x' },
        },
      ],
    ];
    for (const [, write] of bad) r.enqueueRaw([write as never]);
    const pushed = await r.push();
    expect(pushed.status).toBe(200);
    const codes = (pushed.body.rejected as { error: string }[]).map((x) => x.error);
    expect(codes).toEqual(bad.map(([code]) => code));
    const after = await digestDatabase(server);
    for (const table of ['sync_rows', 'sync_access', 'sync_conflicts', 'users', 'blobs', 'sync_seq']) {
      expect(after[table], table).toBe(before[table]);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenHash } from '../../../src/server/auth/tokens.ts';
import { jsonInit, login, openTestApp, PASSWORD, type Session, signUp, type TestApp } from './fixture.ts';

let t: TestApp;
let admin: Session;

beforeAll(async () => {
  t = await openTestApp();
  admin = await signUp(t, 'office', 'admin');
});

afterAll(async () => {
  await t.close();
});

const loginRaw = (username: string, password: string) =>
  t.http('/api/auth/login', jsonInit('POST', { username, password, deviceName: 'Máy thử' }));

describe('login, me, logout', () => {
  it('issues a per-device token, stores only its hash, and /me answers who it is', async () => {
    await signUp(t, 'lan', 'inspector');
    const session = await login(t.http, '  LAN ', PASSWORD, 'Máy tính bảng 2');
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.user).toMatchObject({ username: 'lan', role: 'inspector', disabled: false });
    const row = await t.store.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', session.deviceId)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(tokenHash(session.token));
    expect(JSON.stringify(row)).not.toContain(session.token);
    const me = await t.http('/api/auth/me', { headers: session.auth });
    expect(await me.json()).toEqual({ user: session.user, deviceId: session.deviceId });
    const users = await t.store.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'lan')
      .executeTakeFirstOrThrow();
    expect(users.password_hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
  });

  it('gives an unknown user and a wrong password the same answer', async () => {
    await signUp(t, 'minh', 'inspector');
    const wrong = await loginRaw('minh', 'not-the-password');
    const unknown = await loginRaw('nobody', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('logout revokes this token only: later calls get 401 token-revoked', async () => {
    await signUp(t, 'hoa', 'inspector');
    const a = await login(t.http, 'hoa');
    const b = await login(t.http, 'hoa');
    expect((await t.http('/api/auth/logout', { method: 'POST', headers: a.auth })).status).toBe(204);
    const after = await t.http('/api/auth/me', { headers: a.auth });
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ error: 'token-revoked' });
    expect(
      (await t.http('/api/sync/pull?clientId=0123456789abcdef&cursor=0', { headers: a.auth })).status,
    ).toBe(401);
    expect((await t.http('/api/auth/me', { headers: b.auth })).status).toBe(200);
  });

  it('answers a missing or unknown token with 401 unauthorized', async () => {
    expect((await t.http('/api/auth/me')).status).toBe(401);
    const unknown = await t.http('/api/auth/me', { headers: { authorization: `Bearer ${'x'.repeat(43)}` } });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ error: 'unauthorized' });
  });

  it('rate-limits failed logins per username: the sixth attempt gets 429 with Retry-After, even with the right password', async () => {
    await signUp(t, 'tuan', 'inspector');
    await t.store.db.deleteFrom('login_failures').execute(); // in-process requests share one address
    for (let i = 0; i < 5; i++) expect((await loginRaw('tuan', 'wrong-password')).status).toBe(401);
    const limited = await loginRaw('tuan', PASSWORD);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(await limited.json()).toMatchObject({ error: 'rate-limited' });
    const rows = await t.store.db
      .selectFrom('login_failures')
      .selectAll()
      .where('key', '=', 'user:tuan')
      .execute();
    expect(rows).toHaveLength(5);
    await t.store.db.deleteFrom('login_failures').execute();
  });

  it('rate-limits per address across usernames', async () => {
    const db = t.store.db;
    await db.deleteFrom('login_failures').execute();
    for (let i = 0; i < 5; i++) expect((await loginRaw(`guess${i}`, 'wrong-password')).status).toBe(401);
    expect((await loginRaw('office', PASSWORD)).status).toBe(429);
    await db.deleteFrom('login_failures').execute();
    expect((await loginRaw('office', PASSWORD)).status).toBe(200);
  });

  it('refuses a disabled account at login and on every call with its token', async () => {
    const s = await signUp(t, 'khoa', 'inspector');
    const patch = await t.http(`/api/users/${s.user.id}`, jsonInit('PATCH', { disabled: true }, admin.auth));
    expect(patch.status).toBe(200);
    const denied = await loginRaw('khoa', PASSWORD);
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({ error: 'account-disabled' });
    const call = await t.http('/api/sync/pull?clientId=0123456789abcdef&cursor=0', { headers: s.auth });
    expect(call.status).toBe(403);
    await t.http(`/api/users/${s.user.id}`, jsonInit('PATCH', { disabled: false }, admin.auth));
    expect((await t.http('/api/auth/me', { headers: s.auth })).status).toBe(200);
  });
});

describe('users (admin)', () => {
  it('creates, lists and changes accounts; a taken username is 409', async () => {
    const created = await t.http(
      '/api/users',
      jsonInit(
        'POST',
        { username: 'nga', displayName: 'Nguyễn Thị Nga', password: 'mot-mat-khau', role: 'inspector' },
        admin.auth,
      ),
    );
    expect(created.status).toBe(201);
    const nga = (await created.json()) as { id: string };
    expect(nga).toMatchObject({
      username: 'nga',
      displayName: 'Nguyễn Thị Nga',
      role: 'inspector',
      disabled: false,
    });
    const again = await t.http(
      '/api/users',
      jsonInit(
        'POST',
        { username: 'nga', displayName: 'Khác', password: 'mot-mat-khau', role: 'inspector' },
        admin.auth,
      ),
    );
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: 'username-taken' });

    const list = (await (await t.http('/api/users', { headers: admin.auth })).json()) as {
      users: { username: string }[];
    };
    expect(list.users.map((u) => u.username)).toContain('nga');
    expect(JSON.stringify(list)).not.toContain('scrypt');

    const renamed = await t.http(
      `/api/users/${nga.id}`,
      jsonInit('PATCH', { displayName: 'Chị Nga', password: 'mat-khau-moi' }, admin.auth),
    );
    expect(await renamed.json()).toMatchObject({ displayName: 'Chị Nga' });
    expect((await loginRaw('nga', 'mot-mat-khau')).status).toBe(401);
    expect((await loginRaw('nga', 'mat-khau-moi')).status).toBe(200);
  });

  it('refuses bad input with 4xx: weak password, unknown field, empty patch, unknown id, self-lockout', async () => {
    const weak = await t.http(
      '/api/users',
      jsonInit(
        'POST',
        { username: 'abc', displayName: 'A', password: 'short', role: 'inspector' },
        admin.auth,
      ),
    );
    expect(weak.status).toBe(422);
    const extra = await t.http(
      '/api/users',
      jsonInit(
        'POST',
        { username: 'abcd', displayName: 'A', password: 'long-enough', role: 'inspector', isRoot: true },
        admin.auth,
      ),
    );
    expect(extra.status).toBe(422);
    expect((await t.http(`/api/users/${admin.user.id}`, jsonInit('PATCH', {}, admin.auth))).status).toBe(422);
    expect(
      (
        await t.http(
          '/api/users/01980000-0000-7000-8000-000000000000',
          jsonInit('PATCH', { displayName: 'X' }, admin.auth),
        )
      ).status,
    ).toBe(404);
    expect(
      (await t.http('/api/users/not-an-id', jsonInit('PATCH', { displayName: 'X' }, admin.auth))).status,
    ).toBe(404);
    const self = await t.http(
      `/api/users/${admin.user.id}`,
      jsonInit('PATCH', { disabled: true }, admin.auth),
    );
    expect(self.status).toBe(409);
  });
});

describe('devices', () => {
  it('lists own devices to an inspector and all to an admin; revoking stops the token', async () => {
    const s1 = await signUp(t, 'dung', 'inspector');
    const s2 = await login(t.http, 'dung', PASSWORD, 'Điện thoại');
    const own = (await (await t.http('/api/devices', { headers: s1.auth })).json()) as {
      devices: { id: string; userId: string }[];
    };
    expect(own.devices.map((d) => d.id).sort()).toEqual([s1.deviceId, s2.deviceId].sort());
    const all = (await (await t.http('/api/devices', { headers: admin.auth })).json()) as {
      devices: { userId: string }[];
    };
    expect(new Set(all.devices.map((d) => d.userId)).size).toBeGreaterThan(1);

    const other = await signUp(t, 'vinh', 'inspector');
    expect(
      (await t.http(`/api/devices/${other.deviceId}`, { method: 'DELETE', headers: s1.auth })).status,
    ).toBe(404);
    const revoked = await t.http(`/api/devices/${s2.deviceId}`, { method: 'DELETE', headers: s1.auth });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({
      device: { id: s2.deviceId, revokedAt: expect.any(String) },
    });
    expect(await (await t.http('/api/auth/me', { headers: s2.auth })).json()).toMatchObject({
      error: 'token-revoked',
    });
    expect(
      (await t.http(`/api/devices/${other.deviceId}`, { method: 'DELETE', headers: admin.auth })).status,
    ).toBe(200);
    expect((await t.http('/api/auth/me', { headers: other.auth })).status).toBe(401);
  });
});

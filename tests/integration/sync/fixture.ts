// In-process server for sync tests: a real database (a SQLite file, or under TEST_DATABASE=postgres a fresh
// PostgreSQL database), the real app, requests through app.request().
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll } from 'vitest';
import type { LoginResponse } from '../../../src/domain/api/auth.ts';
import type { UserRole, UserRow } from '../../../src/domain/schemas/user.ts';
import { createApp } from '../../../src/server/app.ts';
import { createUser } from '../../../src/server/auth/accounts.ts';
import type { Store } from '../../../src/server/store/store.ts';
import type { HttpFn } from '../../helpers/sync-replica.ts';
import { openTestStore } from '../../helpers/test-database.ts';

export const PASSWORD = 'mat-khau-du-dai';

export interface TestApp {
  app: Hono;
  store: Store;
  dir: string;
  http: HttpFn;
  close(): Promise<void>;
}

/** A fresh database and app. */
export async function openTestApp(options: { trustProxy?: boolean } = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-sync-'));
  const testStore = await openTestStore();
  const { store } = testStore;
  mkdirSync(join(dir, 'dist'));
  const app = createApp({
    store,
    distDir: join(dir, 'dist'),
    version: '0.0.0-test',
    startedAt: new Date(),
    ...options,
  });
  return {
    app,
    store,
    dir,
    http: async (path, init) => app.request(path, init),
    async close() {
      await testStore.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A signed-in account: its row and a device token. */
export interface Session {
  user: UserRow;
  token: string;
  deviceId: string;
  auth: Record<string, string>;
}

/** Logs in through the API. */
export async function login(
  http: HttpFn,
  username: string,
  password = PASSWORD,
  deviceName = 'Máy tính bảng',
): Promise<Session> {
  const response = await http('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password, deviceName }),
  });
  if (response.status !== 200)
    throw new Error(`login ${username} failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as LoginResponse;
  return {
    user: body.user,
    token: body.token,
    deviceId: body.deviceId,
    auth: { authorization: `Bearer ${body.token}` },
  };
}

/** Creates an account directly in the store and logs it in. */
export async function signUp(
  t: { store: Store; http: HttpFn },
  username: string,
  role: UserRole,
): Promise<Session> {
  await createUser(t.store.db, { username, displayName: `Người dùng ${username}`, password: PASSWORD, role });
  return login(t.http, username);
}

/** JSON request helper. */
export function jsonInit(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

/** The accounts most sync tests need: the office (an admin) and two inspectors. */
export interface OfficeAndInspectors {
  readonly server: TestApp;
  readonly admin: Session;
  readonly alice: Session;
  readonly bob: Session;
}

/**
 * A fresh app with the office ("office", admin) and two inspectors ("alice", "bob") signed in, opened before
 * the tests of the file (or `describe`) that calls it and closed after them. Read its fields inside tests.
 */
export function officeAndInspectors(): OfficeAndInspectors {
  let ready: OfficeAndInspectors | undefined;
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await openTestApp();
    ready = {
      server: app,
      admin: await signUp(app, 'office', 'admin'),
      alice: await signUp(app, 'alice', 'inspector'),
      bob: await signUp(app, 'bob', 'inspector'),
    };
  });
  afterAll(async () => {
    await app?.close();
  });
  const get = <K extends keyof OfficeAndInspectors>(key: K): OfficeAndInspectors[K] => {
    if (!ready) throw new Error('officeAndInspectors: read it inside a test, after beforeAll');
    return ready[key];
  };
  return {
    get server() {
      return get('server');
    },
    get admin() {
      return get('admin');
    },
    get alice() {
      return get('alice');
    },
    get bob() {
      return get('bob');
    },
  };
}

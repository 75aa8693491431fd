import type { UserRole } from '../../src/domain/schemas/user.ts';
import { createUser } from '../../src/server/auth/accounts.ts';
import { openSqliteStore } from '../../src/server/store/sqlite.ts';
import type { RunningServer } from './server.ts';

export interface TestAccount {
  username: string;
  password: string;
  role: UserRole;
  displayName?: string;
}

/**
 * Creates accounts straight in a running server's database, the way the admin CLI does, so tests need no
 * admin bootstrap over HTTP: its SQLite file (WAL lets a second connection write), given as a path or as
 * the server, or its PostgreSQL database.
 */
export async function createAccounts(
  target: string | Pick<RunningServer, 'openStore'>,
  accounts: TestAccount[],
): Promise<Record<string, string>> {
  const store = typeof target === 'string' ? openSqliteStore(target) : await target.openStore();
  const ids: Record<string, string> = {};
  try {
    for (const account of accounts) {
      const row = await createUser(store.db, {
        username: account.username,
        password: account.password,
        role: account.role,
        displayName: account.displayName ?? account.username,
      });
      ids[account.username] = row.id;
    }
  } finally {
    // Not close(): on SQLite that checkpoints the WAL of a file the server holds open.
    await store.db.destroy();
  }
  return ids;
}

/** Signs in over HTTP and returns the bearer token. */
export async function login(
  baseUrl: string,
  username: string,
  password: string,
  deviceName = 'test',
): Promise<string> {
  const response = await fetch(new URL('/api/auth/login', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password, deviceName }),
  });
  if (!response.ok) throw new Error(`login ${username} failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { token: string };
  return body.token;
}

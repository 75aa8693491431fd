// Child process: the real sync server (createApp over SQLite, served by @hono/node-server as main.ts does),
// with the anchors' wire counter on its http.Server and their IPC (counted-child.ts), so our server is
// counted exactly as theirs are. `freshDb` swaps in a new database file with the given accounts.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { sql } from 'kysely';
import { createApp } from '../../src/server/app.ts';
import { createUser } from '../../src/server/auth/accounts.ts';
import { migrateToLatest } from '../../src/server/store/migrations/index.ts';
import { openSqliteStore } from '../../src/server/store/sqlite.ts';
import type { Store } from '../../src/server/store/store.ts';
import { serveCounted } from './counted-child.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-sync-'));
const distDir = join(dir, 'dist');
mkdirSync(distDir);
let store: Store | null = null;
let app: Hono | null = null;
let dbNo = 0;

async function freshDb(accounts: { username: string; password: string; role: 'admin' | 'inspector' }[]) {
  if (store) await store.close();
  rmSync(join(dir, `sync-${dbNo}.sqlite`), { force: true });
  rmSync(join(dir, `sync-${dbNo}.sqlite-wal`), { force: true });
  rmSync(join(dir, `sync-${dbNo}.sqlite-shm`), { force: true });
  dbNo += 1;
  store = openSqliteStore(join(dir, `sync-${dbNo}.sqlite`), { checkpoints: 'worker' }); // as main.ts
  await migrateToLatest(store.db);
  app = createApp({ store, distDir, version: '0.0.0-bench', startedAt: new Date() });
  const ids: Record<string, string> = {};
  for (const account of accounts) {
    const user = await createUser(store.db, { ...account, displayName: account.username });
    ids[account.username] = user.id;
  }
  return ids;
}

const server = serve({
  fetch: (request, env) => {
    if (!app) return new Response('no database', { status: 503 });
    return app.fetch(request, env);
  },
  port: 0,
  hostname: '127.0.0.1',
}) as Server;
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
process.on('SIGTERM', () => {
  void (store?.close() ?? Promise.resolve()).finally(() => process.exit(0));
});

await serveCounted(server, {
  freshDb: (accounts: Parameters<typeof freshDb>[0]) => freshDb(accounts),
  count: async () => {
    if (!store) return 0;
    const row = await sql<{ n: number }>`select count(*) as n from sync_rows`.execute(store.db);
    return Number(row.rows[0]?.n ?? 0);
  },
});

// `npm run demo`: loads a sample department into the server's database (DATA_DIR, default ./data, the
// same as `npm start`) so a new user can try the whole flow at once: the Sở's register, the 2025
// catalogue, an approved 2025 plan with dates and teams, and its inspections assigned to two inspectors.
//
// It goes through the public surface: accounts are created with the admin CLI's code, then a server runs
// in this process on a free port and the rows are pushed with `POST /api/sync/push` as the office, built
// with the domain's `rowToOps` and `tick`. Rows have fixed ids and only those the server lacks are pushed,
// so running it twice adds nothing and never undoes what people did with the demo in between.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { PullResponse, PushResponse, RowWrite } from '../src/domain/api/sync.ts';
import { type Clock, createClock, newNodeId, tick } from '../src/domain/hlc.ts';
import { rowToOps, type SyncRow, type SyncTable } from '../src/domain/sync-tables.ts';
import { createApp } from '../src/server/app.ts';
import { createUser, findUserByUsername } from '../src/server/auth/accounts.ts';
import { readServerConfig } from '../src/server/config.ts';
import { migrateToLatest } from '../src/server/store/migrations/index.ts';
import { openConfiguredStore } from '../src/server/store/open.ts';
import type { Store } from '../src/server/store/store.ts';
import { DEMO_ACCOUNTS, demoCatalogue, demoInspections, demoPlan, demoUnits } from './demo-data.ts';

const config = readServerConfig(process.env);

/** Creates the demo accounts that do not exist; returns username → id and which ones were new. */
async function ensureAccounts(store: Store): Promise<{ ids: Record<string, string>; created: Set<string> }> {
  const ids: Record<string, string> = {};
  const created = new Set<string>();
  for (const account of DEMO_ACCOUNTS) {
    const existing = await findUserByUsername(store.db, account.username);
    if (existing) {
      ids[account.username] = existing.id;
      continue;
    }
    const user = await createUser(store.db, account);
    ids[account.username] = user.id;
    created.add(account.username);
  }
  return { ids, created };
}

async function call<T>(
  base: string,
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(new URL(path, base), {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** Ids of every row the server already holds, by table (the office reads everything). */
async function existingRows(base: string, token: string, clientId: string): Promise<Set<string>> {
  const seen = new Set<string>();
  let cursor = 0;
  for (;;) {
    const page = await call<PullResponse>(
      base,
      token,
      'GET',
      `/api/sync/pull?clientId=${clientId}&cursor=${cursor}`,
    );
    for (const change of page.changes) seen.add(`${change.table}/${change.id}`);
    cursor = page.cursor;
    if (!page.hasMore) return seen;
  }
}

/** The write of a whole row under one stamp, from the domain's ops. */
function rowWrite<T extends SyncTable>(table: T, row: SyncRow<T>, clock: { current: Clock }): RowWrite {
  const next = tick(clock.current, Date.now());
  clock.current = next.clock;
  const ops = rowToOps(table, row, () => next.stamp);
  return {
    table,
    id: row.id,
    hlc: next.stamp,
    fields: Object.fromEntries(ops.map((op) => [op.field, op.value])),
  };
}

async function main(): Promise<void> {
  const store = await openConfiguredStore(config);
  const where = config.databaseUrl ? 'PostgreSQL' : config.dataDir;
  await migrateToLatest(store.db);
  const { ids, created } = await ensureAccounts(store);

  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  const app = createApp({ store, distDir: config.distDir, version, startedAt: new Date() });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`; // a TCP server's address

  try {
    const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin');
    if (!admin) throw new Error('no demo admin');
    let token: string;
    try {
      ({ token } = await call<{ token: string }>(base, null, 'POST', '/api/auth/login', {
        username: admin.username,
        password: admin.password,
        deviceName: 'Nạp dữ liệu mẫu',
      }));
    } catch {
      throw new Error(
        `Tài khoản ${admin.username} đã có nhưng mật khẩu đã đổi: dữ liệu mẫu cần mật khẩu mẫu (${admin.password}). ` +
          `Đặt lại bằng: npm run admin -- reset-password --username ${admin.username} --password ${admin.password}`,
      );
    }
    const clientId = newNodeId();
    const present = await existingRows(base, token, clientId);
    const clock = { current: createClock(clientId) };
    const rows: RowWrite[] = [];
    const add = <T extends SyncTable>(table: T, row: SyncRow<T>) => {
      if (!present.has(`${table}/${row.id}`)) rows.push(rowWrite(table, row, clock));
    };
    for (const unit of demoUnits()) add('units', unit);
    add('catalogues', demoCatalogue());
    add('plans', demoPlan(ids));
    for (const inspection of demoInspections(ids)) add('inspections', inspection);

    if (rows.length > 0) {
      const result = await call<PushResponse>(base, token, 'POST', '/api/sync/push', {
        clientId,
        epoch: null,
        mutations: [{ mutationId: 1, ops: rows }],
      });
      if (result.rejected.length > 0) {
        throw new Error(`máy chủ từ chối dữ liệu mẫu: ${result.rejected.map((r) => r.message).join('; ')}`);
      }
    }
    await call(base, token, 'POST', '/api/auth/logout').catch(() => undefined);

    console.log(
      rows.length > 0
        ? `Đã nạp ${rows.length} dòng dữ liệu mẫu vào ${where}.`
        : `Dữ liệu mẫu đã có sẵn trong ${where}; không thêm gì.`,
    );
    console.log('\nTài khoản (tên đăng nhập / mật khẩu):');
    for (const account of DEMO_ACCOUNTS) {
      const note = created.has(account.username) ? '' : ' (đã có từ trước, giữ nguyên mật khẩu)';
      console.log(
        `  ${account.username} / ${account.password}  – ${account.displayName}, ${account.role}${note}`,
      );
    }
    console.log(
      `\nChạy \`npm start\`, mở http://localhost:${config.port}: đăng nhập “vanphong” rồi bấm “Văn phòng”; ` +
        'trên máy tính bảng đăng nhập “thanhtra1” để nhận các cuộc kiểm tra được giao.',
    );
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

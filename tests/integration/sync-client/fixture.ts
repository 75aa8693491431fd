import { afterAll, beforeAll } from 'vitest';
import { AppDb } from '../../../src/app/db.ts';
import type { HttpOptions } from '../../../src/app/sync/http.ts';
import { createAccounts, login } from '../../helpers/accounts.ts';
import { type RunningServer, startServer, stopAllServers } from '../../helpers/server.ts';

/** What `tabletAndOffice` sets up; the server and tokens exist inside tests (after its `beforeAll`). */
export interface TabletAndOffice {
  /** The inspector's device (Dexie over fake-indexeddb). */
  readonly tablet: AppDb;
  /** The office's device. */
  readonly office: AppDb;
  readonly server: RunningServer;
  /** Signed in as the inspector "thanhtra1". */
  readonly inspectorToken: string;
  /** Signed in as the office, "vanphong" (admin). */
  readonly adminToken: string;
  /** How the sync engine reaches the server with a token. */
  http(token: string): HttpOptions;
  /** Uses a server started in place of the first (a test that restarts it); it is stopped after the tests. */
  replaceServer(server: RunningServer): void;
}

/**
 * The real server process (SQLite, or PostgreSQL under TEST_DATABASE=postgres) with an inspector and the
 * office signed in, and a local database for each side's device: started before the tests of the `describe`
 * that calls it, stopped and deleted after them.
 */
export function tabletAndOffice(tabletName: string): TabletAndOffice {
  const tablet = new AppDb(`tablet-${crypto.randomUUID()}`);
  const office = new AppDb(`office-${crypto.randomUUID()}`);
  let started: { server: RunningServer; inspectorToken: string; adminToken: string } | undefined;
  beforeAll(async () => {
    const server = await startServer();
    await createAccounts(server, [
      { username: 'thanhtra1', password: 'mat-khau-dai-1', role: 'inspector' },
      { username: 'vanphong', password: 'mat-khau-dai-2', role: 'admin' },
    ]);
    started = {
      server,
      inspectorToken: await login(server.url, 'thanhtra1', 'mat-khau-dai-1', tabletName),
      adminToken: await login(server.url, 'vanphong', 'mat-khau-dai-2', 'Máy văn phòng'),
    };
  });
  afterAll(async () => {
    await started?.server.stop();
    await stopAllServers();
    await tablet.delete();
    await office.delete();
  });
  const get = () => {
    if (!started) throw new Error('tabletAndOffice: read it inside a test, after beforeAll');
    return started;
  };
  return {
    tablet,
    office,
    get server() {
      return get().server;
    },
    get inspectorToken() {
      return get().inspectorToken;
    },
    get adminToken() {
      return get().adminToken;
    },
    http: (token) => ({ baseUrl: get().server.url, token }),
    replaceServer(server) {
      get().server = server;
    },
  };
}

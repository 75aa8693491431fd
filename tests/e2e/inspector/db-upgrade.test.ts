import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForServiceWorker } from '../../helpers/browser.ts';
import { serverAndTablet } from '../../helpers/e2e.ts';
import { readStore } from './helpers.ts';

const V1_ROWS = [
  {
    id: '01890a5d-ac96-774b-bcce-b302099a8057',
    unitName: 'Phòng Quản lý chuyên ngành',
    date: '2024-11-12',
    status: 'draft',
    createdAt: '2024-11-12T02:00:00.000Z',
    updatedAt: '2024-11-12T02:30:00.000Z',
  },
  {
    id: '01890a5d-ac96-774b-bcce-b302099a8058',
    unitName: 'Văn phòng Sở',
    date: '2024-11-20',
    status: 'inProgress',
    createdAt: '2024-11-20T02:00:00.000Z',
    updatedAt: '2024-11-20T03:00:00.000Z',
  },
];

/** Creates the first release's database (Dexie version 1 = native version 10) with raw IndexedDB. */
function createV1(page: Page, keepOpen: boolean): Promise<void> {
  return page.evaluate(
    ({ rows, keepOpen }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cchc-inspect', 10);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('inspections', { keyPath: 'id' });
          store.createIndex('status', 'status');
          store.createIndex('date', 'date');
          store.createIndex('updatedAt', 'updatedAt');
          for (const row of rows) store.put(row);
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          // An old tab that ignores upgrade requests, as a build without a versionchange handler would.
          if (keepOpen) (globalThis as { oldDb?: IDBDatabase }).oldDb = open.result;
          else open.result.close();
          resolve();
        };
      }),
    { rows: V1_ROWS, keepOpen },
  );
}

describe('the v1 → v2 database upgrade in Chromium', () => {
  const env = serverAndTablet('db-upgrade');

  it('keeps every v1 inspection, and an old tab holding the database is asked to let go', async () => {
    // A page of the origin that does not run the app, to lay down the old database first.
    const old = await env.tablet.page();
    await old.goto(new URL('/manifest.webmanifest', env.server.url).href);
    await createV1(old, true);

    const page = await env.tablet.newPage();
    await page.goto(new URL('/', env.server.url).href);
    // The old tab blocks the upgrade: this tab says so in Vietnamese instead of hanging silently.
    await page.getByTestId('connection-banner').getByText('Đang chờ các thẻ khác').waitFor();
    await old.evaluate(() => (globalThis as { oldDb?: IDBDatabase }).oldDb?.close());
    await page.getByTestId('connection-banner').waitFor({ state: 'detached' });
    await waitForServiceWorker(page);

    const list = page.getByTestId('inspection-list');
    await list.getByText('Phòng Quản lý chuyên ngành').waitFor();
    await list.getByText('Văn phòng Sở').waitFor();
    await expect(page.getByTestId('count-draft').textContent()).resolves.toContain('1');
    await expect(page.getByTestId('count-inProgress').textContent()).resolves.toContain('1');

    const rows = await readStore<Record<string, unknown>>(page, 'inspections');
    expect(rows).toHaveLength(2);
    for (const v1 of V1_ROWS) {
      const row = rows.find((r) => r.id === v1.id);
      expect(row).toMatchObject({
        unitName: v1.unitName,
        date: v1.date,
        status: v1.status,
        catalogueId: 'cchc-2025-v1',
      });
    }
    const outbox = await readStore<{ ops: Array<{ id: string }> }>(page, 'outbox');
    expect(outbox.map((e) => e.ops[0]?.id).sort()).toEqual(V1_ROWS.map((r) => r.id).sort());

    // The upgraded inspection opens offline and takes answers.
    await env.tablet.setOffline(true);
    await page.goto(new URL(`/inspections/${V1_ROWS[0]?.id}?tab=info`, env.server.url).href);
    await page.getByLabel('Địa điểm').fill('Phòng họp tầng 2');
    await expect
      .poll(
        async () =>
          (await readStore<{ id: string; place: string }>(page, 'inspections')).find(
            (r) => r.id === V1_ROWS[0]?.id,
          )?.place,
      )
      .toBe('Phòng họp tầng 2');
  });
});

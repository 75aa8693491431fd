import { describe, expect, it } from 'vitest';
import { serverAndTablet } from '../../helpers/e2e.ts';

describe('an inspection created offline', () => {
  const env = serverAndTablet('offline-create');

  it('is still there after the page is closed and a new page is opened offline', async () => {
    const page = await env.tablet.open('/');
    await env.tablet.setOffline(true);

    await page.getByLabel('Tên phòng, đơn vị được kiểm tra').fill('Phòng Quản lý chuyên ngành');
    await page.getByLabel('Ngày kiểm tra').fill('2025-10-15');
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();
    const list = page.getByTestId('inspection-list');
    await list.getByText('Phòng Quản lý chuyên ngành').waitFor();
    await expect(list.textContent()).resolves.toContain('15/10/2025');

    // A second page first, so closing the first does not end the browser.
    const second = await env.tablet.newPage();
    await page.close();

    const response = await second.goto(new URL('/', env.server.url).href);
    expect(response?.fromServiceWorker()).toBe(true);
    const reopened = second.getByTestId('inspection-list');
    await reopened.getByText('Phòng Quản lý chuyên ngành').waitFor();
    await expect(reopened.textContent()).resolves.toContain('Nháp');

    // It is in IndexedDB itself, not only on screen.
    const stored = await second.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('cchc-inspect');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('inspections').objectStore('inspections').getAll();
            all.onsuccess = () => resolve(all.result.map((row: { unitName: string }) => row.unitName));
            all.onerror = () => reject(all.error);
          };
        }),
    );
    expect(stored).toEqual(['Phòng Quản lý chuyên ngành']);
  });
});

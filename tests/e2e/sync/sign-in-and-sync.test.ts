import { describe, expect, it } from 'vitest';
import { serverAndTablet } from '../../helpers/e2e.ts';

describe('a tablet that signs in and syncs', () => {
  const env = serverAndTablet('sign-in-and-sync', {
    accounts: [{ username: 'thanhtra1', password: 'mat-khau-dai-1', role: 'inspector' }],
  });

  it('keeps work made offline, sends it when back online, and keeps working after its token is revoked', async () => {
    const page = await env.tablet.open('/');
    const status = page.getByTestId('sync-status');
    await status.getByText('Chưa đăng nhập').waitFor();

    await page.getByRole('link', { name: 'Đăng nhập' }).click();
    await page.getByLabel('Tên đăng nhập').fill('ThanhTra1');
    await page.getByLabel('Mật khẩu').fill('mat-khau-dai-1');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await status.getByText('Đồng bộ lúc').waitFor();

    await env.tablet.setOffline(true);
    await page.getByLabel('Tên phòng, đơn vị được kiểm tra').fill('Phòng Kế hoạch - Tài chính');
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();
    await expect.poll(() => page.getByTestId('sync-waiting').textContent()).toBe('1');
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await page.getByTestId('sync-error').getByText('Không kết nối được máy chủ').waitFor();
    await expect(page.getByTestId('sync-waiting').textContent()).resolves.toBe('1');

    await env.tablet.setOffline(false);
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await expect.poll(() => page.getByTestId('sync-waiting').textContent(), { timeout: 15_000 }).toBe('0');

    // The server holds it: ask the API with the tablet's own token.
    const token = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('cchc-settings');
          open.onsuccess = () => {
            const get = open.result.transaction('settings').objectStore('settings').get('session');
            get.onsuccess = () => resolve(get.result.token);
            get.onerror = () => reject(get.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    const pulled = await fetch(new URL('/api/sync/pull?clientId=0000000000000000&cursor=0', env.server.url), {
      headers: { authorization: `Bearer ${token}` },
    }).then((r) => r.text());
    expect(pulled).toContain('Phòng Kế hoạch - Tài chính');

    // The office revokes this device: sync stops with a plain message, local work goes on.
    const devices = (await fetch(new URL('/api/devices', env.server.url), {
      headers: { authorization: `Bearer ${token}` },
    }).then((r) => r.json())) as { devices: Array<{ id: string }> };
    const revoke = await fetch(new URL(`/api/devices/${devices.devices[0]?.id}`, env.server.url), {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoke.ok).toBe(true);
    await page.getByLabel('Tên phòng, đơn vị được kiểm tra').fill('Văn phòng Sở');
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();
    await page.getByTestId('inspection-list').getByText('Văn phòng Sở').waitFor();
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await page.getByTestId('sync-error').waitFor();
    await status.getByRole('link', { name: 'Đăng nhập' }).waitFor();
    await expect(page.getByTestId('sync-waiting').textContent()).resolves.toBe('1');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccounts, login } from '../../helpers/accounts.ts';
import { TABLET_LANDSCAPE, Tablet } from '../../helpers/browser.ts';
import { keepArtifactsOnFailure } from '../../helpers/e2e.ts';
import { type RunningServer, startServer } from '../../helpers/server.ts';

describe('the office manages accounts and reads the audit log', () => {
  let server: RunningServer;
  let office: Tablet;
  keepArtifactsOnFailure(() => (office ? [office] : []));

  beforeAll(async () => {
    server = await startServer({ distDir: process.env.E2E_DIST_DIR });
    await createAccounts(server.dbFile, [
      { username: 'vanphong', password: 'mat-khau-van-phong', role: 'admin', displayName: 'Văn phòng Sở' },
    ]);
    office = await Tablet.launch({ baseUrl: server.url, name: 'accounts', viewport: TABLET_LANDSCAPE });
  });
  afterAll(async () => {
    await office?.close();
    await server?.stop();
  });

  it('creates and disables an inspector, revokes a lost device, and lists who changed what', async () => {
    const page = await office.open('/');
    await page.getByTestId('sync-status').getByRole('link', { name: 'Đăng nhập' }).click();
    await page.getByLabel('Tên đăng nhập').fill('vanphong');
    await page.getByLabel('Mật khẩu').fill('mat-khau-van-phong');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('sync-status').getByText('Đồng bộ lúc').waitFor({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Văn phòng', exact: true }).click();
    const nav = page.getByRole('navigation', { name: 'Văn phòng Sở' });

    // A new inspector account, refused first for a short password with the server's sentence.
    await nav.getByRole('link', { name: 'Tài khoản' }).click();
    await page.getByLabel('Tên đăng nhập').fill('thanhtra3');
    await page.getByLabel('Họ và tên').fill('Vàng Thị Dung');
    await page.getByLabel('Mật khẩu (ít nhất 8 ký tự)').fill('ngan');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByRole('alert').getByText('Mật khẩu phải có ít nhất 8 ký tự').waitFor();
    await page.getByLabel('Mật khẩu (ít nhất 8 ký tự)').fill('mat-khau-thanh-tra-3');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByText('Đã tạo tài khoản thanhtra3.').waitFor();
    const row = page.getByTestId('users-table').locator('tr', { hasText: 'thanhtra3' });
    await expect(row.textContent()).resolves.toContain('Thành viên đoàn kiểm tra');
    const token = await login(server.url, 'thanhtra3', 'mat-khau-thanh-tra-3', 'Máy tính bảng bị mất');

    // Disabled: the account can no longer sign in.
    await row.getByRole('button', { name: 'Khóa tài khoản' }).click();
    await row.getByText('Đã khóa').waitFor();
    await expect(login(server.url, 'thanhtra3', 'mat-khau-thanh-tra-3')).rejects.toThrow(
      /login thanhtra3 failed/,
    );

    // The lost tablet's token is revoked from the devices list.
    await page.reload();
    const device = page.getByTestId('devices-table').locator('tr', { hasText: 'Máy tính bảng bị mất' });
    await device.getByRole('button', { name: 'Thu hồi' }).click();
    await device.getByText('Đã thu hồi').waitFor();
    const after = await fetch(new URL('/api/auth/me', server.url), {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.status).toBe(401);

    // A unit added here reaches the server and shows in the audit log as a sentence.
    await nav.getByRole('link', { name: 'Đơn vị' }).click();
    await page.getByLabel('Mã').fill('VP');
    await page.getByLabel('Tên phòng, đơn vị').fill('Văn phòng Sở');
    await page.getByRole('button', { name: 'Thêm', exact: true }).click();
    await page.getByTestId('units-table').getByText('Văn phòng Sở').waitFor();
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await expect.poll(() => page.getByTestId('sync-waiting').textContent(), { timeout: 20_000 }).toBe('0');
    await nav.getByRole('link', { name: 'Nhật ký' }).click();
    const entry = page.getByTestId('audit-table').locator('tbody tr').first();
    await entry.getByText('Đơn vị “Văn phòng Sở”: thêm mới').waitFor();
    await expect(entry.textContent()).resolves.toContain('Văn phòng Sở');
    await expect(entry.textContent()).resolves.toContain('Đã ghi');
  });
});

import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { CCHC_2025 } from '../../../src/domain/criteria/cchc-2025.ts';
import { formatHlc, newNodeId } from '../../../src/domain/hlc.ts';
import { login } from '../../helpers/accounts.ts';
import { serverAndTablet } from '../../helpers/e2e.ts';

describe('a change the server refuses', () => {
  const env = serverAndTablet('refused-change', {
    accounts: [
      { username: 'thanhtra1', password: 'mat-khau-dai-1', role: 'inspector' },
      { username: 'vanphong', password: 'mat-khau-dai-2', role: 'admin' },
    ],
  });

  it('is shown on the tablet in plain words until the inspector has read it', async () => {
    // The office assigns an inspection to the inspector, through the sync API as its own device does.
    const officeToken = await login(env.server.url, 'vanphong', 'mat-khau-dai-2', 'Máy văn phòng');
    const officeNode = newNodeId();
    let mutationId = 0;
    const officeWrites = async (fields: Record<string, unknown>) => {
      mutationId += 1;
      const hlc = formatHlc({ millis: Date.now(), counter: mutationId, node: officeNode });
      const response = await fetch(new URL('/api/sync/push', env.server.url), {
        method: 'POST',
        headers: { authorization: `Bearer ${officeToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          clientId: officeNode,
          epoch: null,
          mutations: [{ mutationId, ops: [{ table: 'inspections', id: inspectionId, hlc, fields }] }],
        }),
      });
      expect(await response.json()).toMatchObject({ rejected: [] });
    };
    const users = (await fetch(new URL('/api/users', env.server.url), {
      headers: { authorization: `Bearer ${officeToken}` },
    }).then((r) => r.json())) as { users: { id: string; username: string }[] };
    const inspector = users.users.find((u) => u.username === 'thanhtra1')?.id;
    const inspectionId = uuidv7();
    await officeWrites({
      planId: null,
      unitId: uuidv7(),
      unitName: 'Phòng Quản lý chuyên ngành',
      catalogueId: CCHC_2025.id,
      date: '2026-06-10',
      place: '',
      team: [],
      unitRepresentatives: [],
      status: 'draft',
      assignedTo: [inspector],
      unitComments: '',
      completedAt: null,
      deleted: false,
    });

    const page = await env.tablet.open('/login');
    await page.getByLabel('Tên đăng nhập').fill('thanhtra1');
    await page.getByLabel('Mật khẩu').fill('mat-khau-dai-1');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const link = page
      .getByTestId('inspection-list')
      .getByRole('link', { name: /Phòng Quản lý chuyên ngành/ });
    await link.waitFor({ timeout: 15_000 });

    // The office takes it back while the inspector, offline, goes on writing a note.
    await env.tablet.setOffline(true);
    await officeWrites({ assignedTo: [] });
    await link.click();
    await page.getByTestId('criterion-card').first().locator('textarea').fill('Đã xem hồ sơ tại đơn vị.');
    await expect.poll(() => page.getByTestId('sync-waiting').textContent()).not.toBe('0');

    await env.tablet.setOffline(false);
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    const refused = page.getByTestId('sync-refused');
    await refused.waitFor({ timeout: 15_000 });
    await refused.getByText(/thay đổi bị máy chủ từ chối/).click();
    await refused.getByText('Bạn không được giao cuộc kiểm tra này.', { exact: false }).first().waitFor();
    await expect.poll(() => page.getByTestId('sync-waiting').textContent()).toBe('0');
    await page.screenshot({ path: 'test-results/sync/refused-768x1024.png' });
    // The note is still on the tablet: refused by the server, not lost here.
    await expect(page.getByTestId('criterion-card').first().locator('textarea').inputValue()).resolves.toBe(
      'Đã xem hồ sơ tại đơn vị.',
    );

    await refused.getByRole('button', { name: 'Đã xem' }).click();
    await refused.waitFor({ state: 'detached' });
  });
});

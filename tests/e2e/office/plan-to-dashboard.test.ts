import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/domain/answer.ts';
import { CCHC_2025 } from '../../../src/domain/criteria/cchc-2025.ts';
import { editCatalogue } from '../../../src/domain/criteria/revise.ts';
import { formatPercent } from '../../../src/domain/rate.ts';
import { scoreInspection } from '../../../src/domain/scoring.ts';
import { createAccounts } from '../../helpers/accounts.ts';
import { TABLET_LANDSCAPE, Tablet } from '../../helpers/browser.ts';
import { keepArtifactsOnFailure } from '../../helpers/e2e.ts';
import { type RunningServer, startServer } from '../../helpers/server.ts';
import { signIn } from '../../helpers/sign-in.ts';
import { fillChecklist, openTab, planAnswers, signBoth } from '../inspector/helpers.ts';

const CSV = resolve(import.meta.dirname, 'units.csv');
const SHOTS = resolve('test-results/office');
const INSPECTOR = { username: 'thanhtra1', password: 'mat-khau-thanh-tra-1', displayName: 'Nguyễn Văn An' };
const OFFICE = { username: 'vanphong', password: 'mat-khau-van-phong', displayName: 'Lò Thị Hương' };

/** Syncs now and waits until nothing is left to send. */
async function syncNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
  await expect
    .poll(async () => (await page.getByTestId('sync-waiting').textContent()) ?? '', { timeout: 20_000 })
    .toBe('0');
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).and(page.locator(':enabled')).waitFor();
}

describe('the office plans a year and sees an inspector’s result', () => {
  let server: RunningServer;
  let office: Tablet;
  let tablet: Tablet | undefined;
  keepArtifactsOnFailure(() => [office, tablet].filter((t): t is Tablet => t !== undefined));

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // E2E_DIST_DIR: a private build, when other work rebuilds dist/ while this test runs.
    server = await startServer({ distDir: process.env.E2E_DIST_DIR });
    await createAccounts(server.dbFile, [
      { ...OFFICE, role: 'admin' },
      { ...INSPECTOR, role: 'inspector' },
    ]);
    office = await Tablet.launch({ baseUrl: server.url, name: 'office', viewport: TABLET_LANDSCAPE });
  });
  afterAll(async () => {
    await tablet?.close();
    await office?.close();
    await server?.stop();
  });

  it('imports units, approves a plan at quota, and the completed inspection shows on the dashboard', async () => {
    const page = await office.open('/');
    await signIn(page, OFFICE.username, OFFICE.password);
    await page.getByRole('link', { name: 'Văn phòng', exact: true }).click();
    await page.getByTestId('office-dashboard').waitFor();

    // Units from a CSV file (UTF-8 with BOM), with one bad row shown and left out.
    await page
      .getByRole('navigation', { name: 'Văn phòng Sở' })
      .getByRole('link', { name: 'Đơn vị' })
      .click();
    await page.getByLabel('Chọn tệp CSV').setInputFiles(CSV);
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    await expect(preview.locator('tbody tr').count()).resolves.toBe(13);
    const bad = preview.locator('tr.row-error');
    await expect(bad.count()).resolves.toBe(1);
    await expect(bad.textContent()).resolves.toContain('Loại “Cục” không hợp lệ');
    await expect(bad.locator('td').first().textContent()).resolves.toBe('10');
    await page.getByRole('button', { name: 'Nhập 12 đơn vị' }).click();
    await page.getByText('Đã nhập: thêm 12 đơn vị, cập nhật 0 đơn vị.').waitFor();
    await expect.poll(() => page.getByTestId('units-table').locator('tbody tr').count()).toBe(12);
    await expect(page.getByTestId('unit-count').textContent()).resolves.toContain('12 đơn vị đang hoạt động');

    // The province's target for A3.T3, set while the 2025 catalogue is still unused.
    await page
      .getByRole('navigation', { name: 'Văn phòng Sở' })
      .getByRole('link', { name: 'Bộ tiêu chí' })
      .click();
    await page.getByTestId('catalogue-state').getByText('Chưa được dùng').waitFor();
    await page.getByLabel('Chỉ tiêu A3.T3').fill('50');
    await page.getByLabel('Chỉ tiêu A3.T3').blur();
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu thay đổi.').waitFor();
    await page.getByText('2 tiêu chí chờ chỉ tiêu UBND tỉnh giao: A3.T4, A4.K2.').waitFor();

    // A plan for 2025: the proposal meets the quota; one unit removed, approval is refused.
    await page.goto(new URL('/office/plans/2025', server.url).href);
    await page.getByRole('button', { name: 'Lập kế hoạch đề xuất' }).click();
    const quota = page.getByTestId('quota');
    await expect.poll(() => quota.textContent()).toBe('Đã chọn 3/3 đơn vị bắt buộc');
    const rows = page.getByTestId('plan-table').locator('tbody tr');
    const planned = rows.filter({ has: page.locator('input[type="checkbox"]:checked') });
    await expect(planned.count()).resolves.toBe(3);
    const firstName = (await planned.first().locator('strong').textContent()) ?? '';
    // The boxes follow the stored plan (a live query), so the state changes when the write lands, a moment
    // after the click: click, then wait for the effect (check()/uncheck() look too early).
    await page.getByLabel(`Đưa “${firstName}” vào kế hoạch`).click();
    await expect.poll(() => quota.textContent()).toBe('Đã chọn 2/3 đơn vị bắt buộc');
    await page.getByRole('button', { name: 'Phê duyệt kế hoạch' }).click();
    await page
      .getByTestId('plan-errors')
      .getByText('Kế hoạch mới có 2 đơn vị, cần ít nhất 3 (20% của 12 đơn vị đang hoạt động)')
      .waitFor();
    await page.screenshot({ path: resolve(SHOTS, 'plan-refused-1280x800.png'), fullPage: true });

    // Back to quota, then a schedule with an inspector for each planned unit.
    await page.getByLabel(`Đưa “${firstName}” vào kế hoạch`).click();
    await expect.poll(() => quota.textContent()).toBe('Đã chọn 3/3 đơn vị bắt buộc');
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      const row = planned.nth(i);
      const name = (await row.locator('strong').textContent()) ?? '';
      names.push(name);
      await page.getByLabel(`Ngày kiểm tra ${name}`).fill(`2025-0${i + 4}-15`);
      await page.getByLabel(`Trưởng đoàn ${name}`).fill(INSPECTOR.displayName);
      await page.getByLabel(`Thành viên ${name}`).fill('Trần Thị Bình, Phạm Thu Dung');
      await page.getByLabel(`Thành viên ${name}`).blur();
      const account = page
        .getByRole('group', { name: `Tài khoản kiểm tra ${name}` })
        .getByLabel(INSPECTOR.displayName);
      await account.click();
      await expect.poll(() => account.isChecked()).toBe(true);
    }
    await page.getByRole('button', { name: 'Phê duyệt kế hoạch' }).click();
    await page.getByText('Đã phê duyệt kế hoạch và tạo 3 cuộc kiểm tra').waitFor();
    await page.screenshot({ path: resolve(SHOTS, 'plan-approved-1280x800.png'), fullPage: true });
    await page
      .getByRole('navigation', { name: 'Văn phòng Sở' })
      .getByRole('link', { name: 'Bộ tiêu chí' })
      .click();
    await page.getByTestId('catalogue-state').getByText('Đã khóa').waitFor();
    await page.getByRole('button', { name: 'Tạo phiên bản mới với các thay đổi' }).waitFor();
    await syncNow(page);

    // The inspector's tablet downloads the assigned inspection and completes it offline.
    tablet = await Tablet.launch({ baseUrl: server.url, name: 'inspector', viewport: TABLET_LANDSCAPE });
    const ipad = await tablet.open('/');
    await signIn(ipad, INSPECTOR.username, INSPECTOR.password);
    const unit = names[0] ?? '';
    const link = ipad.getByTestId('inspection-list').getByRole('link', { name: new RegExp(unit) });
    await link.waitFor({ timeout: 20_000 });
    await expect(ipad.getByTestId('inspection-list').getByRole('link').count()).resolves.toBe(3);
    await link.click();
    await ipad.getByTestId('criterion-card').first().waitFor();
    await tablet.setOffline(true);

    await openTab(ipad, 'Thông tin');
    await ipad.locator('#new-rep-name').fill('Lò Thị Hương');
    await ipad.locator('#new-rep-title').fill('Chánh Văn phòng');
    await ipad.getByRole('button', { name: 'Thêm người đại diện' }).click();
    await ipad.getByTestId('representative').waitFor();

    const plan = planAnswers();
    await fillChecklist(ipad, plan);
    await signBoth(ipad);
    await ipad.getByTestId('complete').click();
    await ipad.getByTestId('completed').waitFor();

    await tablet.setOffline(false);
    await syncNow(ipad);
    await expect.poll(() => ipad.getByTestId('sync-photos').textContent(), { timeout: 20_000 }).toBe('0');

    // The office syncs and sees it done, with the score the domain gives for those answers.
    // Scored against the office's catalogue (A3.T3 now judged), not the one bundled with the app.
    const edited = editCatalogue(CCHC_2025, { criteria: { 'A3.T3': { target: 50 } } }, false);
    if (!edited.ok) throw new Error('the edit is valid');
    const answers = new Map<string, Answer>([...plan].map(([id, p]) => [id, p.answer]));
    const expected = scoreInspection(edited.catalogue, answers);
    expect(expected.overall.percent).not.toBe(scoreInspection(CCHC_2025, answers).overall.percent);
    await page.goto(new URL('/office?year=2025', server.url).href);
    await syncNow(page);
    const dashboard = page.getByTestId('office-dashboard');
    await expect
      .poll(() => dashboard.getByTestId('coverage-done').locator('.stat-number').textContent())
      .toBe('1');
    await expect(
      dashboard.getByTestId('coverage-planned').locator('.stat-number').textContent(),
    ).resolves.toBe('3');
    await expect(
      dashboard.getByTestId('coverage-required').locator('.stat-number').textContent(),
    ).resolves.toBe('3');
    const row = dashboard.getByTestId('dashboard-inspections').locator('tr', { hasText: unit });
    await expect(row.textContent()).resolves.toContain('hoàn thành');
    await expect(row.textContent()).resolves.toContain(formatPercent(expected.overall.percent ?? 0));
    const a1 = expected.areas.find((a) => a.areaId === 'A1');
    await expect(dashboard.getByTestId('bar-A1').textContent()).resolves.toContain(
      formatPercent(a1?.percent ?? 0),
    );
    await dashboard.getByTestId('missing-photos').getByText('Máy chủ đã có đủ ảnh và chữ ký.').waitFor();
    await page.screenshot({ path: resolve(SHOTS, 'dashboard-1280x800.png'), fullPage: true });
  });
});

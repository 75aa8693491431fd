import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../../src/domain/api/sync.ts';
import { login } from '../../helpers/accounts.ts';
import { TABLET_LANDSCAPE, Tablet } from '../../helpers/browser.ts';
import { keepArtifactsOnFailure } from '../../helpers/e2e.ts';
import { type RunningServer, repoRoot, startServer } from '../../helpers/server.ts';

const run = promisify(execFile);

function demo(dataDir: string) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dataDir },
  });
}

async function pullAll(baseUrl: string, token: string): Promise<PullResponse['changes']> {
  const changes: PullResponse['changes'] = [];
  let cursor = 0;
  for (;;) {
    const response = await fetch(
      new URL(`/api/sync/pull?clientId=00000000000000aa&cursor=${cursor}&v=2`, baseUrl),
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    const page = (await response.json()) as PullResponse;
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return changes;
  }
}

describe('npm run demo', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cchc-demo-'));
  let server: RunningServer;
  let office: Tablet | undefined;
  keepArtifactsOnFailure(() => (office ? [office] : []));

  beforeAll(async () => {
    const first = await demo(dataDir);
    expect(first.stdout).toContain('Đã nạp 19 dòng dữ liệu mẫu');
    expect(first.stdout).toContain('vanphong / vanphong-2025');
    expect(first.stdout).toContain('thanhtra1 / thanhtra1-2025');
    const second = await demo(dataDir);
    expect(second.stdout).toContain('Dữ liệu mẫu đã có sẵn');
    expect(second.stdout).toContain('đã có từ trước');
    server = await startServer({ dataDir, distDir: process.env.E2E_DIST_DIR });
  });
  afterAll(async () => {
    await office?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads the department once, however often it runs, with inspections for each inspector', async () => {
    const admin = await pullAll(server.url, await login(server.url, 'vanphong', 'vanphong-2025'));
    const count = (table: string) => admin.filter((c) => c.table === table).length;
    expect([count('units'), count('catalogues'), count('plans'), count('inspections')]).toEqual([
      13, 1, 1, 4,
    ]);
    const plan = admin.find((c) => c.table === 'plans');
    expect(plan?.fields.status).toBe('approved');
    expect(plan?.fields.required).toBe(3);

    const inspector = await pullAll(server.url, await login(server.url, 'thanhtra2', 'thanhtra2-2025'));
    const names = inspector.filter((c) => c.table === 'inspections').map((c) => c.fields.unitName);
    expect(names.sort()).toEqual(['Phòng Chuyển đổi số', 'Phòng Kế hoạch - Tài chính']);
  });

  it('shows the approved plan on the office dashboard', async () => {
    office = await Tablet.launch({ baseUrl: server.url, name: 'demo-office', viewport: TABLET_LANDSCAPE });
    const page = await office.open('/');
    await page.getByTestId('sync-status').getByRole('link', { name: 'Đăng nhập' }).click();
    await page.getByLabel('Tên đăng nhập').fill('vanphong');
    await page.getByLabel('Mật khẩu').fill('vanphong-2025');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('sync-status').getByText('Đồng bộ lúc').waitFor({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Văn phòng', exact: true }).click();
    const dashboard = page.getByTestId('office-dashboard');
    await dashboard.getByText('Tổng quan công tác kiểm tra CCHC năm 2025').waitFor();
    await expect
      .poll(() => dashboard.getByTestId('coverage-planned').locator('.stat-number').textContent())
      .toBe('4');
    await expect(
      dashboard.getByTestId('coverage-required').locator('.stat-number').textContent(),
    ).resolves.toBe('3');
    await expect(dashboard.getByTestId('dashboard-inspections').locator('tbody tr').count()).resolves.toBe(4);
    await page
      .getByRole('navigation', { name: 'Văn phòng Sở' })
      .getByRole('link', { name: 'Đơn vị' })
      .click();
    await page
      .getByTestId('units-table')
      .getByText('Đã sáp nhập vào Phòng Tiêu chuẩn Đo lường Chất lượng')
      .waitFor();
  });
});

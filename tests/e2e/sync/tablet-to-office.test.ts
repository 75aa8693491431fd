import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccounts } from '../../helpers/accounts.ts';
import { TABLET_LANDSCAPE, Tablet } from '../../helpers/browser.ts';
import { keepArtifactsOnFailure } from '../../helpers/e2e.ts';
import { type RunningServer, startServer } from '../../helpers/server.ts';
import { signIn } from '../../helpers/sign-in.ts';
import {
  card,
  createAndOpen,
  fillChecklist,
  openArea,
  openTab,
  planAnswers,
  signBoth,
} from '../inspector/helpers.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

describe('an inspection completed offline on a tablet reaches the office', () => {
  let server: RunningServer;
  let tablet: Tablet;
  let office: Tablet;
  keepArtifactsOnFailure(() => [tablet, office].filter((t): t is Tablet => t !== undefined));

  beforeAll(async () => {
    server = await startServer();
    await createAccounts(server.dbFile, [
      { username: 'thanhtra1', password: 'mat-khau-dai-1', role: 'inspector', displayName: 'Nguyễn Văn An' },
      { username: 'vanphong', password: 'mat-khau-dai-2', role: 'admin', displayName: 'Văn phòng Sở' },
    ]);
    tablet = await Tablet.launch({ baseUrl: server.url, name: 'tablet-a' });
    office = await Tablet.launch({ baseUrl: server.url, name: 'office', viewport: TABLET_LANDSCAPE });
  });
  afterAll(async () => {
    await tablet?.close();
    await office?.close();
    await server?.stop();
  });

  it('with its photo, after the tablet goes online and syncs', async () => {
    const page = await tablet.open('/');
    await signIn(page, 'thanhtra1', 'mat-khau-dai-1');
    await tablet.setOffline(true);

    const id = await createAndOpen(page, 'Phòng Quản lý chuyên ngành', '2025-11-12');
    await openTab(page, 'Thông tin');
    await page.locator('#new-team-name').fill('Nguyễn Văn An');
    await page.locator('#new-team-role').selectOption({ label: 'Trưởng đoàn' });
    await page.getByRole('button', { name: 'Thêm thành viên đoàn' }).click();
    await page.getByTestId('team-member').waitFor();
    await page.locator('#new-rep-name').fill('Hoàng Minh Đức');
    await page.getByRole('button', { name: 'Thêm người đại diện' }).click();
    await page.getByTestId('representative').waitFor();

    await fillChecklist(page, planAnswers());
    await openArea(page, 'A3');
    await card(page, 'A3.T1').getByTestId('photo-file').setInputFiles(resolve(FIXTURES, 'photo-ledger.jpg'));
    await expect
      .poll(() => card(page, 'A3.T1').getByTestId('photo-thumb').count(), { timeout: 20_000 })
      .toBe(1);

    await signBoth(page);
    await page.getByTestId('complete').click();
    await page.getByTestId('completed').waitFor();
    expect(Number(await page.getByTestId('sync-waiting').textContent())).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('sync-photos').textContent())).toBe(3); // one photo, two signatures

    // Back at the office: online, and the tablet syncs by itself (the online event).
    await tablet.setOffline(false);
    await expect.poll(() => page.getByTestId('sync-waiting').textContent(), { timeout: 30_000 }).toBe('0');
    await expect.poll(() => page.getByTestId('sync-photos').textContent(), { timeout: 30_000 }).toBe('0');

    // The office signs in on its own browser and sees the inspection, completed, with the photo.
    const desk = await office.open('/');
    await signIn(desk, 'vanphong', 'mat-khau-dai-2');
    await desk.goto(new URL(`/inspections/${id}?tab=criteria&area=A3`, server.url).href);
    await expect
      .poll(() => desk.getByTestId('inspection-status').textContent(), { timeout: 20_000 })
      .toBe('Hoàn thành');
    await openArea(desk, 'A3');
    const thumb = card(desk, 'A3.T1').getByTestId('photo-thumb');
    await expect.poll(() => thumb.count(), { timeout: 20_000 }).toBe(1);
    const loaded = await thumb
      .locator('img')
      .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
    expect(loaded).toBe(true);
  });
});

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/domain/answer.ts';
import { CCHC_2025 } from '../../../src/domain/criteria/cchc-2025.ts';
import { formatPercent } from '../../../src/domain/rate.ts';
import { scoreInspection } from '../../../src/domain/scoring.ts';
import { TABLET_LANDSCAPE } from '../../helpers/browser.ts';
import { serverAndTablet } from '../../helpers/e2e.ts';
import {
  card,
  createAndOpen,
  drawSignature,
  fillCriterion,
  openArea,
  openTab,
  planAnswers,
  readStore,
} from './helpers.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const SHOTS = resolve('test-results/inspector');

function points(n: number): string {
  return Number.isInteger(n) ? String(n) : String(n).replace('.', ',');
}

describe('an inspector fills a whole inspection offline on a tablet', () => {
  const env = serverAndTablet('whole-inspection');

  it('records figures, photos, findings and signatures, completes, and shows the right scores', async () => {
    const page = await env.tablet.open('/');
    await env.tablet.setOffline(true);
    const id = await createAndOpen(page, 'Phòng Quản lý khoa học', '2025-10-20');

    // Header: place, team (add three, remove one), unit representatives.
    await openTab(page, 'Thông tin');
    await page.getByLabel('Địa điểm').fill('Trụ sở Sở KH&CN, TP Lai Châu');
    const addMember = async (name: string, role: string) => {
      const before = await page.getByTestId('team-member').count();
      await page.locator('#new-team-name').fill(name);
      await page.locator('#new-team-role').selectOption({ label: role });
      await page.getByRole('button', { name: 'Thêm thành viên đoàn' }).click();
      await expect.poll(() => page.getByTestId('team-member').count()).toBe(before + 1);
    };
    await addMember('Nguyễn Văn An', 'Trưởng đoàn');
    await addMember('Trần Thị Bình', 'Thành viên');
    await addMember('Lê Văn Cường', 'Thành viên');
    await addMember('Phạm Thu Dung', 'Thư ký');
    await page.getByRole('button', { name: 'Xóa Lê Văn Cường' }).click();
    await expect.poll(() => page.getByTestId('team-member').count()).toBe(3);
    // A second leader is refused, in words, and the team stays as it was.
    await page.locator('#new-team-name').fill('Đỗ Văn Em');
    await page.locator('#new-team-role').selectOption({ label: 'Trưởng đoàn' });
    await page.getByRole('button', { name: 'Thêm thành viên đoàn' }).click();
    await page.getByRole('alert').filter({ hasText: 'Một đoàn chỉ có một trưởng đoàn.' }).waitFor();
    await expect(page.getByTestId('team-member').count()).resolves.toBe(3);
    await page.locator('#new-team-name').fill('');
    await page.locator('#new-rep-name').fill('Hoàng Minh Đức');
    await page.locator('#new-rep-title').fill('Trưởng phòng');
    await page.getByRole('button', { name: 'Thêm người đại diện' }).click();
    await page.getByTestId('representative').waitFor();

    // Every criterion of every area.
    await openTab(page, 'Tiêu chí');
    const plan = planAnswers();
    for (const area of CCHC_2025.areas) {
      await openArea(page, area.id);
      for (const c of area.criteria) {
        const planned = plan.get(c.id);
        if (planned) await fillCriterion(page, c, planned);
      }
    }

    // A wrong figure shows readAnswer's Vietnamese message and the state word, then is corrected.
    const target = CCHC_2025.areas
      .flatMap((a) => a.criteria)
      .find(
        (c) => c.measure.type === 'percent' && c.target !== null && !plan.get(c.id)?.answer.notApplicable,
      );
    if (target?.measure.type !== 'percent') throw new Error('the plan has no answered percent criterion');
    const planned = plan.get(target.id)?.answer;
    await openArea(page, target.id.split('.')[0] ?? '');
    const photoCard = card(page, target.id);
    const numerator = photoCard.getByLabel(target.measure.numeratorLabel, { exact: true });
    await numerator.fill(String((planned?.denominator ?? 0) + 1));
    await photoCard.getByText('Tử số không được lớn hơn mẫu số').waitFor();
    await photoCard.getByText('Chưa hợp lệ').waitFor();
    await numerator.fill(String(planned?.numerator));
    await photoCard.getByTestId('rate').getByText(/%/).waitFor();

    // Two photos from files, compressed on the device.
    await photoCard
      .getByTestId('photo-file')
      .setInputFiles([resolve(FIXTURES, 'photo-office.jpg'), resolve(FIXTURES, 'photo-ledger.jpg')]);
    await expect.poll(() => photoCard.getByTestId('photo-thumb').count(), { timeout: 20_000 }).toBe(2);
    const evidence = await readStore<{
      width: number;
      height: number;
      sha256: string;
      mime: string;
      size: number;
    }>(page, 'evidence');
    expect(evidence).toHaveLength(2);
    for (const photo of evidence) {
      expect(Math.max(photo.width, photo.height)).toBeLessThanOrEqual(1600);
      expect(photo.mime).toBe('image/jpeg');
    }
    expect(evidence.map((e) => Math.max(e.width, e.height)).sort()).toEqual([1600, 1600]);
    const blobs = await readStore<{ sha256: string; size: number }>(page, 'blobs');
    expect(blobs.map((b) => b.sha256).sort()).toEqual(evidence.map((e) => e.sha256).sort());
    // Full view with a caption, then close.
    await photoCard.getByTestId('photo-thumb').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Chú thích ảnh').fill('Sổ theo dõi hồ sơ TTHC năm 2025');
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await expect
      .poll(async () => (await readStore<{ caption: string }>(page, 'evidence')).map((e) => e.caption))
      .toContain('Sổ theo dõi hồ sơ TTHC năm 2025');

    await page.screenshot({ path: resolve(SHOTS, 'checklist-768x1024.png') });

    // Findings and two recommendations.
    await openTab(page, 'Kết luận, kiến nghị');
    await page.getByRole('button', { name: '+ Thêm ưu điểm' }).click();
    await page.getByRole('textbox', { name: 'Ưu điểm 1' }).fill('Hồ sơ TTHC được số hóa đầy đủ, đúng hạn.');
    await page.getByRole('button', { name: '+ Thêm tồn tại, hạn chế' }).click();
    await page
      .getByRole('textbox', { name: 'Tồn tại, hạn chế 1' })
      .fill('Chưa cập nhật kịp thời danh mục dịch vụ công trực tuyến.');
    for (const [index, rec] of [
      ['Cập nhật danh mục dịch vụ công trực tuyến toàn trình.', 'Phòng Quản lý khoa học', '2025-12-31'],
      ['Rà soát quy trình nội bộ giải quyết TTHC.', 'Văn phòng Sở', '2026-03-31'],
    ].entries()) {
      await page.getByRole('button', { name: '+ Thêm kiến nghị' }).click();
      const item = page.getByTestId('recommendation').nth(index);
      await item.getByRole('textbox', { name: `Nội dung kiến nghị ${index + 1}` }).fill(rec[0] ?? '');
      await item.getByLabel('Đơn vị, người thực hiện').fill(rec[1] ?? '');
      await item.getByLabel('Thời hạn').fill(rec[2] ?? '');
    }

    // Completing before signing lists what is missing, with a link there.
    await openTab(page, 'Ký, hoàn thành');
    await page.getByTestId('complete').click();
    await page.getByRole('alert').getByText('Chưa thể hoàn thành').waitFor();
    const missing = page.getByTestId('missing');
    await missing.getByText('Trưởng đoàn kiểm tra').waitFor();
    await expect(missing.locator('li').count()).resolves.toBe(2);

    // Both signatures, drawn with the mouse.
    for (const role of ['leader', 'unitRepresentative'] as const) {
      const block = page.getByTestId(`signature-${role}`);
      await drawSignature(page, block.getByTestId('signature-canvas'));
      await block.getByRole('button', { name: 'Lưu chữ ký' }).click();
      await block.getByTestId('signed-by').waitFor();
    }
    await expect(
      page.getByTestId('signature-leader').getByTestId('signed-by').textContent(),
    ).resolves.toContain('Nguyễn Văn An');
    await expect(
      page.getByTestId('signature-unitRepresentative').getByTestId('signed-by').textContent(),
    ).resolves.toContain('Hoàng Minh Đức');
    const signatures = await readStore<{ role: string; sha256: string }>(page, 'signatures');
    expect(signatures.map((s) => s.role).sort()).toEqual(['leader', 'unitRepresentative']);
    const pngs = (await readStore<{ sha256: string; mime: string }>(page, 'blobs')).filter(
      (b) => b.mime === 'image/png',
    );
    expect(pngs.map((b) => b.sha256).sort()).toEqual(signatures.map((s) => s.sha256).sort());

    await page.getByTestId('complete').click();
    await page.getByTestId('completed').waitFor();
    await expect(page.getByTestId('inspection-status').textContent()).resolves.toBe('Hoàn thành');
    const [stored] = await readStore<{ status: string; completedAt: string | null }>(page, 'inspections');
    expect(stored?.status).toBe('completed');
    expect(stored?.completedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    // Locked: entries are read-only now.
    await openTab(page, 'Tiêu chí');
    await openArea(page, 'A1');
    await expect(card(page, 'A1.T1').locator('input, textarea').first().isDisabled()).resolves.toBe(true);

    // The summary matches scoreInspection over the same answers.
    const answers = new Map<string, Answer>([...plan].map(([cid, p]) => [cid, p.answer]));
    const expected = scoreInspection(CCHC_2025, answers);
    await openTab(page, 'Tổng hợp');
    for (const area of expected.areas) {
      const row = page.getByTestId(`summary-${area.areaId}`);
      await expect(row.locator('[data-cell="points"]').textContent()).resolves.toBe(
        `${points(area.points)}/${points(area.judgedMax)}`,
      );
      await expect(row.locator('[data-cell="met"]').textContent()).resolves.toBe(String(area.counts.met));
      await expect(row.locator('[data-cell="notMet"]').textContent()).resolves.toBe(
        String(area.counts.notMet),
      );
    }
    const overall = page.getByTestId('summary-overall');
    await expect(overall.locator('[data-cell="points"]').textContent()).resolves.toBe(
      `${points(expected.overall.points)}/${points(expected.overall.judgedMax)}`,
    );
    await expect(overall.locator('[data-cell="percent"]').textContent()).resolves.toBe(
      formatPercent(expected.overall.percent ?? 0),
    );
    expect(expected.overall.counts.met).toBeGreaterThan(0);
    expect(expected.overall.counts.notMet).toBeGreaterThan(0);
    expect(expected.overall.counts.notApplicable).toBeGreaterThan(0);
    await expect(page.getByTestId('print-link').getAttribute('href')).resolves.toBe(
      `/inspections/${id}/print`,
    );
    await page.screenshot({ path: resolve(SHOTS, 'summary-768x1024.png'), fullPage: true });

    // Landscape: two panes.
    await page.setViewportSize(TABLET_LANDSCAPE);
    await openTab(page, 'Tiêu chí');
    await openArea(page, 'A3');
    await page.screenshot({ path: resolve(SHOTS, 'checklist-1280x800.png') });
    const nav = await page.getByRole('navigation', { name: 'Lĩnh vực' }).boundingBox();
    const first = await card(page, 'A3.T1').boundingBox();
    expect(nav && first && nav.x + nav.width <= first.x).toBe(true);
  });
});

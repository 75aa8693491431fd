import { describe, expect, it } from 'vitest';
import { CCHC_2025 } from '../../../src/domain/criteria/cchc-2025.ts';
import { serverAndTablet } from '../../helpers/e2e.ts';
import { card, createAndOpen, fillCriterion, openTab, planAnswers, readStore } from './helpers.ts';

describe('work on the tablet survives closing and reloading', () => {
  const env = serverAndTablet('durability');

  it('keeps a half-filled inspection when the page is closed and opened again offline', async () => {
    const page = await env.tablet.open('/');
    await env.tablet.setOffline(true);
    const id = await createAndOpen(page, 'Trung tâm Kiểm định và Phát triển KHCN', '2025-11-03');
    const plan = planAnswers();
    const [a1, a2] = CCHC_2025.areas;
    if (!a1 || !a2) throw new Error('catalogue without areas');
    for (const c of a1.criteria) {
      const planned = plan.get(c.id);
      if (planned) await fillCriterion(page, c, planned);
    }
    await openTab(page, 'Thông tin');
    await page.getByLabel('Địa điểm').fill('Phường Tân Phong');
    // Let the last write land, as an inspector would before closing the tab, then close it.
    await expect
      .poll(async () => (await readStore<{ place: string }>(page, 'inspections'))[0]?.place)
      .toBe('Phường Tân Phong');
    const second = await env.tablet.newPage();
    await page.close();

    const response = await second.goto(
      new URL(`/inspections/${id}?tab=checklist&area=A1`, env.server.url).href,
    );
    expect(response?.fromServiceWorker()).toBe(true);
    await card(second, a1.criteria[0]?.id ?? '').waitFor();
    // The sync bar never says nothing is waiting before it has counted: "…", then the real count.
    expect(await second.getByTestId('sync-waiting').textContent()).not.toBe('0');
    await expect.poll(() => second.getByTestId('sync-waiting').textContent()).toMatch(/^[1-9]\d*$/);
    for (const c of a1.criteria) {
      const { answer, note } = plan.get(c.id) ?? {};
      const box = card(second, c.id);
      if (answer?.notApplicable) {
        await expect(box.getByTestId('not-applicable').getAttribute('aria-pressed')).resolves.toBe('true');
      } else if (c.measure.type === 'percent') {
        await expect(box.getByLabel(c.measure.numeratorLabel, { exact: true }).inputValue()).resolves.toBe(
          String(answer?.numerator),
        );
        await expect(box.getByLabel(c.measure.denominatorLabel, { exact: true }).inputValue()).resolves.toBe(
          String(answer?.denominator),
        );
      } else if (c.measure.type === 'yesNo') {
        const pressed = box.getByRole('button', { name: answer?.yesNo ? 'Có' : 'Không', exact: true });
        await expect(pressed.getAttribute('aria-pressed')).resolves.toBe('true');
      }
      if (note) await expect(box.getByLabel('Ghi chú').inputValue()).resolves.toBe(note);
    }
    const answered = a1.criteria.filter((c) => !plan.get(c.id)?.answer.notApplicable).length;
    await expect(second.getByTestId('area-A1').getByTestId('progress').textContent()).resolves.toContain(
      `Đã chấm ${answered}/${answered}`,
    );
    await openTab(second, 'Thông tin');
    await expect(second.getByLabel('Địa điểm').inputValue()).resolves.toBe('Phường Tân Phong');
  });

  it('keeps the last keystrokes when the page is reloaded while typing', async () => {
    const page = await env.tablet.page();
    await page.goto(new URL('/', env.server.url).href);
    const id = await createAndOpen(page, 'Phòng Kế hoạch - Tài chính', '2025-11-04');
    const criterion = CCHC_2025.areas[0]?.criteria[0];
    if (!criterion) throw new Error('catalogue without criteria');
    const text = 'Đã kiểm tra sổ theo dõi văn bản đến, đi năm 2025';
    const note = card(page, criterion.id).getByLabel('Ghi chú');
    await note.click();
    await page.keyboard.type(text);
    await page.reload(); // no waiting between the last keystroke and the reload

    await card(page, criterion.id).waitFor();
    await expect.poll(() => card(page, criterion.id).getByLabel('Ghi chú').inputValue()).toBe(text);
    const results = await readStore<{ id: string; note: string }>(page, 'results');
    expect(results.find((r) => r.id === `${id}:${criterion.id}`)?.note).toBe(text);
  });
});

import type { Locator, Page } from 'playwright-core';
import { type Answer, EMPTY_ANSWER } from '../../../src/domain/answer.ts';
import { CCHC_2025 } from '../../../src/domain/criteria/cchc-2025.ts';
import type { Criterion } from '../../../src/domain/schemas/catalogue.ts';

/** Creates an inspection from the home screen and opens it; returns its id. */
export async function createAndOpen(page: Page, unitName: string, date: string): Promise<string> {
  await page.getByLabel('Tên phòng, đơn vị được kiểm tra').fill(unitName);
  await page.getByLabel('Ngày kiểm tra').fill(date);
  await page.getByRole('button', { name: 'Tạo', exact: true }).click();
  const link = page.getByTestId('inspection-list').getByRole('link', { name: new RegExp(unitName) });
  await link.click();
  await page.waitForURL(/\/inspections\/[0-9a-f-]{36}/);
  const id = new URL(page.url()).pathname.split('/')[2] ?? '';
  await page.getByTestId('criterion-card').first().waitFor();
  return id;
}

export async function openTab(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Các phần của cuộc kiểm tra' })
    .getByRole('link', { name })
    .click();
}

export async function openArea(page: Page, areaId: string): Promise<void> {
  await page.getByTestId(`area-${areaId}`).click();
  await page.locator(`[data-criterion^="${areaId}."]`).first().waitFor();
}

export function card(page: Page, criterionId: string): Locator {
  return page.locator(`[data-criterion="${criterionId}"]`);
}

/** A planned answer plus an optional note, as the test types it. */
export interface PlannedAnswer {
  answer: Answer;
  note?: string;
}

const EMPTY = EMPTY_ANSWER;

/**
 * A deterministic answer for every criterion of the 2025 catalogue that exercises every kind of entry:
 * met and not-met figures, yes and no, counts, text, and some "Không áp dụng".
 */
export function planAnswers(): Map<string, PlannedAnswer> {
  const plan = new Map<string, PlannedAnswer>();
  let i = 0;
  for (const area of CCHC_2025.areas) {
    for (const c of area.criteria) {
      i += 1;
      const note = i % 6 === 0 ? `Ghi chú ${c.id}: đã đối chiếu hồ sơ gốc.` : undefined;
      plan.set(c.id, { answer: answerFor(c, i), note });
    }
  }
  return plan;
}

function answerFor(c: Criterion, i: number): Answer {
  if (i % 7 === 0 && c.measure.type !== 'text') return { ...EMPTY, notApplicable: true };
  switch (c.measure.type) {
    case 'percent':
      return i % 3 === 0
        ? { ...EMPTY, numerator: 12, denominator: 50 }
        : { ...EMPTY, numerator: 48, denominator: 48 };
    case 'yesNo':
      return { ...EMPTY, yesNo: i % 4 !== 0 };
    case 'count':
      return { ...EMPTY, count: i % 3 === 0 ? 0 : 3 };
    case 'text':
      return { ...EMPTY, text: `Đơn vị đã triển khai nội dung ${c.id} đúng kế hoạch.` };
  }
}

/** Types one planned answer into its criterion card (the area must be open). */
export async function fillCriterion(page: Page, c: Criterion, planned: PlannedAnswer): Promise<void> {
  const box = card(page, c.id);
  const { answer } = planned;
  if (answer.notApplicable) {
    await box.getByTestId('not-applicable').click();
    await box.getByTestId('not-applicable').and(box.locator('[aria-pressed="true"]')).waitFor();
  } else {
    switch (c.measure.type) {
      case 'percent':
        await box.getByLabel(c.measure.numeratorLabel, { exact: true }).fill(String(answer.numerator));
        await box.getByLabel(c.measure.denominatorLabel, { exact: true }).fill(String(answer.denominator));
        break;
      case 'yesNo':
        await box.getByRole('button', { name: answer.yesNo ? 'Có' : 'Không', exact: true }).click();
        break;
      case 'count':
        await box.getByLabel('Số lượng', { exact: true }).fill(String(answer.count));
        break;
      case 'text':
        await box.getByLabel('Kết quả ghi nhận').fill(answer.text ?? '');
        break;
    }
  }
  if (planned.note) await box.getByLabel('Ghi chú').fill(planned.note);
}

/** Reads one object store of the app's IndexedDB from the page, as stored. */
export function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('cchc-inspect');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

/** Draws a signature-like scribble with the mouse on a canvas. */
export async function drawSignature(page: Page, canvas: Locator): Promise<void> {
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('signature canvas has no box');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 30, y);
  await page.mouse.down();
  for (let step = 1; step <= 12; step++) {
    await page.mouse.move(box.x + 30 + step * 20, y + (step % 2 === 0 ? -30 : 30), { steps: 3 });
  }
  await page.mouse.up();
}

/** Answers every criterion of the 2025 catalogue as `plan` says, area by area, on the checklist tab. */
export async function fillChecklist(page: Page, plan: Map<string, PlannedAnswer>): Promise<void> {
  await openTab(page, 'Tiêu chí');
  for (const area of CCHC_2025.areas) {
    await openArea(page, area.id);
    for (const c of area.criteria) {
      const planned = plan.get(c.id);
      if (planned) await fillCriterion(page, c, planned);
    }
  }
}

/** Draws and saves both signatures on the signing tab. */
export async function signBoth(page: Page): Promise<void> {
  await openTab(page, 'Ký, hoàn thành');
  for (const role of ['leader', 'unitRepresentative'] as const) {
    const block = page.getByTestId(`signature-${role}`);
    await drawSignature(page, block.getByTestId('signature-canvas'));
    await block.getByRole('button', { name: 'Lưu chữ ký' }).click();
    await block.getByTestId('signed-by').waitFor();
  }
}

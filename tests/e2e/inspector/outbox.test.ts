import { describe, expect, it } from 'vitest';
import { CCHC_2025 } from '../../../src/domain/criteria/cchc-2025.ts';
import { serverAndTablet } from '../../helpers/e2e.ts';
import { card, createAndOpen, openArea, openTab, readStore } from './helpers.ts';

interface Entry {
  mutationId: number;
  ops: Array<{ table: string; id: string; fields: Record<string, unknown> }>;
}

describe('the outbox', () => {
  const env = serverAndTablet('outbox');

  it('holds exactly one entry per change, in the order the changes were made', async () => {
    const page = await env.tablet.open('/');
    await env.tablet.setOffline(true);
    const id = await createAndOpen(page, 'Văn phòng Sở', '2025-12-01');
    const criteria = CCHC_2025.areas.flatMap((a) => a.criteria);
    const percent = criteria.find((c) => c.measure.type === 'percent');
    const yesNo = criteria.find((c) => c.measure.type === 'yesNo');
    if (percent?.measure.type !== 'percent' || !yesNo) throw new Error('catalogue without percent or yes/no');
    const expected: Array<[table: string, id: string, fields: string[]]> = [
      ['inspections', id, ['assignedTo', 'catalogueId', 'completedAt', 'date', 'deleted', 'place', 'planId']],
    ];
    const waitForEntries = () =>
      expect.poll(async () => (await readStore(page, 'outbox')).length).toBe(expected.length);
    await waitForEntries();

    // 1. The first figure of the first answer: the result row is created, and the draft starts.
    await openArea(page, percent.id.split('.')[0] ?? '');
    await card(page, percent.id).getByLabel(percent.measure.numeratorLabel, { exact: true }).fill('45');
    expected.push([
      'results',
      `${id}:${percent.id}`,
      ['criterionId', 'deleted', 'denominator', 'inspectionId'],
    ]);
    expected.push(['inspections', id, ['status']]);
    await waitForEntries();
    // 2. The second figure.
    await card(page, percent.id).getByLabel(percent.measure.denominatorLabel, { exact: true }).fill('50');
    expected.push(['results', `${id}:${percent.id}`, ['denominator']]);
    await waitForEntries();
    // 3. A note on the same criterion.
    await card(page, percent.id).getByLabel('Ghi chú').fill('Số liệu ngày 30/11');
    expected.push(['results', `${id}:${percent.id}`, ['note']]);
    await waitForEntries();
    // 4. Yes on another criterion (its first answer; the inspection is already in progress).
    await openArea(page, yesNo.id.split('.')[0] ?? '');
    await card(page, yesNo.id).getByRole('button', { name: 'Có', exact: true }).click();
    expected.push(['results', `${id}:${yesNo.id}`, ['criterionId', 'yesNo']]);
    await waitForEntries();
    // 5. The place, 6. a finding and its text, 7. a recommendation and its content.
    await openTab(page, 'Thông tin');
    await page.getByLabel('Địa điểm').fill('Tầng 3, trụ sở Sở');
    expected.push(['inspections', id, ['place']]);
    await waitForEntries();
    await openTab(page, 'Kết luận, kiến nghị');
    await page.getByRole('button', { name: '+ Thêm ưu điểm' }).click();
    expected.push(['findings', '*', ['inspectionId', 'kind', 'order', 'text']]);
    await waitForEntries();
    await page.getByRole('textbox', { name: 'Ưu điểm 1' }).fill('Lưu trữ hồ sơ khoa học, gọn gàng.');
    expected.push(['findings', '*', ['text']]);
    await waitForEntries();
    await page.getByRole('button', { name: '+ Thêm kiến nghị' }).click();
    expected.push(['recommendations', '*', ['content', 'deadline', 'owner', 'status']]);
    await waitForEntries();
    await page.getByRole('textbox', { name: 'Nội dung kiến nghị 1' }).fill('Bổ sung quy chế văn thư.');
    expected.push(['recommendations', '*', ['content']]);
    await waitForEntries();

    const outbox = await readStore<Entry>(page, 'outbox');
    expect(outbox.map((e) => e.mutationId)).toEqual(outbox.map((_, i) => i + 1));
    expect(outbox.every((e) => e.ops.length === 1)).toBe(true);
    outbox.forEach((entry, index) => {
      const [table, rowId, fields] = expected[index] ?? [];
      const [op] = entry.ops;
      expect(op?.table, `entry ${index + 1}`).toBe(table);
      if (rowId !== '*') expect(op?.id, `entry ${index + 1}`).toBe(rowId);
      const keys = Object.keys(op?.fields ?? {});
      // Creates carry every field; the names listed are a sample that must be there. Edits carry only theirs.
      if (keys.length > (fields?.length ?? 0)) expect(keys).toEqual(expect.arrayContaining(fields ?? []));
      else expect(keys.sort()).toEqual(fields);
    });
    const [place] = outbox.filter((e) => e.ops[0]?.fields.place === 'Tầng 3, trụ sở Sở');
    expect(place).toBeDefined();
    expect(outbox.filter((e) => e.ops[0]?.fields.denominator === 50)).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { fieldLabel, tableLabel, valueText } from '../../../../src/app/office/labels.ts';

describe('audit and conflict labels', () => {
  it('names tables and fields in Vietnamese, and unknown ones as they are', () => {
    expect(tableLabel('inspections')).toBe('Cuộc kiểm tra');
    expect(fieldLabel('assignedTo')).toBe('người được giao');
    expect(fieldLabel('somethingNew')).toBe('somethingNew');
  });

  it('writes values in words: statuses, kinds, moments in Viet Nam time, booleans, lists, long texts', () => {
    expect(valueText('inProgress', 'status')).toBe('đang kiểm tra');
    expect(valueText('open', 'status')).toBe('chưa thực hiện');
    expect(valueText('donVi', 'kind')).toBe('Đơn vị sự nghiệp');
    expect(valueText('2025-04-15T01:30:00.000Z', 'completedAt')).toBe('08:30 15/04/2025');
    expect(valueText(true)).toBe('có');
    expect(valueText(null)).toBe('(trống)');
    expect(valueText([1, 2, 3])).toBe('3 mục');
    expect(valueText(12.5)).toBe('12,5');
    expect(valueText('x'.repeat(100))).toHaveLength(78);
  });
});

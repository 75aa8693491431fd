import { describe, expect, it } from 'vitest';
import {
  formatDayVi,
  formatDocNumber,
  formatNumberVi,
  formatTarget,
  formatTimeOfDayVi,
  toRoman,
} from '../../../../src/app/print/format.ts';
import { CCHC_2025 } from '../../../../src/domain/criteria/cchc-2025.ts';

const criterion = (id: string) => {
  const c = CCHC_2025.areas.flatMap((a) => a.criteria).find((k) => k.id === id);
  if (!c) throw new Error(id);
  return c;
};

describe('print formatting', () => {
  it('numbers the Mục sections in Roman numerals', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 9, 14].map(toRoman)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'IX',
      'XIV',
    ]);
  });

  it('writes Số with a leading zero below 10 and no spaces around / and -, or a blank', () => {
    expect(formatDocNumber('5', 'BB-SKHCN')).toBe('Số: 05/BB-SKHCN');
    expect(formatDocNumber('12', 'BC-SKHCN')).toBe('Số: 12/BC-SKHCN');
    expect(formatDocNumber(' ', 'BB-SKHCN')).toBe('Số: ……/BB-SKHCN');
    expect(formatDocNumber(undefined, 'BB-SKHCN')).toBe('Số: ……/BB-SKHCN');
  });

  it('writes decimals with a comma', () => {
    expect(formatNumberVi(2.5)).toBe('2,5');
    expect(formatNumberVi(10)).toBe('10');
    expect(formatNumberVi(0.125)).toBe('0,13');
  });

  it('writes the date and the Viet Nam time of an instant inside a sentence', () => {
    expect(formatDayVi('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
    expect(formatDayVi('2026-03-15')).toBe('ngày 15 tháng 3 năm 2026');
    // 18:30 UTC is 01:30 the next day in Viet Nam.
    expect(formatTimeOfDayVi('2026-01-05T18:30:00.000Z')).toBe('01 giờ 30 phút, ngày 06 tháng 01 năm 2026');
  });

  it('writes targets in words, as the plan does', () => {
    expect(formatTarget(criterion('A3.T1'))).toBe('Tối thiểu 90%');
    expect(formatTarget(criterion('A3.T2'))).toBe('100%');
    expect(formatTarget(criterion('A3.T3'))).toBe('Chưa giao');
    expect(formatTarget(criterion('A1.T1'))).toBe('Có');
    expect(formatTarget(criterion('A1.K2'))).toBe('Ghi nhận');
  });
});

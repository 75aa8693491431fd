import { describe, expect, it } from 'vitest';
import {
  formatDateTimeVi,
  formatDateVi,
  formatLongDateVi,
  IsoDate,
  IsoDateTime,
  nowIso,
  todayIso,
} from '../../../src/domain/dates.ts';

describe('formatDateVi', () => {
  it('writes day and month with two digits', () => {
    expect(formatDateVi('2026-01-05')).toBe('05/01/2026');
    expect(formatDateVi('2026-12-15')).toBe('15/12/2026');
  });

  it('refuses a string that is not a calendar date', () => {
    expect(() => formatDateVi('2026-02-30')).toThrow(RangeError);
    expect(() => formatDateVi('05/01/2026')).toThrow(RangeError);
  });
});

describe('formatLongDateVi', () => {
  it('pads a day below 10 and the month of January', () => {
    expect(formatLongDateVi('2026-01-05', 'Lai Châu')).toBe('Lai Châu, ngày 05 tháng 01 năm 2026');
  });

  it('pads February too', () => {
    expect(formatLongDateVi('2026-02-09', 'Lai Châu')).toBe('Lai Châu, ngày 09 tháng 02 năm 2026');
  });

  it('writes March to September with one digit', () => {
    expect(formatLongDateVi('2026-03-01', 'Lai Châu')).toBe('Lai Châu, ngày 01 tháng 3 năm 2026');
    expect(formatLongDateVi('2026-09-30', 'Lai Châu')).toBe('Lai Châu, ngày 30 tháng 9 năm 2026');
  });

  it('leaves two-digit days and months as they are', () => {
    expect(formatLongDateVi('2026-12-15', 'Lai Châu')).toBe('Lai Châu, ngày 15 tháng 12 năm 2026');
  });
});

describe('todayIso', () => {
  it('takes the calendar date in Viet Nam, seven hours ahead of UTC', () => {
    expect(todayIso(new Date('2026-01-04T16:59:59.999Z'))).toBe('2026-01-04');
    expect(todayIso(new Date('2026-01-04T17:00:00.000Z'))).toBe('2026-01-05');
  });

  it('uses the offset it is given', () => {
    expect(todayIso(new Date('2026-01-04T23:30:00.000Z'), 0)).toBe('2026-01-04');
  });

  it('refuses an invalid Date', () => {
    expect(() => todayIso(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('date-time helpers', () => {
  it('writes instants as UTC ISO strings the schema accepts', () => {
    const iso = nowIso(new Date(Date.UTC(2026, 0, 5, 3, 4, 5)));
    expect(iso).toBe('2026-01-05T03:04:05.000Z');
    expect(IsoDateTime.safeParse(iso).success).toBe(true);
  });

  it('shows an instant in Vietnamese local time', () => {
    expect(formatDateTimeVi('2026-01-05T03:04:05.000Z')).toBe('10:04 05/01/2026');
    expect(formatDateTimeVi('2026-01-04T20:00:00Z')).toBe('03:00 05/01/2026');
  });

  it('accepts leap days only in leap years', () => {
    expect(IsoDate.safeParse('2028-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2026-02-29').success).toBe(false);
  });

  it('refuses date-times with an offset, so stored instants sort by time', () => {
    expect(IsoDateTime.safeParse('2026-01-05T10:04:05+07:00').success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { Answer, EMPTY_ANSWER, readAnswer } from '../../../src/domain/answer.ts';
import type { Measure } from '../../../src/domain/schemas/catalogue.ts';

const percent: Measure = {
  type: 'percent',
  numeratorLabel: 'Số hồ sơ đúng hạn',
  denominatorLabel: 'Số hồ sơ',
};
const fraction = (numerator: number | null, denominator: number | null) =>
  readAnswer(percent, { ...EMPTY_ANSWER, numerator, denominator });
const codes = (r: ReturnType<typeof readAnswer>) => (r.kind === 'invalid' ? r.errors.map((e) => e.code) : []);

describe('Answer', () => {
  it('has exactly the fields the result row stores', () => {
    expect(Object.keys(Answer.shape).sort()).toEqual(
      ['count', 'denominator', 'notApplicable', 'numerator', 'text', 'yesNo'].sort(),
    );
    expect(Answer.safeParse(EMPTY_ANSWER).success).toBe(true);
  });

  it('keeps wrong figures as typed, so the form can show them with the error', () => {
    expect(Answer.safeParse({ ...EMPTY_ANSWER, numerator: -3, denominator: 2.5 }).success).toBe(true);
  });
});

describe('readAnswer on a percent', () => {
  it('reads two valid figures', () => {
    expect(fraction(45, 50)).toEqual({ kind: 'percent', numerator: 45, denominator: 50 });
  });

  it('treats no answer, or no figures, as unanswered and never as zero', () => {
    expect(readAnswer(percent, undefined)).toEqual({ kind: 'unanswered' });
    expect(fraction(null, null)).toEqual({ kind: 'unanswered' });
  });

  it('refuses a numerator above the denominator in Vietnamese', () => {
    const r = fraction(51, 50);
    expect(r).toEqual({
      kind: 'invalid',
      errors: [
        { field: 'numerator', code: 'numeratorAboveDenominator', message: 'Tử số không được lớn hơn mẫu số' },
      ],
    });
  });

  it('refuses a zero denominator and points to "Không áp dụng"', () => {
    const r = fraction(0, 0);
    expect(codes(r)).toEqual(['zeroDenominator']);
    if (r.kind === 'invalid') expect(r.errors[0]?.message).toMatch(/^Mẫu số phải lớn hơn 0.*Không áp dụng/);
  });

  it('accepts a zero numerator', () => {
    expect(fraction(0, 7)).toEqual({ kind: 'percent', numerator: 0, denominator: 7 });
  });

  it('refuses negative and fractional figures, field by field', () => {
    const r = fraction(-1, 2.5);
    expect(r.kind === 'invalid' ? r.errors : []).toEqual([
      { field: 'numerator', code: 'negative', message: 'Tử số không được âm' },
      { field: 'denominator', code: 'notInteger', message: 'Mẫu số phải là số nguyên' },
    ]);
  });

  it('refuses figures above one billion', () => {
    expect(codes(fraction(1, 2_000_000_000))).toEqual(['tooLarge']);
  });

  it('asks for the missing figure when only one is given', () => {
    const r = fraction(3, null);
    expect(r.kind === 'invalid' ? r.errors : []).toEqual([
      { field: 'denominator', code: 'incomplete', message: 'Cần nhập cả tử số và mẫu số' },
    ]);
  });

  it('lets "not applicable" win over any figures', () => {
    expect(
      readAnswer(percent, { ...EMPTY_ANSWER, notApplicable: true, numerator: 9, denominator: 1 }),
    ).toEqual({
      kind: 'notApplicable',
    });
  });
});

describe('readAnswer on other measures', () => {
  it('reads yes and no, and an empty choice as unanswered', () => {
    expect(readAnswer({ type: 'yesNo' }, { ...EMPTY_ANSWER, yesNo: false })).toEqual({
      kind: 'yesNo',
      value: false,
    });
    expect(readAnswer({ type: 'yesNo' }, { ...EMPTY_ANSWER, count: 3 })).toEqual({ kind: 'unanswered' });
  });

  it('reads a whole count, and refuses a fractional or negative one', () => {
    const count: Measure = { type: 'count' };
    expect(readAnswer(count, { ...EMPTY_ANSWER, count: 0 })).toEqual({ kind: 'count', value: 0 });
    expect(codes(readAnswer(count, { ...EMPTY_ANSWER, count: 2.5 }))).toEqual(['notInteger']);
    const negative = readAnswer(count, { ...EMPTY_ANSWER, count: -2 });
    expect(negative.kind === 'invalid' ? negative.errors[0]?.message : '').toBe('Số lượng không được âm');
  });

  it('counts a text as answered only when it has more than blanks', () => {
    expect(readAnswer({ type: 'text' }, { ...EMPTY_ANSWER, text: '  \n' })).toEqual({ kind: 'unanswered' });
    expect(readAnswer({ type: 'text' }, { ...EMPTY_ANSWER, text: ' Đã thực hiện ' })).toEqual({
      kind: 'text',
      value: 'Đã thực hiện',
    });
  });
});

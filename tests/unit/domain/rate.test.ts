import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent, meetsPercent, percentHalfUp, toRate } from '../../../src/domain/rate.ts';

describe('rates', () => {
  it('makes 45 of 50 exactly 90.0%', () => {
    expect(toRate(45, 50)).toEqual({ numerator: 45, denominator: 50, percent: 90 });
    expect(meetsPercent(toRate(45, 50), '>=', 90)).toBe(true);
  });

  it('rounds half up to one decimal for display', () => {
    expect(percentHalfUp(1, 3)).toBe(33.3);
    expect(percentHalfUp(2, 3)).toBe(66.7);
    expect(percentHalfUp(1, 8)).toBe(12.5);
    expect(percentHalfUp(1, 16)).toBe(6.3); // 6.25 → 6.3
    expect(percentHalfUp(1799, 2000)).toBe(90); // 89.95 → 90.0
  });

  it('judges on the exact fraction, so 89.95% shows as 90.0 but does not meet ≥ 90', () => {
    const rate = toRate(1799, 2000);
    expect(rate.percent).toBe(90);
    expect(meetsPercent(rate, '>=', 90)).toBe(false);
    expect(meetsPercent(toRate(1800, 2000), '>=', 90)).toBe(true);
  });

  it('applies "=" and "<=" exactly', () => {
    expect(meetsPercent(toRate(99, 100), '=', 100)).toBe(false);
    expect(meetsPercent(toRate(7, 7), '=', 100)).toBe(true);
    expect(meetsPercent(toRate(1, 5), '<=', 20)).toBe(true);
    expect(meetsPercent(toRate(201, 1000), '<=', 20)).toBe(false);
  });

  it('compares against a target with one decimal', () => {
    expect(meetsPercent(toRate(895, 1000), '>=', 89.5)).toBe(true);
    expect(meetsPercent(toRate(894, 1000), '>=', 89.5)).toBe(false);
  });

  it('writes percents with a decimal comma', () => {
    expect(formatPercent(90)).toBe('90,0%');
    expect(formatPercent(33.3)).toBe('33,3%');
  });

  it('is monotone in the numerator, for display and for met', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        (den, u, v, targetTenths) => {
          const [lo, hi] = [Math.floor(Math.min(u, v) * den), Math.floor(Math.max(u, v) * den)];
          const target = targetTenths / 10;
          expect(percentHalfUp(lo, den)).toBeLessThanOrEqual(percentHalfUp(hi, den));
          if (meetsPercent(toRate(lo, den), '>=', target))
            expect(meetsPercent(toRate(hi, den), '>=', target)).toBe(true);
        },
      ),
    );
  });

  it('agrees with exact rational rounding for any valid figures', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (den, u) => {
          const num = Math.floor(u * den);
          const tenths = (BigInt(num) * 2000n + BigInt(den)) / (2n * BigInt(den));
          expect(percentHalfUp(num, den)).toBe(Number(tenths) / 10);
        },
      ),
    );
  });
});

import type { Comparator } from './schemas/catalogue.ts';

/**
 * A rate from whole figures. Rounding rule: `percent` is for display, rounded half-up to one
 * decimal (45/50 → 90.0, 1799/2000 = 89.95 → 90.0); met / not met is decided on the exact fraction,
 * never on the rounded figure, so 89.95% stays below a 90% target even though it shows as 90.0.
 */
export interface Rate {
  numerator: number;
  denominator: number;
  percent: number;
}

/** The rate of valid figures (0 ≤ numerator ≤ denominator, denominator > 0, whole numbers). */
export function toRate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, percent: percentHalfUp(numerator, denominator) };
}

/**
 * part / whole as a percent rounded half-up to one decimal, for non-negative integers (whole > 0).
 * Integer arithmetic: floor((2000·part + whole) / (2·whole)) tenths.
 */
export function percentHalfUp(part: number, whole: number): number {
  return Math.floor((2000 * part + whole) / (2 * whole)) / 10;
}

/** Compares two exact integers. */
export function compareWith(comparator: Comparator, actual: number, target: number): boolean {
  switch (comparator) {
    case '>=':
      return actual >= target;
    case '=':
      return actual === target;
    case '<=':
      return actual <= target;
  }
}

/**
 * Whether numerator/denominator meets a percent target (at most one decimal), compared exactly:
 * numerator/denominator ⋚ target/100 ⇔ 1000·numerator ⋚ (10·target)·denominator.
 */
export function meetsPercent(rate: Rate, comparator: Comparator, target: number): boolean {
  return compareWith(comparator, 1000 * rate.numerator, Math.round(target * 10) * rate.denominator);
}

/** A percent as Vietnamese write it: decimal comma, one decimal. @example formatPercent(90) // '90,0%' */
export function formatPercent(percent: number): string {
  return `${percent.toFixed(1).replace('.', ',')}%`;
}

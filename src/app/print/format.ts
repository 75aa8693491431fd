import { formatLongDateVi, VIETNAM_OFFSET_MINUTES } from '../../domain/dates.ts';
import type { Comparator, Criterion } from '../../domain/schemas/catalogue.ts';

/** What a blank the user fills by hand looks like on paper. */
export const BLANK = '……';

/** The province printed before the date (Nghị định 30/2020, box 4). */
export const DOCUMENT_PLACE = 'Lai Châu';

/** A number as Vietnamese write it: decimal comma, no trailing zeros. @example formatNumberVi(2.5) // '2,5' */
export function formatNumberVi(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Section numbers of the Mục level (Nghị định 30/2020, Phụ lục I). @example toRoman(7) // 'VII' */
export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/**
 * The "Số:" box: a number below 10 gets a leading zero, "/" and "-" carry no spaces; no number yet
 * leaves a blank to fill by hand. @example formatDocNumber('5', 'BB-SKHCN') // 'Số: 05/BB-SKHCN'
 */
export function formatDocNumber(number: string | null | undefined, symbol: string): string {
  const trimmed = (number ?? '').trim();
  const shown = trimmed === '' ? BLANK : /^\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
  return `Số: ${shown}/${symbol}`;
}

/** The date inside a sentence: 'ngày 05 tháng 01 năm 2026' (same zero rules as the heading date). */
export function formatDayVi(iso: string): string {
  return formatLongDateVi(iso, DOCUMENT_PLACE).slice(DOCUMENT_PLACE.length + 2);
}

/** Viet Nam wall-clock time of an instant, as a sentence says it: '10 giờ 04 phút, ngày 05 tháng 01 năm 2026'. */
export function formatTimeOfDayVi(instant: string): string {
  const local = new Date(Date.parse(instant) + VIETNAM_OFFSET_MINUTES * 60_000).toISOString();
  return `${local.slice(11, 13)} giờ ${local.slice(14, 16)} phút, ${formatDayVi(local.slice(0, 10))}`;
}

// Words, as the plan writes its targets ("đạt tối thiểu 90%"); no ≥ sign, which the Tinos subsets lack.
const COMPARATOR_WORDS = { '>=': 'Tối thiểu ', '<=': 'Tối đa ', '=': '' } as const satisfies Record<
  Comparator,
  string
>;

/** A criterion's target as the table prints it: 'Tối thiểu 90%', '100%', 'Có', 'Tối đa 12', or why there is none. */
export function formatTarget(c: Criterion): string {
  if (c.measure.type === 'text') return 'Ghi nhận';
  if (c.target === null) return 'Chưa giao';
  const sign = c.comparator === null ? '' : COMPARATOR_WORDS[c.comparator];
  if (typeof c.target === 'boolean') return c.target ? 'Có' : 'Không';
  const value = formatNumberVi(c.target);
  return c.measure.type === 'percent' ? `${sign}${value}%` : `${sign}${value}`;
}

import { z } from 'zod';

/**
 * Dates travel as ISO strings: calendar dates as `yyyy-mm-dd`, instants as UTC `…T…Z`. Nothing here reads the
 * runtime time zone: the tablet, the server and the tests may each run in a different one, so local time is
 * always computed from an explicit offset (Viet Nam: UTC+7, no daylight saving since 1975).
 */

/** A calendar date, `yyyy-mm-dd`, checked against the calendar (no 30 February). */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant in UTC, e.g. `2026-01-05T03:04:05.000Z` (offsets are refused, so strings sort by time). */
export const IsoDateTime = z.iso.datetime();
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** Viet Nam's offset from UTC, in minutes. */
export const VIETNAM_OFFSET_MINUTES = 7 * 60;

function parts(iso: string): { year: string; month: number; day: number } {
  if (!IsoDate.safeParse(iso).success) throw new RangeError(`not an ISO date: ${iso}`);
  return { year: iso.slice(0, 4), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The short Vietnamese form of a date: day/month/year with two-digit day and month.
 * @example formatDateVi('2026-01-05') // '05/01/2026'
 */
export function formatDateVi(iso: string): string {
  const { year, month, day } = parts(iso);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/**
 * The place-and-date line of an administrative document (Nghị định 30/2020, Phụ lục I, box 4): days below 10
 * and the months 1 and 2 get a leading zero, other months do not (domain/cchc-domain.md §4).
 * @example formatLongDateVi('2026-01-05', 'Lai Châu') // 'Lai Châu, ngày 05 tháng 01 năm 2026'
 * @example formatLongDateVi('2026-03-15', 'Lai Châu') // 'Lai Châu, ngày 15 tháng 3 năm 2026'
 */
export function formatLongDateVi(iso: string, place: string): string {
  const { year, month, day } = parts(iso);
  const monthText = month <= 2 ? pad2(month) : String(month);
  return `${place}, ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
}

function shifted(now: Date, offsetMinutes: number): Date {
  const ms = now.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid Date');
  return new Date(ms + offsetMinutes * 60_000);
}

/** The calendar date of an instant at a given UTC offset (Viet Nam by default). */
export function todayIso(now: Date, offsetMinutes: number = VIETNAM_OFFSET_MINUTES): IsoDate {
  return shifted(now, offsetMinutes).toISOString().slice(0, 10);
}

/** An instant as the UTC ISO string the schemas expect. */
export function nowIso(now: Date): IsoDateTime {
  return shifted(now, 0).toISOString();
}

/**
 * An instant as Vietnamese local time, `HH:mm dd/mm/yyyy`, at a given UTC offset (Viet Nam by default).
 * @example formatDateTimeVi('2026-01-05T03:04:05.000Z') // '10:04 05/01/2026'
 */
export function formatDateTimeVi(iso: string, offsetMinutes: number = VIETNAM_OFFSET_MINUTES): string {
  if (!IsoDateTime.safeParse(iso).success) throw new RangeError(`not an ISO date-time: ${iso}`);
  const local = shifted(new Date(iso), offsetMinutes).toISOString();
  return `${local.slice(11, 16)} ${formatDateVi(local.slice(0, 10))}`;
}

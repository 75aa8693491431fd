import { todayIso } from '../../domain/dates.ts';
import { formatPercent } from '../../domain/rate.ts';

export { formatDate } from '../format.ts';

/** A moment in Viet Nam time, as the office reads it: 14:05 27/11/2026. */
export function formatDateTime(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  if (Number.isNaN(local.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(local.getUTCHours())}:${p(local.getUTCMinutes())} ${p(local.getUTCDate())}/${p(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

/** A score or rate in percent, or a dash while there is none. */
export function percentText(percent: number | null): string {
  return percent === null ? '–' : formatPercent(percent);
}

/** Today in Viet Nam, `yyyy-mm-dd`. */
export function todayVn(): string {
  return todayIso(new Date());
}

/** The current year in Viet Nam. */
export function currentYear(): number {
  return Number(todayVn().slice(0, 4));
}

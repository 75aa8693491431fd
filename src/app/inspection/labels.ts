import type { Area, Criterion } from '../../domain/schemas/catalogue.ts';
import type { CriterionStatus } from '../../domain/scoring.ts';
import { lang, type MessageKey, t } from '../i18n.ts';

const COMPARATORS = { '>=': '≥', '=': '=', '<=': '≤' } as const;

/** The target as the plan states it: "≥ 90%", "Có", "≥ 1 văn bản", or "Chưa có chỉ tiêu". */
export function targetText(c: Criterion): string {
  if (c.measure.type === 'text') return '–';
  if (c.target === null || c.comparator === null) {
    return c.targetSource ? `${t('noTarget')} (${c.targetSource})` : t('noTarget');
  }
  const strive = c.strive ? `${t('strive')} ` : '';
  if (typeof c.target === 'boolean') return strive + (c.target ? t('yes') : t('no'));
  const comparator = COMPARATORS[c.comparator];
  const value = String(c.target).replace('.', ',');
  if (c.measure.type === 'percent') return `${strive}${comparator} ${value}%`;
  const unit = c.measure.type === 'count' && c.measure.unit ? ` ${c.measure.unit}` : '';
  return `${strive}${comparator} ${value}${unit}`;
}

export const STATUS_KEYS = {
  met: 's_met',
  notMet: 's_notMet',
  unanswered: 's_unanswered',
  invalid: 's_invalid',
  notApplicable: 's_notApplicable',
  notJudged: 's_notJudged',
} as const satisfies Record<CriterionStatus, MessageKey>;

/** A mark that goes with each status word, so status is never colour alone. */
export const STATUS_ICONS = {
  met: '✓',
  notMet: '✗',
  unanswered: '○',
  invalid: '!',
  notApplicable: '–',
  notJudged: '✎',
} as const satisfies Record<CriterionStatus, string>;

export function criterionText(c: Criterion): string {
  return lang.value === 'en' ? c.textEn : c.text;
}

export function areaName(a: Area): string {
  return lang.value === 'en' ? a.nameEn : a.name;
}

/** Points with a decimal comma when they have decimals. */
export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : String(points).replace('.', ',');
}

import type { z } from 'zod';
import type { Area, Comparator, Criterion, Measure, Responsible } from '../schemas/catalogue.ts';

/**
 * Default points table. The official provincial points table (Lai Châu's sở-level CCHC index) is not
 * in our sources, so these are a documented starting point the office adjusts per year with
 * `reviseCatalogue`:
 * - a measurable target (mục tiêu, plan §II) is worth 2 points: it is an outcome the plan commits to,
 *   and outcome indicators weigh more than activities in the national index (876/QĐ-BNV);
 * - a task (nhiệm vụ, plan §III–IV) judged by figures or yes/no is worth 1 point;
 * - a text criterion is a written finding, never judged, so it is worth 0 points;
 * - every area weighs 1: each area's maximum already grows with its number of criteria, so weight 1
 *   keeps a point worth the same everywhere, which is how the provincial index adds up lĩnh vực.
 */
export const DEFAULT_POINTS = { target: 2, task: 1, text: 0 } as const;

/** See DEFAULT_POINTS. */
export const DEFAULT_AREA_WEIGHT = 1;

/**
 * Default target of a count task the plan gives no number for: the activity happened at least once
 * in the year. A count the plan means only to record (e.g. feedback received) sets `target: null`.
 */
export const DEFAULT_COUNT_TARGET = 1;

type CriterionInput = z.input<typeof Criterion>;
type AreaInput = z.input<typeof Area>;

/** What a data file writes for one criterion; the rest comes from the defaults above. */
export interface CriterionDraft {
  id: string;
  text: string;
  textEn: string;
  measure: Measure;
  responsible: Responsible[];
  evidenceHint: string;
  comparator?: Comparator;
  target?: number | boolean | null;
  strive?: boolean;
  targetSource?: string;
}

/** Fills kind, comparator, target and points of a criterion from its id, measure and the defaults. */
export function criterion(draft: CriterionDraft): CriterionInput {
  const kind = draft.id.includes('.T') ? 'target' : 'task';
  const { measure } = draft;
  const isText = measure.type === 'text';
  const defaultTarget =
    measure.type === 'yesNo' ? true : measure.type === 'count' ? DEFAULT_COUNT_TARGET : null;
  return {
    ...draft,
    kind,
    comparator: isText ? null : (draft.comparator ?? (measure.type === 'yesNo' ? '=' : '>=')),
    target: draft.target === undefined ? defaultTarget : draft.target,
    strive: draft.strive ?? false,
    maxPoints: isText ? DEFAULT_POINTS.text : DEFAULT_POINTS[kind],
  };
}

/** An area with the default weight. */
export function area(a: Omit<AreaInput, 'weight' | 'criteria'> & { criteria: CriterionDraft[] }): AreaInput {
  return { ...a, weight: DEFAULT_AREA_WEIGHT, criteria: a.criteria.map(criterion) };
}

/** Measure shorthands for the data files. */
export const percent = (numeratorLabel: string, denominatorLabel: string): Measure => ({
  type: 'percent',
  numeratorLabel,
  denominatorLabel,
});
export const yesNo: Measure = { type: 'yesNo' };
export const text: Measure = { type: 'text' };
export const count = (unit: string): Measure => ({ type: 'count', unit });

import { compareWith, meetsPercent, percentHalfUp, type Rate, toRate } from './rate.ts';
import { type Answer, type AnswerError, type ReadAnswer, readAnswer } from './read-answer.ts';
import type { AreaId, Catalogue, Comparator, Criterion, CriterionId } from './schemas/catalogue.ts';

// From read-answer.ts, not answer.ts: scoring runs on the checklist's start path, which loads no zod.
export { type Answer, EMPTY_ANSWER } from './read-answer.ts';

/*
 * Scoring rules:
 * - met → the criterion's maxPoints; not met → 0. No partial credit: the plan's targets are
 *   thresholds ("đạt tối thiểu 90%"), and the CCHC index awards a criterion's points when its
 *   milestone is reached.
 * - "Scored so far" (points, judgedMax, percent) counts only met and not-met criteria. Unanswered
 *   ("chưa chấm") and invalid answers are never zero: they are left out of both points and maximum.
 * - Not applicable criteria are left out of everything, including applicableMax.
 * - notJudged: a text criterion once written (a finding, no points), or a criterion whose target is
 *   not set yet (A3.T3, A3.T4 until the province gives its 2025 figure). Left out of points and
 *   maxima; the figures are still recorded and a rate still shown.
 * - applicableMax: maxPoints over applicable criteria that can be judged, answered or not, so the UI
 *   can show progress and the best reachable score.
 * - Overall: each area's points and maxima times its weight, summed. Points and weights have at most
 *   two decimals (schema), so sums run on integer hundredths and are exact.
 */

/** What an inspector's answer makes of one criterion. */
export type CriterionStatus = 'notApplicable' | 'unanswered' | 'invalid' | 'met' | 'notMet' | 'notJudged';

interface ScoreBase {
  criterionId: CriterionId;
  /** Earned: maxPoints when met, else 0. */
  points: number;
  /** maxPoints when met or not met, else 0. */
  judgedMax: number;
  /** maxPoints when applicable and judgeable, else 0. */
  applicableMax: number;
  rate: Rate | null;
}

/** The score of one criterion. */
export type CriterionScore =
  | (ScoreBase & { status: 'notApplicable' | 'unanswered' | 'met' | 'notMet' })
  | (ScoreBase & { status: 'invalid'; errors: AnswerError[] })
  | (ScoreBase & { status: 'notJudged'; reason: 'text' | 'noTarget' });

/** How many criteria are in each state. `answered` = met + notMet + notJudged. */
export interface StatusCounts {
  total: number;
  applicable: number;
  answered: number;
  met: number;
  notMet: number;
  notJudged: number;
  invalid: number;
  unanswered: number;
  notApplicable: number;
}

/** Totals of an area or of the whole inspection. `percent` is null while nothing is judged. */
export interface ScoreTally {
  points: number;
  judgedMax: number;
  applicableMax: number;
  /** points / judgedMax in percent, rounded half-up to one decimal. */
  percent: number | null;
  counts: StatusCounts;
}

/** The score of one area and its criteria. */
export interface AreaScore extends ScoreTally {
  areaId: AreaId;
  weight: number;
  criteria: CriterionScore[];
}

/** The score of an inspection: per area, and overall with the area weights. */
export interface InspectionScore {
  areas: AreaScore[];
  overall: ScoreTally;
}

/** Answers by criterion id; a missing entry is unanswered. */
export type AnswerLookup = ReadonlyMap<string, Answer> | Readonly<Record<string, Answer | undefined>>;

/** Whether a criterion can be judged met / not met at all: it has a target and is not text. */
export function isJudgeable(c: Criterion): boolean {
  return c.measure.type !== 'text' && c.target !== null;
}

/**
 * Scores one criterion from an answer (undefined = unanswered).
 * @example scoreCriterion(a3t1, { ...EMPTY_ANSWER, numerator: 45, denominator: 50 })
 *   // → { status: 'met', points: 2, rate: { percent: 90, … }, … }
 */
export function scoreCriterion(c: Criterion, answer: Answer | undefined): CriterionScore {
  const read = readAnswer(c.measure, answer);
  const none = { criterionId: c.id, points: 0, judgedMax: 0, rate: null };
  if (read.kind === 'notApplicable') return { ...none, applicableMax: 0, status: 'notApplicable' };
  const base = { ...none, applicableMax: isJudgeable(c) ? c.maxPoints : 0 };
  switch (read.kind) {
    case 'unanswered':
      return { ...base, status: 'unanswered' };
    case 'invalid':
      return { ...base, status: 'invalid', errors: read.errors };
    case 'text':
      return { ...base, status: 'notJudged', reason: 'text' };
  }
  const rate = read.kind === 'percent' ? toRate(read.numerator, read.denominator) : null;
  if (c.target === null || c.comparator === null)
    return { ...base, rate, status: 'notJudged', reason: 'noTarget' };
  const met = isMet(read, rate, c.comparator, c.target);
  return {
    ...base,
    rate,
    status: met ? 'met' : 'notMet',
    points: met ? c.maxPoints : 0,
    judgedMax: c.maxPoints,
  };
}

function isMet(
  read: Extract<ReadAnswer, { kind: 'percent' | 'count' | 'yesNo' }>,
  rate: Rate | null,
  comparator: Comparator,
  target: number | boolean,
): boolean {
  switch (read.kind) {
    case 'percent':
      return rate !== null && typeof target === 'number' && meetsPercent(rate, comparator, target);
    case 'count':
      return typeof target === 'number' && compareWith(comparator, read.value, target);
    case 'yesNo':
      return read.value === target;
  }
}

function isMap(answers: AnswerLookup): answers is ReadonlyMap<string, Answer> {
  return answers instanceof Map;
}

/**
 * Scores a whole inspection against its catalogue: every criterion, each area, and overall.
 * @example scoreInspection(CCHC_2025, { 'A3.T1': { ...EMPTY_ANSWER, numerator: 45, denominator: 50 } })
 */
export function scoreInspection(catalogue: Catalogue, answers: AnswerLookup): InspectionScore {
  const get = (id: string): Answer | undefined => (isMap(answers) ? answers.get(id) : answers[id]);
  const areas = catalogue.areas.map((area): AreaScore => {
    const criteria = area.criteria.map((c) => scoreCriterion(c, get(c.id)));
    const sum = (pick: (s: CriterionScore) => number) =>
      criteria.reduce((t, s) => t + toHundredths(pick(s)), 0);
    const points = sum((s) => s.points);
    const judgedMax = sum((s) => s.judgedMax);
    return {
      areaId: area.id,
      weight: area.weight,
      criteria,
      ...tally(
        points,
        judgedMax,
        sum((s) => s.applicableMax),
        100,
        countStatuses(criteria),
      ),
    };
  });
  const weighted = (pick: (a: AreaScore) => number) =>
    areas.reduce((t, a) => t + toHundredths(a.weight) * toHundredths(pick(a)), 0);
  const counts = areas.map((a) => a.counts).reduce(addCounts, countStatuses([]));
  return {
    areas,
    overall: tally(
      weighted((a) => a.points),
      weighted((a) => a.judgedMax),
      weighted((a) => a.applicableMax),
      10_000,
      counts,
    ),
  };
}

function toHundredths(x: number): number {
  return Math.round(x * 100);
}

function tally(
  points: number,
  judgedMax: number,
  applicableMax: number,
  scale: number,
  counts: StatusCounts,
) {
  return {
    points: points / scale,
    judgedMax: judgedMax / scale,
    applicableMax: applicableMax / scale,
    percent: judgedMax === 0 ? null : percentHalfUp(points, judgedMax),
    counts,
  } satisfies ScoreTally;
}

function countStatuses(scores: readonly CriterionScore[]): StatusCounts {
  const n = (status: CriterionStatus) => scores.filter((s) => s.status === status).length;
  const counts = { met: n('met'), notMet: n('notMet'), notJudged: n('notJudged') };
  return {
    total: scores.length,
    applicable: scores.length - n('notApplicable'),
    answered: counts.met + counts.notMet + counts.notJudged,
    ...counts,
    invalid: n('invalid'),
    unanswered: n('unanswered'),
    notApplicable: n('notApplicable'),
  };
}

function addCounts(a: StatusCounts, b: StatusCounts): StatusCounts {
  return {
    total: a.total + b.total,
    applicable: a.applicable + b.applicable,
    answered: a.answered + b.answered,
    met: a.met + b.met,
    notMet: a.notMet + b.notMet,
    notJudged: a.notJudged + b.notJudged,
    invalid: a.invalid + b.invalid,
    unanswered: a.unanswered + b.unanswered,
    notApplicable: a.notApplicable + b.notApplicable,
  };
}

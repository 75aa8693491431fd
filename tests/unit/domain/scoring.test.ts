import { describe, expect, it } from 'vitest';
import { type Answer, EMPTY_ANSWER } from '../../../src/domain/answer.ts';
import { CCHC_2025 } from '../../../src/domain/criteria/cchc-2025.ts';
import { reviseCatalogue } from '../../../src/domain/criteria/revise.ts';
import { Catalogue, type Criterion } from '../../../src/domain/schemas/catalogue.ts';
import { isJudgeable, scoreCriterion, scoreInspection } from '../../../src/domain/scoring.ts';

const find = (id: string): Criterion => {
  const c = CCHC_2025.areas.flatMap((a) => a.criteria).find((x) => x.id === id);
  if (!c) throw new Error(`no ${id}`);
  return c;
};
const fraction = (numerator: number, denominator: number): Answer => ({
  ...EMPTY_ANSWER,
  numerator,
  denominator,
});
const yes = (yesNo: boolean): Answer => ({ ...EMPTY_ANSWER, yesNo });
const count = (n: number): Answer => ({ ...EMPTY_ANSWER, count: n });
const NA: Answer = { ...EMPTY_ANSWER, notApplicable: true };

describe('scoreCriterion', () => {
  it('scores 45 of 50 against "at least 90%" as met, 90.0%, full points', () => {
    const s = scoreCriterion(find('A3.T1'), fraction(45, 50));
    expect(s).toMatchObject({
      status: 'met',
      points: 2,
      judgedMax: 2,
      applicableMax: 2,
      rate: { percent: 90 },
    });
  });

  it('scores 89.95% against "at least 90%" as not met although it shows as 90.0%', () => {
    const s = scoreCriterion(find('A3.T1'), fraction(1799, 2000));
    expect(s).toMatchObject({ status: 'notMet', points: 0, judgedMax: 2, rate: { percent: 90 } });
  });

  it('scores 99 of 100 against "100%" as not met', () => {
    expect(scoreCriterion(find('A3.T2'), fraction(99, 100)).status).toBe('notMet');
    expect(scoreCriterion(find('A3.T2'), fraction(12, 12)).status).toBe('met');
  });

  it('reports figures it cannot judge as invalid, out of points and maximum', () => {
    const s = scoreCriterion(find('A3.T1'), fraction(51, 50));
    expect(s).toMatchObject({ status: 'invalid', points: 0, judgedMax: 0, applicableMax: 2, rate: null });
    if (s.status === 'invalid') expect(s.errors[0]?.message).toBe('Tử số không được lớn hơn mẫu số');
    expect(scoreCriterion(find('A3.T1'), fraction(0, 0)).status).toBe('invalid');
  });

  it('leaves an unanswered criterion out of points and judged maximum, but counts it as applicable', () => {
    expect(scoreCriterion(find('A3.T1'), undefined)).toMatchObject({
      status: 'unanswered',
      points: 0,
      judgedMax: 0,
      applicableMax: 2,
    });
  });

  it('leaves a not applicable criterion out of everything', () => {
    expect(scoreCriterion(find('A3.T1'), NA)).toMatchObject({
      status: 'notApplicable',
      points: 0,
      judgedMax: 0,
      applicableMax: 0,
    });
  });

  it('does not judge a rate whose target is not set yet, but still shows the rate', () => {
    const s = scoreCriterion(find('A3.T3'), fraction(3, 4));
    expect(s).toMatchObject({
      status: 'notJudged',
      reason: 'noTarget',
      points: 0,
      judgedMax: 0,
      applicableMax: 0,
    });
    expect(s.rate?.percent).toBe(75);
  });

  it('judges that rate once a revision sets the target', () => {
    const r = reviseCatalogue(CCHC_2025, { criteria: { 'A3.T3': { target: 70 } } });
    if (!r.ok) throw new Error('revision failed');
    const c = r.catalogue.areas.flatMap((a) => a.criteria).find((x) => x.id === 'A3.T3');
    if (!c) throw new Error('no A3.T3');
    expect(scoreCriterion(c, fraction(3, 4))).toMatchObject({ status: 'met', points: 2 });
  });

  it('judges yes/no against the expected answer', () => {
    expect(scoreCriterion(find('A1.T1'), yes(true))).toMatchObject({ status: 'met', points: 2 });
    expect(scoreCriterion(find('A1.T1'), yes(false))).toMatchObject({
      status: 'notMet',
      points: 0,
      judgedMax: 2,
    });
  });

  it('judges a count task against "at least once"', () => {
    expect(scoreCriterion(find('A1.K1'), count(12))).toMatchObject({ status: 'met', points: 1 });
    expect(scoreCriterion(find('A1.K1'), count(0))).toMatchObject({
      status: 'notMet',
      points: 0,
      judgedMax: 1,
    });
    expect(scoreCriterion(find('A1.K1'), count(1.5)).status).toBe('invalid');
  });

  it('judges "at most" counts once the province sets the number', () => {
    const r = reviseCatalogue(CCHC_2025, { criteria: { 'A4.K2': { target: 30 } } });
    if (!r.ok) throw new Error('revision failed');
    const c = r.catalogue.areas.flatMap((a) => a.criteria).find((x) => x.id === 'A4.K2');
    if (!c) throw new Error('no A4.K2');
    expect(scoreCriterion(c, count(30)).status).toBe('met');
    expect(scoreCriterion(c, count(31)).status).toBe('notMet');
    expect(scoreCriterion(find('A4.K2'), count(31)).status).toBe('notJudged');
  });

  it('records a written text criterion as answered but never judged', () => {
    const c = find('A1.K2');
    expect(isJudgeable(c)).toBe(false);
    expect(scoreCriterion(c, { ...EMPTY_ANSWER, text: 'Đã triển khai đầy đủ' })).toMatchObject({
      status: 'notJudged',
      reason: 'text',
      points: 0,
      applicableMax: 0,
    });
    expect(scoreCriterion(c, { ...EMPTY_ANSWER, text: ' ' }).status).toBe('unanswered');
  });
});

/** A two-area catalogue with weights 1 and 3, to check the sums by hand. */
const small = Catalogue.parse({
  ...CCHC_2025,
  id: 'test-v1',
  areas: [
    { ...CCHC_2025.areas[0], weight: 1, criteria: CCHC_2025.areas[0]?.criteria.slice(0, 4) },
    { ...CCHC_2025.areas[2], weight: 3, criteria: CCHC_2025.areas[2]?.criteria.slice(0, 4) },
  ],
});
// A1: T1 yes/no 2, T2 percent 2, T3 yes/no 2, K1 count 1. A3: T1 2, T2 2, T3 (no target), T4 (no target).

describe('scoreInspection', () => {
  it('adds up an area from its judged criteria only', () => {
    const score = scoreInspection(small, { 'A1.T1': yes(true), 'A1.T2': fraction(1, 10), 'A1.K1': count(3) });
    const a1 = score.areas[0];
    expect(a1).toMatchObject({ areaId: 'A1', points: 3, judgedMax: 5, applicableMax: 7, percent: 60 });
    expect(a1?.counts).toEqual({
      total: 4,
      applicable: 4,
      answered: 3,
      met: 2,
      notMet: 1,
      notJudged: 0,
      invalid: 0,
      unanswered: 1,
      notApplicable: 0,
    });
  });

  it('gives no percent to an area where nothing is judged yet', () => {
    const score = scoreInspection(small, {});
    expect(score.areas[1]).toMatchObject({ points: 0, judgedMax: 0, applicableMax: 4, percent: null });
    expect(score.overall.percent).toBeNull();
  });

  it('weights areas in the overall score', () => {
    const answers = new Map<string, Answer>([
      ['A1.T1', yes(true)], // A1: 2 of 2
      ['A3.T1', fraction(80, 100)], // A3: 0 of 2
      ['A3.T2', fraction(5, 5)], // A3: 2 of 2
      ['A3.T3', fraction(1, 2)], // not judged
    ]);
    const { overall } = scoreInspection(small, answers);
    // points 1·2 + 3·2 = 8; judged max 1·2 + 3·4 = 14; applicable max 1·7 + 3·4 = 19.
    expect(overall).toMatchObject({ points: 8, judgedMax: 14, applicableMax: 19, percent: 57.1 });
    expect(overall.counts).toMatchObject({ answered: 4, met: 2, notMet: 1, notJudged: 1, unanswered: 4 });
  });

  it('drops not applicable criteria from the maximum', () => {
    const score = scoreInspection(small, { 'A1.T2': NA, 'A1.T1': yes(true) });
    expect(score.areas[0]).toMatchObject({ applicableMax: 5, judgedMax: 2, percent: 100 });
    expect(score.areas[0]?.counts).toMatchObject({ applicable: 3, notApplicable: 1 });
  });

  it('reads answers from a Map or a plain record alike', () => {
    const record = { 'A1.T1': yes(true), 'A3.T1': fraction(9, 10) };
    expect(scoreInspection(small, new Map(Object.entries(record)))).toEqual(scoreInspection(small, record));
  });

  it('scores the whole 2025 catalogue, its maximum counting every judgeable criterion', () => {
    const { overall } = scoreInspection(CCHC_2025, {});
    // 24 targets: 1 text (A4.T1) → 23 judged-type, minus A3.T3 and A3.T4 without target = 21 × 2 = 42.
    // 31 tasks: 12 text, A3.K5 and A4.K2 without target → 17 × 1 = 17.
    expect(overall).toMatchObject({ points: 0, judgedMax: 0, applicableMax: 59, percent: null });
    expect(overall.counts).toMatchObject({ total: 55, applicable: 55, unanswered: 55 });
  });

  it('keeps hundredths exact when points and weights have decimals', () => {
    const r = reviseCatalogue(small, {
      areas: { A1: { weight: 0.1 }, A3: { weight: 0.2 } },
      criteria: { 'A1.T1': { maxPoints: 0.1 }, 'A3.T1': { maxPoints: 0.2 } },
    });
    if (!r.ok) throw new Error('revision failed');
    const { overall } = scoreInspection(r.catalogue, { 'A1.T1': yes(true), 'A3.T1': fraction(1, 1) });
    expect(overall.points).toBe(0.05); // 0.1·0.1 + 0.2·0.2, which is 0.05000000000000001 in plain floats
    expect(overall.percent).toBe(100);
  });
});

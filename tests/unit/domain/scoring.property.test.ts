import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answer, EMPTY_ANSWER, readAnswer } from '../../../src/domain/answer.ts';
import { CCHC_2025 } from '../../../src/domain/criteria/cchc-2025.ts';
import { reviseCatalogue } from '../../../src/domain/criteria/revise.ts';
import type { Catalogue } from '../../../src/domain/schemas/catalogue.ts';
import { isJudgeable, scoreInspection } from '../../../src/domain/scoring.ts';

const criteria = CCHC_2025.areas.flatMap((a) => a.criteria);
const figure = fc.oneof(fc.constant(null), fc.integer({ min: -2, max: 60 }), fc.constant(2.5));

/** Any answer a tablet might hold, valid or not; undefined = never touched. */
const answer: fc.Arbitrary<Answer | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(EMPTY_ANSWER),
  fc.record({
    notApplicable: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    numerator: figure,
    denominator: figure,
    yesNo: fc.option(fc.boolean()),
    count: figure,
    text: fc.option(fc.constantFrom('', ' ', 'Đã thực hiện')),
  }),
);

const answers = fc.tuple(...criteria.map(() => answer)).map((list) => {
  const record: Record<string, Answer | undefined> = {};
  criteria.forEach((c, i) => {
    if (list[i] !== undefined) record[c.id] = list[i];
  });
  return record;
});

const weights = fc.tuple(...CCHC_2025.areas.map(() => fc.integer({ min: 1, max: 500 }))).map((hundredths) => {
  const r = reviseCatalogue(CCHC_2025, {
    areas: Object.fromEntries(
      CCHC_2025.areas.map((a, i) => [a.id, { weight: (hundredths[i] ?? 100) / 100 }]),
    ),
  });
  if (!r.ok) throw new Error('revision failed');
  return r.catalogue;
});

const catalogues: fc.Arbitrary<Catalogue> = fc.oneof(fc.constant(CCHC_2025), weights);
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-9);

describe('scoring properties', () => {
  it('never counts an unanswered criterion, in points or in the judged maximum', () => {
    fc.assert(
      fc.property(catalogues, answers, (cat, record) => {
        const score = scoreInspection(cat, record);
        for (const area of score.areas) {
          const unanswered = area.criteria.filter((s) => s.status === 'unanswered');
          expect(unanswered.every((s) => s.points === 0 && s.judgedMax === 0)).toBe(true);
          const judged = area.criteria.filter((s) => s.status === 'met' || s.status === 'notMet');
          close(
            area.points,
            judged.reduce((t, s) => t + s.points, 0),
          );
          close(
            area.judgedMax,
            judged.reduce((t, s) => t + s.judgedMax, 0),
          );
        }
        const expectedUnanswered = cat.areas
          .flatMap((a) => a.criteria)
          .filter((c) => readAnswer(c.measure, record[c.id]).kind === 'unanswered').length;
        expect(score.overall.counts.unanswered).toBe(expectedUnanswered);
      }),
    );
  });

  it('scores an empty answer exactly like no answer at all', () => {
    fc.assert(
      fc.property(catalogues, answers, (cat, record) => {
        const withoutEmpty = Object.fromEntries(Object.entries(record).filter(([, a]) => a !== EMPTY_ANSWER));
        expect(scoreInspection(cat, withoutEmpty)).toEqual(scoreInspection(cat, record));
      }),
    );
  });

  it('makes area and overall maxima the sum over applicable, judgeable criteria', () => {
    fc.assert(
      fc.property(catalogues, answers, (cat, record) => {
        const score = scoreInspection(cat, record);
        let overall = 0;
        cat.areas.forEach((area, i) => {
          const max = area.criteria
            .filter((c) => record[c.id]?.notApplicable !== true && isJudgeable(c))
            .reduce((t, c) => t + c.maxPoints, 0);
          close(score.areas[i]?.applicableMax ?? Number.NaN, max);
          overall += area.weight * max;
        });
        close(score.overall.applicableMax, overall);
        expect(score.overall.points).toBeLessThanOrEqual(score.overall.judgedMax);
        expect(score.overall.judgedMax).toBeLessThanOrEqual(score.overall.applicableMax + 1e-9);
      }),
    );
  });

  it('keeps the counts consistent: applicable = answered + invalid + unanswered', () => {
    fc.assert(
      fc.property(answers, (record) => {
        const { counts } = scoreInspection(CCHC_2025, record).overall;
        expect(counts.applicable).toBe(counts.answered + counts.invalid + counts.unanswered);
        expect(counts.total).toBe(counts.applicable + counts.notApplicable);
      }),
    );
  });
});

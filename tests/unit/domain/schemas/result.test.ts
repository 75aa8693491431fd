import { describe, expect, it } from 'vitest';
import { Answer, EMPTY_ANSWER } from '../../../../src/domain/answer.ts';
import { InspectionId, newId } from '../../../../src/domain/ids.ts';
import { CriterionId } from '../../../../src/domain/schemas/catalogue.ts';
import {
  newResult,
  parseResultId,
  ResultId,
  ResultRow,
  resultId,
} from '../../../../src/domain/schemas/result.ts';

const inspectionId = InspectionId.parse(newId());
const criterionId = CriterionId.parse('A3.T1');

describe('resultId', () => {
  it('is the same on every device for the same inspection and criterion', () => {
    expect(resultId(inspectionId, criterionId)).toBe(`${inspectionId}:A3.T1`);
    expect(resultId(inspectionId, criterionId)).toBe(resultId(inspectionId, CriterionId.parse('A3.T1')));
    expect(resultId(inspectionId, CriterionId.parse('A3.T2'))).not.toBe(resultId(inspectionId, criterionId));
  });

  it('splits back into inspection and criterion', () => {
    expect(parseResultId(resultId(inspectionId, criterionId))).toEqual({ inspectionId, criterionId });
  });

  it.each([
    ['a random UUID', newId()],
    ['a criterion the catalogue cannot have', `${inspectionId}:Z1`],
    ['a bad inspection id', 'inspection-1:A3.T1'],
    ['an extra part', `${inspectionId}:A3.T1:x`],
    ['a signature id', `${inspectionId}:sig:leader`],
  ])('refuses %s', (_label, id) => {
    expect(ResultId.safeParse(id).success).toBe(false);
    expect(parseResultId(id)).toBeNull();
  });
});

describe('ResultRow', () => {
  const valid = {
    ...newResult(inspectionId, criterionId),
    numerator: 44,
    denominator: 45,
    note: 'Còn 1 hồ sơ trễ hạn.',
  };

  it('accepts an answer with figures and a note', () => {
    expect(ResultRow.safeParse(valid).success).toBe(true);
  });

  it('holds every field of an Answer', () => {
    for (const field of Object.keys(Answer.shape)) expect(Object.keys(ResultRow.shape)).toContain(field);
  });

  it.each([
    ['NaN as numerator', { numerator: Number.NaN }],
    ['Infinity as count', { count: Number.POSITIVE_INFINITY }],
    ['a figure typed as text', { denominator: '45' }],
    ['a note over 10 000 characters', { note: 'x'.repeat(10_001) }],
    ['a text answer over 10 000 characters', { text: 'x'.repeat(10_001) }],
    ['an unknown field', { points: 2 }],
    ['a random id', { id: newId() }],
  ])('refuses %s', (_label, patch) => {
    expect(ResultRow.safeParse({ ...valid, ...patch }).success).toBe(false);
  });
});

describe('newResult', () => {
  it('starts unanswered under the deterministic id', () => {
    expect(newResult(inspectionId, criterionId)).toEqual({
      id: resultId(inspectionId, criterionId),
      inspectionId,
      criterionId,
      ...EMPTY_ANSWER,
      note: '',
      deleted: false,
    });
  });
});

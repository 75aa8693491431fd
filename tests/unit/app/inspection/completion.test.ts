import { describe, expect, it } from 'vitest';
import { missingForCompletion } from '../../../../src/app/inspection/completion.ts';
import { EMPTY_ANSWER } from '../../../../src/domain/answer.ts';
import { CCHC_2025 } from '../../../../src/domain/criteria/cchc-2025.ts';

describe('what is missing before completion', () => {
  const all = CCHC_2025.areas.flatMap((a) => a.criteria);

  it('is nothing when every criterion is answered or not applicable and both have signed', () => {
    const answers = new Map(all.map((c) => [c.id as string, { ...EMPTY_ANSWER, notApplicable: true }]));
    expect(missingForCompletion(CCHC_2025, answers, new Set(['leader', 'unitRepresentative']))).toEqual([]);
  });

  it('lists unanswered and invalid criteria with their area, and each missing signature', () => {
    const answers = new Map(all.map((c) => [c.id as string, { ...EMPTY_ANSWER, notApplicable: true }]));
    answers.delete('A2.K1');
    answers.set('A3.T1', { ...EMPTY_ANSWER, numerator: 3, denominator: 0 });
    expect(missingForCompletion(CCHC_2025, answers, new Set(['leader']))).toEqual([
      { kind: 'criterion', criterionId: 'A2.K1', areaId: 'A2', reason: 'unanswered' },
      { kind: 'criterion', criterionId: 'A3.T1', areaId: 'A3', reason: 'invalid' },
      { kind: 'signature', role: 'unitRepresentative' },
    ]);
  });
});

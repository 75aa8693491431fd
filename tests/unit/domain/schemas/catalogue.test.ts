import { describe, expect, it } from 'vitest';
import { CCHC_2025 } from '../../../../src/domain/criteria/cchc-2025.ts';
import { Catalogue, CatalogueRow, Criterion, CriterionId } from '../../../../src/domain/schemas/catalogue.ts';

const base = {
  id: 'A3.T1',
  kind: 'target',
  text: 'Tỷ lệ hồ sơ được số hóa',
  textEn: 'Digitised files',
  measure: { type: 'percent', numeratorLabel: 'Số hồ sơ số hóa', denominatorLabel: 'Số hồ sơ' },
  comparator: '>=',
  target: 90,
  strive: false,
  maxPoints: 2,
  responsible: ['PCM'],
  evidenceHint: 'Số liệu trên hệ thống',
};

describe('Criterion', () => {
  it('accepts a well-formed percent criterion', () => {
    expect(Criterion.safeParse(base).success).toBe(true);
  });

  it('accepts a percent criterion whose target is not set yet', () => {
    expect(Criterion.safeParse({ ...base, target: null }).success).toBe(true);
  });

  it('refuses a percent target above 100 or with two decimals', () => {
    expect(Criterion.safeParse({ ...base, target: 101 }).success).toBe(false);
    expect(Criterion.safeParse({ ...base, target: 89.95 }).success).toBe(false);
    expect(Criterion.safeParse({ ...base, target: 89.5 }).success).toBe(true);
  });

  it('refuses a kind that contradicts the id', () => {
    expect(Criterion.safeParse({ ...base, kind: 'task' }).success).toBe(false);
  });

  it('requires a yes/no criterion to expect a boolean with "="', () => {
    const yesNo = { ...base, measure: { type: 'yesNo' }, comparator: '=', target: true };
    expect(Criterion.safeParse(yesNo).success).toBe(true);
    expect(Criterion.safeParse({ ...yesNo, target: 1 }).success).toBe(false);
    expect(Criterion.safeParse({ ...yesNo, comparator: '>=' }).success).toBe(false);
  });

  it('requires a whole, non-negative count target', () => {
    const count = { ...base, measure: { type: 'count' }, target: 1 };
    expect(Criterion.safeParse(count).success).toBe(true);
    expect(Criterion.safeParse({ ...count, target: 1.5 }).success).toBe(false);
    expect(Criterion.safeParse({ ...count, target: -1 }).success).toBe(false);
  });

  it('gives a text criterion no target, comparator or points', () => {
    const text = { ...base, measure: { type: 'text' }, comparator: null, target: null, maxPoints: 0 };
    expect(Criterion.safeParse(text).success).toBe(true);
    expect(Criterion.safeParse({ ...text, maxPoints: 1 }).success).toBe(false);
    expect(Criterion.safeParse({ ...text, comparator: '=' }).success).toBe(false);
  });

  it('refuses negative points with a Vietnamese message', () => {
    const r = Criterion.safeParse({ ...base, maxPoints: -1 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Điểm không được âm');
  });
});

describe('CriterionId', () => {
  it('accepts area, kind and number, and nothing else', () => {
    for (const ok of ['A1.T1', 'A3.T10', 'A7.K5']) expect(CriterionId.safeParse(ok).success).toBe(true);
    for (const bad of ['A8.T1', 'A1.X1', 'A1.T0', 'a1.t1', 'A1.T100']) {
      expect(CriterionId.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe('Catalogue', () => {
  it('refuses a criterion filed under another area', () => {
    const [a1, a2, ...rest] = CCHC_2025.areas;
    if (!a1 || !a2) throw new Error('catalogue without areas');
    const moved = { ...a1, criteria: [...a1.criteria, ...a2.criteria] };
    expect(Catalogue.safeParse({ ...CCHC_2025, areas: [moved, ...rest] }).success).toBe(false);
  });

  it('refuses a duplicated area', () => {
    const [a1] = CCHC_2025.areas;
    expect(Catalogue.safeParse({ ...CCHC_2025, areas: [...CCHC_2025.areas, a1] }).success).toBe(false);
  });
});

describe('CatalogueRow', () => {
  it('is an object with an id and a deleted tombstone', () => {
    expect(Object.keys(CatalogueRow.shape)).toEqual(
      expect.arrayContaining(['id', 'deleted', 'areas', 'lockedAt']),
    );
    expect(CatalogueRow.shape.deleted.safeParse(true).success).toBe(true);
  });
});

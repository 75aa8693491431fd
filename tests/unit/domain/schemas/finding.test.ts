import { describe, expect, it } from 'vitest';
import { FindingId, InspectionId, newId } from '../../../../src/domain/ids.ts';
import { FINDING_KIND_LABELS, FindingKind, FindingRow } from '../../../../src/domain/schemas/finding.ts';

const valid = {
  id: FindingId.parse(newId()),
  inspectionId: InspectionId.parse(newId()),
  kind: 'shortcoming',
  text: 'Chưa công khai đầy đủ thủ tục hành chính tại bộ phận một cửa.',
  order: 1.5,
  deleted: false,
};

describe('FindingRow', () => {
  it('accepts a finding with a fractional order', () => {
    expect(FindingRow.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['NaN as order', { order: Number.NaN }],
    ['Infinity as order', { order: Number.POSITIVE_INFINITY }],
    ['text over 10 000 characters', { text: 'x'.repeat(10_001) }],
    ['an unknown kind', { kind: 'risk' }],
    ['an inspection id that is not a UUIDv7', { inspectionId: 'abc' }],
    ['an unknown field', { author: 'An' }],
  ])('refuses %s', (_label, patch) => {
    expect(FindingRow.safeParse({ ...valid, ...patch }).success).toBe(false);
  });

  it('labels the kinds as the biên bản does', () => {
    expect(Object.keys(FINDING_KIND_LABELS)).toEqual(FindingKind.options);
    expect(FINDING_KIND_LABELS.shortcoming).toBe('Tồn tại, hạn chế');
  });
});

import { describe, expect, it } from 'vitest';
import { InspectionId, newId, RecommendationId } from '../../../../src/domain/ids.ts';
import {
  RECOMMENDATION_STATUS_LABELS,
  RecommendationRow,
  RecommendationStatus,
} from '../../../../src/domain/schemas/recommendation.ts';

const valid = {
  id: RecommendationId.parse(newId()),
  inspectionId: InspectionId.parse(newId()),
  content: 'Cập nhật danh mục thủ tục hành chính trên Cổng dịch vụ công.',
  owner: 'Văn phòng Sở',
  deadline: '2026-06-30',
  status: 'open',
  deleted: false,
};

describe('RecommendationRow', () => {
  it('accepts a recommendation with or without a deadline', () => {
    expect(RecommendationRow.safeParse(valid).success).toBe(true);
    expect(RecommendationRow.safeParse({ ...valid, deadline: null }).success).toBe(true);
  });

  it.each([
    ['a deadline in day/month/year form', { deadline: '30/06/2026' }],
    ['an owner over 200 characters', { owner: 'x'.repeat(201) }],
    ['an unknown status', { status: 'late' }],
    ['a finding id in place of its own id', { id: 'not-a-uuid' }],
    ['an unknown field', { priority: 1 }],
  ])('refuses %s', (_label, patch) => {
    expect(RecommendationRow.safeParse({ ...valid, ...patch }).success).toBe(false);
  });

  it('labels both statuses', () => {
    expect(Object.keys(RECOMMENDATION_STATUS_LABELS)).toEqual(RecommendationStatus.options);
  });
});

import { describe, expect, it } from 'vitest';
import { PlanRow } from '../../../../src/domain/schemas/plan.ts';

const unitId = '01930000-0000-7000-8000-000000000002';
const row = {
  id: '01930000-0000-7000-8000-000000000001',
  year: 2025,
  unitIds: [unitId],
  activeUnitCount: null,
  required: null,
  status: 'draft',
  approvedAt: null,
  schedule: [{ unitId, date: '2025-03-15', leader: 'Trần Văn B', members: ['Lê Thị C'], inspectorIds: [] }],
  deleted: false,
};

describe('PlanRow', () => {
  it('accepts a draft with a schedule', () => {
    expect(PlanRow.safeParse(row).success).toBe(true);
  });

  it('accepts an approved plan with its frozen counts', () => {
    const approved = {
      ...row,
      status: 'approved',
      approvedAt: '2025-01-15T02:00:00.000Z',
      activeUnitCount: 12,
      required: 3,
    };
    expect(PlanRow.safeParse(approved).success).toBe(true);
  });

  it('refuses a schedule date that is not a calendar date', () => {
    const [entry] = row.schedule;
    expect(PlanRow.safeParse({ ...row, schedule: [{ ...entry, date: '2025-02-30' }] }).success).toBe(false);
    expect(PlanRow.safeParse({ ...row, schedule: [{ ...entry, date: '15/03/2025' }] }).success).toBe(false);
  });

  it('refuses an unknown status and a negative quota', () => {
    expect(PlanRow.safeParse({ ...row, status: 'done' }).success).toBe(false);
    expect(PlanRow.safeParse({ ...row, required: -1 }).success).toBe(false);
  });

  it('is an object with an id and a deleted tombstone', () => {
    expect(Object.keys(PlanRow.shape)).toEqual(expect.arrayContaining(['id', 'deleted']));
  });
});

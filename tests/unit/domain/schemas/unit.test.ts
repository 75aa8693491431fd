import { describe, expect, it } from 'vitest';
import { UnitRow } from '../../../../src/domain/schemas/unit.ts';

const row = {
  id: '01930000-0000-7000-8000-000000000001',
  name: 'Phòng Quản lý chuyên ngành',
  code: 'QLCN',
  kind: 'phong',
  head: 'Nguyễn Văn A',
  active: true,
  mergedInto: null,
  deleted: false,
};

describe('UnitRow', () => {
  it('accepts a unit of either kind, with or without code and head', () => {
    expect(UnitRow.safeParse(row).success).toBe(true);
    expect(UnitRow.safeParse({ ...row, kind: 'donVi', code: null, head: null }).success).toBe(true);
  });

  it('refuses a blank name, an unknown kind and a merge target that is not a unit id', () => {
    expect(UnitRow.safeParse({ ...row, name: '  ' }).success).toBe(false);
    expect(UnitRow.safeParse({ ...row, kind: 'so' }).success).toBe(false);
    expect(UnitRow.safeParse({ ...row, mergedInto: 'phòng khác' }).success).toBe(false);
  });

  it('is an object with an id and a deleted tombstone', () => {
    expect(Object.keys(UnitRow.shape)).toEqual(expect.arrayContaining(['id', 'deleted']));
    expect(UnitRow.safeParse({ ...row, deleted: undefined }).success).toBe(false);
  });
});

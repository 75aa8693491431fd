import { describe, expect, it } from 'vitest';
import { describeOp } from '../../../../src/app/office/audit-text.ts';

const names = new Map([
  ['u1', 'Văn phòng Sở'],
  ['u2', 'Phòng Tiêu chuẩn Đo lường Chất lượng'],
  ['i1', 'Văn phòng Sở (15/04/2025)'],
]);

describe('audit log sentences', () => {
  it('says a new row was added instead of listing every field', () => {
    const op = {
      table: 'units',
      id: 'u1',
      fields: { name: 'Văn phòng Sở', code: 'VP', active: true, deleted: false },
    };
    expect(describeOp(op, names)).toBe('Đơn vị “Văn phòng Sở”: thêm mới');
  });

  it('says a row was deleted', () => {
    expect(describeOp({ table: 'units', id: 'u1', fields: { deleted: true } }, names)).toBe(
      'Đơn vị “Văn phòng Sở”: đã xóa',
    );
  });

  it('lists changed fields in Vietnamese, naming referenced rows', () => {
    const op = { table: 'units', id: 'u9', fields: { active: false, mergedInto: 'u2' } };
    expect(describeOp(op, names)).toBe(
      'Đơn vị: đang hoạt động = không; sáp nhập vào = Phòng Tiêu chuẩn Đo lường Chất lượng',
    );
    expect(describeOp({ table: 'inspections', id: 'i1', field: 'status', value: 'completed' }, names)).toBe(
      'Cuộc kiểm tra “Văn phòng Sở (15/04/2025)”: trạng thái = hoàn thành',
    );
  });
});

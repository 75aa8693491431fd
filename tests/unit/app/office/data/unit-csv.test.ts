import { describe, expect, it } from 'vitest';
import { importableRows, parseUnitCsv } from '../../../../../src/app/office/data/unit-csv.ts';
import { UnitId } from '../../../../../src/domain/ids.ts';
import type { UnitRow } from '../../../../../src/domain/schemas/unit.ts';

const HEADER = 'Mã,Tên đơn vị,Loại,Thủ trưởng';

function unit(partial: Partial<UnitRow> & { name: string }): UnitRow {
  return {
    id: UnitId.parse('0190a000-0000-7000-8000-000000000001'),
    code: null,
    kind: 'phong',
    head: null,
    active: true,
    mergedInto: null,
    deleted: false,
    ...partial,
  };
}

describe('reading a CSV register of units', () => {
  it('reads Vietnamese rows with or without a byte-order mark alike', () => {
    const text = `${HEADER}\nVP,Văn phòng Sở,Phòng,Nguyễn Thị Hoa\nTTKD,Trung tâm Kiểm định và Phát triển KHCN,Đơn vị sự nghiệp,Lò Văn Minh\n`;
    const plain = parseUnitCsv(text, []);
    const withBom = parseUnitCsv(`\uFEFF${text}`, []);
    expect(withBom).toEqual(plain);
    expect(plain.fileErrors).toEqual([]);
    expect(plain.rows.map((r) => [r.line, r.code, r.name, r.kind, r.head, r.action])).toEqual([
      [2, 'VP', 'Văn phòng Sở', 'phong', 'Nguyễn Thị Hoa', 'create'],
      [3, 'TTKD', 'Trung tâm Kiểm định và Phát triển KHCN', 'donVi', 'Lò Văn Minh', 'create'],
    ]);
  });

  it('reports each bad row with its line and a Vietnamese reason, and imports only the good ones', () => {
    const text = [
      HEADER,
      'P1,Phòng Quản lý khoa học,Phòng,',
      'P2,,Phòng,Ai đó',
      'P1,Phòng Kế hoạch - Tài chính,Phòng,',
      'X,Ban Dự án,Cục,',
      '',
      'P4,Phòng Quản lý chuyên ngành,phong,Vàng A Sử',
    ].join('\r\n');
    const preview = parseUnitCsv(text, []);
    const byLine = Object.fromEntries(preview.rows.map((r) => [r.line, r.errors]));
    expect(byLine[2]).toEqual([]);
    expect(byLine[3]).toEqual(['Thiếu tên đơn vị.']);
    expect(byLine[4]).toEqual(['Mã P1 trùng với dòng 2.']);
    expect(byLine[5]).toEqual(['Loại “Cục” không hợp lệ: ghi “Phòng” hoặc “Đơn vị sự nghiệp”.']);
    expect(byLine[7]).toEqual([]);
    expect(importableRows(preview).map((r) => r.input.name)).toEqual([
      'Phòng Quản lý khoa học',
      'Phòng Quản lý chuyên ngành',
    ]);
  });

  it('matches headers without accents or case, accepts semicolons and infers the kind from the name', () => {
    const text = 'TEN DON VI;ma;thu truong\nTrung tâm Thông tin;TT2;Ông A\nPhòng Thanh tra;P9;\n';
    const preview = parseUnitCsv(text, []);
    expect(preview.fileErrors).toEqual([]);
    expect(preview.rows.map((r) => [r.code, r.name, r.kind, r.head])).toEqual([
      ['TT2', 'Trung tâm Thông tin', 'donVi', 'Ông A'],
      ['P9', 'Phòng Thanh tra', 'phong', null],
    ]);
  });

  it('updates the unit with the same code, leaves identical ones alone and refuses a name already registered', () => {
    const existing = [
      unit({ id: UnitId.parse('0190a000-0000-7000-8000-00000000000a'), code: 'VP', name: 'Văn phòng Sở' }),
      unit({
        id: UnitId.parse('0190a000-0000-7000-8000-00000000000b'),
        code: 'P1',
        name: 'Phòng Quản lý khoa học',
      }),
      unit({ id: UnitId.parse('0190a000-0000-7000-8000-00000000000c'), code: 'P2', name: 'Phòng Kế hoạch' }),
    ];
    const text = `${HEADER}\nVP,Văn phòng Sở,Phòng,\nP1,Phòng Quản lý Khoa học và Công nghệ,Phòng,Bà B\n,Phòng Kế hoạch,Phòng,\n`;
    const preview = parseUnitCsv(text, existing);
    expect(preview.rows.map((r) => r.action)).toEqual(['unchanged', 'update', 'error']);
    expect(preview.rows[1]?.unitId).toBe('0190a000-0000-7000-8000-00000000000b');
    expect(preview.rows[2]?.errors).toEqual(['Đã có “Phòng Kế hoạch” với mã P2: ghi đúng mã để cập nhật.']);
    expect(importableRows(preview)).toEqual([
      {
        action: 'update',
        unitId: '0190a000-0000-7000-8000-00000000000b',
        input: { name: 'Phòng Quản lý Khoa học và Công nghệ', code: 'P1', kind: 'phong', head: 'Bà B' },
      },
    ]);
  });

  it('refuses a file without a name column, an empty file and one that is not UTF-8', () => {
    expect(parseUnitCsv('Mã,Loại\nP1,Phòng\n', []).fileErrors[0]).toMatch(/Không thấy cột “Tên đơn vị”/);
    expect(parseUnitCsv('', []).fileErrors[0]).toMatch(/Tệp trống/);
    expect(parseUnitCsv(`${HEADER}\n`, []).fileErrors[0]).toMatch(/chưa có đơn vị nào/);
    expect(parseUnitCsv(`${HEADER}\nP1,Ph\uFFFDng,Ph\uFFFDng,\n`, []).fileErrors[0]).toMatch(
      /không phải UTF-8/,
    );
  });

  it('counts lines of quoted cells that span lines', () => {
    const text = `${HEADER}\nP1,"Phòng Quản lý\nkhoa học",Phòng,\nP2,,Phòng,\n`;
    const preview = parseUnitCsv(text, []);
    expect(preview.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(preview.rows[1]?.errors).toEqual(['Thiếu tên đơn vị.']);
  });
});

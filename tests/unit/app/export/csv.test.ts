import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BIEN_BAN_CSV_HEADER, bienBanCsv } from '../../../../src/app/export/bien-ban-csv.ts';
import { fileSlug, toCsv } from '../../../../src/app/export/csv.ts';
import { reportCsv } from '../../../../src/app/export/report-csv.ts';
import { buildBienBan } from '../../../../src/app/print/bien-ban-model.ts';
import { buildReport } from '../../../../src/app/print/report-model.ts';
import { CCHC_2025, CCHC_2025_ID } from '../../../../src/domain/criteria/cchc-2025.ts';
import {
  evidenceRows,
  findingRows,
  INSPECTION_ID,
  inspectionRow,
  planFixture,
  recommendationRows,
  resultRows,
} from '../print/fixtures.ts';

function parse(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const model = buildBienBan({
  inspection: inspectionRow() as never,
  catalogue: CCHC_2025,
  results: resultRows(INSPECTION_ID),
  findings: findingRows(),
  recommendations: recommendationRows() as never,
  evidence: evidenceRows(),
  signatures: [],
});

describe('CSV exports', () => {
  it('is UTF-8 with a BOM, CRLF line ends and every field quoted, so Excel opens it', () => {
    const csv = toCsv(
      ['Tên', 'Ghi chú'],
      [
        ['Phòng Quản lý "chuyên ngành"', 'hai\ndòng, có dấu phẩy'],
        [1, ''],
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe(
      '\uFEFF"Tên","Ghi chú"\r\n"Phòng Quản lý ""chuyên ngành""","hai\ndòng, có dấu phẩy"\r\n"1",""\r\n',
    );
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('round-trips the biên bản results: one row per criterion, Vietnamese intact', () => {
    const rows = parse(bienBanCsv(model));
    expect(rows[0]).toEqual([...BIEN_BAN_CSV_HEADER]);
    const lines = model.areas.flatMap((a) => a.lines.map((l) => ({ area: a.name, ...l })));
    expect(rows.slice(1)).toHaveLength(55);
    rows.slice(1).forEach((row, i) => {
      const l = lines[i];
      if (!l) throw new Error('missing line');
      expect(row).toEqual([
        l.area,
        l.criterionId,
        l.text,
        l.target,
        l.numerator === null ? '' : String(l.numerator),
        l.denominator === null ? '' : String(l.denominator),
        l.figures,
        l.rate,
        l.status,
        l.earned === null ? '' : String(l.earned).replace('.', ','),
        String(l.max).replace('.', ','),
        String(l.evidence),
        l.remarks.join('\n'),
      ]);
    });
    const a3t1 = rows.find((r) => r[1] === 'A3.T1');
    expect(a3t1?.slice(0, 2)).toEqual(['Cải cách thủ tục hành chính', 'A3.T1']);
    expect(a3t1?.slice(4, 9)).toEqual(['50', '50', '50/50', '100,0%', 'Đạt']);
  });

  it('round-trips the report: one row per planned unit with its area percentages', () => {
    const f = planFixture(4);
    const results = new Map<string, typeof f.results>();
    for (const r of f.results) results.set(r.inspectionId, [...(results.get(r.inspectionId) ?? []), r]);
    const report = buildReport({
      plan: f.plan,
      units: f.units,
      inspections: f.inspections as never,
      results,
      recommendations: [],
      catalogues: new Map([[CCHC_2025_ID, CCHC_2025]]),
      date: '2026-01-10',
    });
    const rows = parse(reportCsv(report));
    expect(rows[0]?.slice(0, 5)).toEqual([
      'TT',
      'Phòng, đơn vị',
      'Ngày kiểm tra',
      'Trạng thái',
      'I. Công tác chỉ đạo, điều hành',
    ]);
    expect(rows[0]?.slice(-2)).toEqual(['Tổng điểm', 'Tỷ lệ']);
    expect(rows.slice(1)).toEqual(
      report.units.map((u) => [
        String(u.index),
        u.unitName,
        u.date,
        u.status,
        ...u.areas,
        u.points,
        u.percent,
      ]),
    );
  });

  it('names files without diacritics', () => {
    expect(fileSlug('Phòng Quản lý chuyên ngành – Đội 2')).toBe('phong-quan-ly-chuyen-nganh-doi-2');
  });
});

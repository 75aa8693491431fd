import type { ReportModel } from '../print/report-model.ts';
import { toCsv } from './csv.ts';

/** One line per planned unit: date, status, percent per area, overall points and percent. */
export function reportCsv(model: ReportModel): string {
  const header = [
    'TT',
    'Phòng, đơn vị',
    'Ngày kiểm tra',
    'Trạng thái',
    ...model.areaColumns.map((a) => `${a.label}. ${a.name}`),
    'Tổng điểm',
    'Tỷ lệ',
  ];
  const rows = model.units.map((u) => [
    u.index,
    u.unitName,
    u.date,
    u.status,
    ...u.areas,
    u.points,
    u.percent,
  ]);
  return toCsv(header, rows);
}

import type { BienBanModel } from '../print/bien-ban-model.ts';
import { toCsv } from './csv.ts';

export const BIEN_BAN_CSV_HEADER = [
  'Lĩnh vực',
  'Mã tiêu chí',
  'Tiêu chí',
  'Chỉ tiêu',
  'Tử số',
  'Mẫu số',
  'Số liệu',
  'Tỷ lệ',
  'Kết quả',
  'Điểm',
  'Điểm tối đa',
  'Số minh chứng',
  'Ghi chú',
] as const;

/** One line per criterion of the biên bản, in catalogue order. */
export function bienBanCsv(model: BienBanModel): string {
  const rows = model.areas.flatMap((area) =>
    area.lines.map((l) => [
      area.name,
      l.criterionId,
      l.text,
      l.target,
      l.numerator ?? '',
      l.denominator ?? '',
      l.figures,
      l.rate,
      l.status,
      l.earned === null ? '' : String(l.earned).replace('.', ','),
      String(l.max).replace('.', ','),
      l.evidence,
      l.remarks.join('\n'),
    ]),
  );
  return toCsv(BIEN_BAN_CSV_HEADER, rows);
}

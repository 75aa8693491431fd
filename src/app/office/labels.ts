import { INSPECTION_STATUS_LABELS } from '../../domain/schemas/inspection.ts';
import { RECOMMENDATION_STATUS_LABELS } from '../../domain/schemas/recommendation.ts';
import { UNIT_KIND_NAMES } from '../../domain/schemas/unit.ts';
import { formatDateTime } from './format.ts';

/** Vietnamese names of the synced tables and their fields, for the audit log and the conflicts list. */
export const TABLE_LABELS: Record<string, string> = {
  units: 'Đơn vị',
  plans: 'Kế hoạch kiểm tra',
  catalogues: 'Bộ tiêu chí',
  inspections: 'Cuộc kiểm tra',
  results: 'Kết quả chấm',
  findings: 'Ưu điểm, tồn tại',
  recommendations: 'Kiến nghị',
  evidence: 'Ảnh minh chứng',
  signatures: 'Chữ ký',
};

export const FIELD_LABELS: Record<string, string> = {
  name: 'tên',
  code: 'mã',
  kind: 'loại',
  head: 'thủ trưởng',
  active: 'đang hoạt động',
  mergedInto: 'sáp nhập vào',
  deleted: 'đã xóa',
  year: 'năm',
  unitIds: 'đơn vị trong kế hoạch',
  activeUnitCount: 'số đơn vị hoạt động',
  required: 'số bắt buộc',
  status: 'trạng thái',
  approvedAt: 'ngày phê duyệt',
  schedule: 'lịch kiểm tra',
  version: 'phiên bản',
  title: 'tiêu đề',
  source: 'văn bản gốc',
  areas: 'lĩnh vực, tiêu chí',
  adoptedAt: 'ngày áp dụng',
  lockedAt: 'ngày khóa',
  planId: 'kế hoạch',
  unitId: 'đơn vị',
  unitName: 'tên đơn vị',
  catalogueId: 'bộ tiêu chí',
  date: 'ngày',
  place: 'địa điểm',
  team: 'đoàn kiểm tra',
  unitRepresentatives: 'đại diện đơn vị',
  assignedTo: 'người được giao',
  unitComments: 'ý kiến đơn vị',
  completedAt: 'hoàn thành lúc',
  inspectionId: 'cuộc kiểm tra',
  criterionId: 'tiêu chí',
  notApplicable: 'không áp dụng',
  numerator: 'tử số',
  denominator: 'mẫu số',
  yesNo: 'có/không',
  count: 'số lượng',
  text: 'nội dung',
  note: 'ghi chú',
  order: 'thứ tự',
  content: 'nội dung',
  owner: 'người thực hiện',
  deadline: 'thời hạn',
  sha256: 'ảnh',
  mime: 'định dạng',
  size: 'dung lượng',
  width: 'rộng',
  height: 'cao',
  caption: 'chú thích',
  takenAt: 'chụp lúc',
  role: 'vai trò',
  signerName: 'người ký',
  signedAt: 'ký lúc',
};

export const tableLabel = (table: string) => TABLE_LABELS[table] ?? table;
export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field;

const STATUS_WORDS: Record<string, string> = { ...INSPECTION_STATUS_LABELS, ...RECOMMENDATION_STATUS_LABELS };

/**
 * A stored value in a few words: statuses and kinds in Vietnamese, moments in Viet Nam time, long texts and
 * lists shortened, booleans and null in words.
 */
export function valueText(value: unknown, field?: string): string {
  if (value === null || value === undefined) return '(trống)';
  if (field === 'status' && typeof value === 'string') return STATUS_WORDS[value] ?? value;
  if (field === 'kind' && typeof value === 'string' && value in UNIT_KIND_NAMES) {
    return UNIT_KIND_NAMES[value as keyof typeof UNIT_KIND_NAMES]; // checked by `in` just above
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatDateTime(value);
  if (value === true) return 'có';
  if (value === false) return 'không';
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 77)}…` : value;
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (Array.isArray(value)) return `${value.length} mục`;
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

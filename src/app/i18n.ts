import { signal } from '@preact/signals';
import type { Lang } from './settings.ts';

/** Vietnamese first; English for visitors and reviewers. Keys read as what they label. */
const messages = {
  appName: { vi: 'Kiểm tra CCHC', en: 'CCHC Inspect' },
  myInspections: { vi: 'Cuộc kiểm tra của tôi', en: 'My inspections' },
  newInspection: { vi: 'Tạo cuộc kiểm tra', en: 'New inspection' },
  unitName: { vi: 'Tên phòng, đơn vị được kiểm tra', en: 'Inspected unit' },
  date: { vi: 'Ngày kiểm tra', en: 'Inspection date' },
  create: { vi: 'Tạo', en: 'Create' },
  noInspections: { vi: 'Chưa có cuộc kiểm tra nào trên máy này.', en: 'No inspections on this device yet.' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  online: { vi: 'Có mạng', en: 'Online' },
  offline: { vi: 'Không có mạng – vẫn làm việc bình thường', en: 'Offline – work continues' },
  updateAvailable: { vi: 'Có phiên bản mới', en: 'A new version is available' },
  updateNow: { vi: 'Cập nhật', en: 'Update' },
  updateSaving: { vi: 'Đang lưu dữ liệu…', en: 'Saving your work…' },
  updateActivatedElsewhere: {
    vi: 'Phiên bản mới đã được kích hoạt ở thẻ khác. Tải lại trang khi bạn sẵn sàng.',
    en: 'A new version was activated in another tab. Reload when you are ready.',
  },
  reload: { vi: 'Tải lại', en: 'Reload' },
  unitRequired: { vi: 'Nhập tên phòng, đơn vị.', en: 'Enter the unit name.' },
  dateRequired: { vi: 'Chọn ngày kiểm tra.', en: 'Choose the date.' },
  notFound: { vi: 'Không tìm thấy trang.', en: 'Page not found.' },
  back: { vi: 'Quay lại', en: 'Back' },
  version: { vi: 'Phiên bản', en: 'Version' },
  language: { vi: 'English', en: 'Tiếng Việt' },
  status_draft: { vi: 'Nháp', en: 'Draft' },
  status_inProgress: { vi: 'Đang kiểm tra', en: 'In progress' },
  status_completed: { vi: 'Hoàn thành', en: 'Completed' },
  status_signed: { vi: 'Đã ký', en: 'Signed' },
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof messages;

export const lang = signal<Lang>('vi');

const statusKeys = {
  draft: 'status_draft',
  inProgress: 'status_inProgress',
  completed: 'status_completed',
  signed: 'status_signed',
} as const satisfies Record<string, MessageKey>;

export function statusLabel(status: keyof typeof statusKeys): string {
  return t(statusKeys[status]);
}

export function t(key: MessageKey): string {
  return messages[key][lang.value];
}

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
  // Home
  byStatus: { vi: 'Theo trạng thái', en: 'By status' },
  unsynced: { vi: 'Thay đổi chưa đồng bộ', en: 'Unsynced changes' },
  storage: { vi: 'Bộ nhớ trên máy', en: 'Storage on this device' },
  storagePersistent: {
    vi: 'Được giữ lâu dài – trình duyệt không tự xóa',
    en: 'Persistent – the browser will not evict it',
  },
  storageNotPersistent: {
    vi: 'Chưa được giữ lâu dài – trình duyệt có thể xóa khi máy thiếu chỗ',
    en: 'Not persistent – the browser may evict it when space runs low',
  },
  storageUnknown: { vi: 'Chưa rõ', en: 'Unknown' },
  storageUsed: { vi: 'Đã dùng', en: 'Used' },
  photosOnDevice: { vi: 'Ảnh và chữ ký trên máy', en: 'Photos and signatures on this device' },
  warnUnsyncedNotPersistent: {
    vi: 'Có thay đổi chưa đồng bộ mà bộ nhớ chưa được giữ lâu dài: hãy đồng bộ sớm khi có mạng.',
    en: 'There are unsynced changes and storage is not persistent: sync as soon as you are online.',
  },
  warnNearlyFull: {
    vi: 'Bộ nhớ của máy sắp đầy: hãy đồng bộ và xóa bớt ảnh không cần thiết.',
    en: 'Device storage is nearly full: sync and remove photos you do not need.',
  },
  // Write failures and other tabs
  writeFailedQuota: {
    vi: 'Bộ nhớ của máy đã đầy nên chưa lưu được thay đổi; hãy giải phóng dung lượng rồi bấm “Thử lại”.',
    en: 'Device storage is full, so your change is not saved yet; free some space, then press “Retry”.',
  },
  writeFailedClosed: {
    vi: 'Mất kết nối tới dữ liệu trên máy nên chưa lưu được thay đổi; ứng dụng đang tự thử lại.',
    en: 'The connection to on-device data was lost, so your change is not saved yet; retrying.',
  },
  writeFailedOther: {
    vi: 'Chưa lưu được thay đổi; ứng dụng sẽ tự thử lại.',
    en: 'Your change is not saved yet; the app will retry.',
  },
  writeRefused: {
    vi: 'Không lưu được thay đổi này vì cuộc kiểm tra đã khóa hoặc dữ liệu không hợp lệ.',
    en: 'This change cannot be saved: the inspection is locked or the data is invalid.',
  },
  pendingWrites: { vi: 'thay đổi đang chờ lưu', en: 'changes waiting to be saved' },
  retry: { vi: 'Thử lại', en: 'Retry' },
  dismiss: { vi: 'Đã hiểu', en: 'OK' },
  upgradedElsewhere: {
    vi: 'Ứng dụng vừa được cập nhật ở một thẻ khác: hãy tải lại trang này để tiếp tục làm việc.',
    en: 'The app was updated in another tab: reload this page to keep working.',
  },
  upgradeBlocked: {
    vi: 'Đang chờ các thẻ khác của ứng dụng đóng lại để nâng cấp dữ liệu: hãy đóng hoặc tải lại chúng.',
    en: 'Waiting for other tabs of the app to close so the data can be upgraded: close or reload them.',
  },
  // Inspection screens
  tabInfo: { vi: 'Thông tin', en: 'Details' },
  tabChecklist: { vi: 'Tiêu chí', en: 'Criteria' },
  tabConclusions: { vi: 'Kết luận, kiến nghị', en: 'Findings' },
  tabSign: { vi: 'Ký, hoàn thành', en: 'Sign, complete' },
  tabSummary: { vi: 'Tổng hợp', en: 'Summary' },
  inspectionSections: { vi: 'Các phần của cuộc kiểm tra', en: 'Inspection sections' },
  lockedNote: {
    vi: 'Cuộc kiểm tra đã hoàn thành nên chỉ xem, không sửa được (chỉ Văn phòng Sở có thể mở lại).',
    en: 'This inspection is completed and read-only (only the office may reopen it).',
  },
  catalogueMissing: {
    vi: 'Máy chưa có bộ tiêu chí của cuộc kiểm tra này: hãy đồng bộ khi có mạng.',
    en: 'This device does not have the criteria of this inspection yet: sync when online.',
  },
  place: { vi: 'Địa điểm', en: 'Place' },
  team: { vi: 'Đoàn kiểm tra', en: 'Inspection team' },
  memberName: { vi: 'Họ và tên', en: 'Full name' },
  memberTitle: { vi: 'Chức vụ', en: 'Job title' },
  memberRole: { vi: 'Vai trò', en: 'Role' },
  role_leader: { vi: 'Trưởng đoàn', en: 'Team leader' },
  role_member: { vi: 'Thành viên', en: 'Member' },
  role_secretary: { vi: 'Thư ký', en: 'Secretary' },
  addMember: { vi: 'Thêm thành viên đoàn', en: 'Add team member' },
  remove: { vi: 'Xóa', en: 'Remove' },
  unitRepresentatives: { vi: 'Đại diện đơn vị được kiểm tra', en: 'Unit representatives' },
  addRepresentative: { vi: 'Thêm người đại diện', en: 'Add representative' },
  nameRequired: { vi: 'Nhập họ và tên.', en: 'Enter the full name.' },
  oneLeader: { vi: 'Một đoàn chỉ có một trưởng đoàn.', en: 'A team has only one leader.' },
  noneYet: { vi: 'Chưa có.', en: 'None yet.' },
  // Checklist
  areas: { vi: 'Lĩnh vực', en: 'Areas' },
  overall: { vi: 'Toàn bộ', en: 'Overall' },
  answered: { vi: 'Đã chấm', en: 'Answered' },
  met: { vi: 'Đạt', en: 'Met' },
  notMet: { vi: 'Không đạt', en: 'Not met' },
  points: { vi: 'Điểm', en: 'Points' },
  maxPoints: { vi: 'Điểm tối đa', en: 'Max points' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  noTarget: { vi: 'Chưa có chỉ tiêu', en: 'No target yet' },
  strive: { vi: 'phấn đấu', en: 'strive for' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  notApplicable: { vi: 'Không áp dụng', en: 'Not applicable' },
  note: { vi: 'Ghi chú', en: 'Note' },
  rate: { vi: 'Tỷ lệ', en: 'Rate' },
  countValue: { vi: 'Số lượng', en: 'Count' },
  textAnswer: { vi: 'Kết quả ghi nhận', en: 'Recorded finding' },
  notANumber: { vi: 'Chỉ nhập chữ số.', en: 'Digits only.' },
  evidenceHint: { vi: 'Gợi ý minh chứng', en: 'What to check' },
  s_met: { vi: 'Đạt', en: 'Met' },
  s_notMet: { vi: 'Không đạt', en: 'Not met' },
  s_unanswered: { vi: 'Chưa chấm', en: 'Not answered' },
  s_invalid: { vi: 'Chưa hợp lệ', en: 'Invalid' },
  s_notApplicable: { vi: 'Không áp dụng', en: 'Not applicable' },
  s_notJudged: { vi: 'Đã ghi nhận', en: 'Recorded' },
  // Evidence
  evidence: { vi: 'Minh chứng', en: 'Evidence' },
  takePhoto: { vi: 'Chụp ảnh', en: 'Take photo' },
  choosePhoto: { vi: 'Chọn ảnh', en: 'Choose photo' },
  compressing: { vi: 'Đang nén ảnh…', en: 'Compressing photo…' },
  photoFailed: {
    vi: 'Không đọc được ảnh này; hãy chụp lại hoặc chọn ảnh khác.',
    en: 'This photo could not be read; take or choose another.',
  },
  caption: { vi: 'Chú thích ảnh', en: 'Caption' },
  openPhoto: { vi: 'Xem ảnh', en: 'View photo' },
  deletePhoto: { vi: 'Xóa ảnh', en: 'Delete photo' },
  close: { vi: 'Đóng', en: 'Close' },
  // Findings, recommendations
  strengths: { vi: 'Ưu điểm', en: 'Strengths' },
  shortcomings: { vi: 'Tồn tại, hạn chế', en: 'Shortcomings' },
  addStrength: { vi: 'Thêm ưu điểm', en: 'Add strength' },
  addShortcoming: { vi: 'Thêm tồn tại, hạn chế', en: 'Add shortcoming' },
  findingText: { vi: 'Nội dung', en: 'Text' },
  recommendations: { vi: 'Kiến nghị', en: 'Recommendations' },
  addRecommendation: { vi: 'Thêm kiến nghị', en: 'Add recommendation' },
  recContent: { vi: 'Nội dung kiến nghị', en: 'Recommendation' },
  recOwner: { vi: 'Đơn vị, người thực hiện', en: 'Responsible' },
  recDeadline: { vi: 'Thời hạn', en: 'Deadline' },
  unitComments: { vi: 'Ý kiến của đơn vị được kiểm tra', en: "The unit's comments" },
  // Signatures, completion
  signatures: { vi: 'Chữ ký', en: 'Signatures' },
  sig_leader: { vi: 'Trưởng đoàn kiểm tra', en: 'Team leader' },
  sig_unitRepresentative: { vi: 'Đại diện đơn vị được kiểm tra', en: 'Unit representative' },
  signerName: { vi: 'Họ và tên người ký', en: "Signer's name" },
  signHere: { vi: 'Ký vào khung dưới đây', en: 'Sign in the box below' },
  clearSignature: { vi: 'Xóa nét ký', en: 'Clear' },
  saveSignature: { vi: 'Lưu chữ ký', en: 'Save signature' },
  signAgain: { vi: 'Ký lại', en: 'Sign again' },
  signedBy: { vi: 'Đã ký', en: 'Signed' },
  signatureEmpty: { vi: 'Hãy ký vào khung trước khi lưu.', en: 'Sign in the box before saving.' },
  complete: { vi: 'Hoàn thành', en: 'Complete' },
  completeHelp: {
    vi: 'Khi hoàn thành, cuộc kiểm tra sẽ bị khóa, không sửa được trên máy tính bảng.',
    en: 'Once completed, the inspection is locked on the tablet.',
  },
  missingTitle: { vi: 'Còn thiếu trước khi hoàn thành', en: 'Missing before completion' },
  readyToComplete: {
    vi: 'Đã đủ thông tin: có thể hoàn thành.',
    en: 'Everything is in: the inspection can be completed.',
  },
  cannotComplete: {
    vi: 'Chưa thể hoàn thành: hãy bổ sung các mục còn thiếu dưới đây.',
    en: 'Cannot complete yet: fill in the missing items below.',
  },
  missingUnanswered: { vi: 'chưa chấm', en: 'not answered' },
  missingInvalid: { vi: 'số liệu chưa hợp lệ', en: 'invalid figures' },
  missingSignature: { vi: 'Thiếu chữ ký', en: 'Missing signature' },
  completedAt: { vi: 'Hoàn thành lúc', en: 'Completed at' },
  // Summary
  summaryTitle: { vi: 'Kết quả chấm điểm', en: 'Scores' },
  area: { vi: 'Lĩnh vực', en: 'Area' },
  percent: { vi: 'Tỷ lệ điểm', en: 'Score' },
  printReport: { vi: 'In biên bản', en: 'Print report' },
  notScoredYet: { vi: 'Chưa chấm', en: 'Not scored' },
  // Sync bar
  syncStatus: { vi: 'Trạng thái đồng bộ', en: 'Sync status' },
  syncSignedOut: {
    vi: 'Chưa đăng nhập – dữ liệu chỉ lưu trên máy',
    en: 'Not signed in – data stays on this device',
  },
  syncing: { vi: 'Đang đồng bộ', en: 'Syncing' },
  syncingPhotos: { vi: 'ảnh', en: 'photos' },
  syncingPush: { vi: 'thay đổi gửi đi', en: 'changes sent' },
  syncingPull: { vi: 'dòng nhận về', en: 'rows received' },
  syncedAt: { vi: 'Đồng bộ lúc', en: 'Synced at' },
  neverSynced: { vi: 'Chưa đồng bộ lần nào', en: 'Not synced yet' },
  itemsWaiting: { vi: 'mục chờ', en: 'waiting' },
  photosWaiting: { vi: 'ảnh chờ', en: 'photos waiting' },
  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
  syncNow: { vi: 'Đồng bộ ngay', en: 'Sync now' },
  refusedChanges: { vi: 'thay đổi bị máy chủ từ chối', en: 'changes refused by the server' },
  refusedSeen: { vi: 'Đã xem', en: 'Dismiss' },
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof messages;

export const lang = signal<Lang>('vi');

/** Shows the app in `value` (the page's `lang` attribute follows, for screen readers and hyphenation). */
export function showLang(value: Lang): void {
  lang.value = value;
  if (typeof document !== 'undefined') document.documentElement.lang = value;
}

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

// Plain rows of one fully worked inspection and of a plan with many units, shaped like the synced rows
// (without the `_hlc`/`_updatedAt` the device adds). The unit tests build models from them; the print
// e2e tests write the same rows into the browser's IndexedDB.
import { type Answer, EMPTY_ANSWER } from '../../../../src/domain/answer.ts';
import { CCHC_2025, CCHC_2025_ID } from '../../../../src/domain/criteria/cchc-2025.ts';
import type { Criterion } from '../../../../src/domain/schemas/catalogue.ts';

/** A UUIDv7-shaped id with a readable tail. */
export function fixtureId(n: number, kind = 0): string {
  return `01940000-0000-7${String(kind).padStart(3, '0')}-8000-${String(n).padStart(12, '0')}`;
}

export const INSPECTION_ID = fixtureId(1, 1);
export const PLAN_ID = fixtureId(1, 2);
export const UNIT_NAME = 'Phòng Quản lý chuyên ngành';
export const LEADER = 'Nguyễn Thị Hồng Nhung';
export const UNIT_SIGNER = 'Hoàng Minh Đức';

const EMPTY = EMPTY_ANSWER;

/**
 * A deterministic answer for the n-th criterion: mostly met, some not met, one not applicable, a few
 * left unanswered, text criteria written. `seed` varies the pattern between units.
 */
export function answerFor(c: Criterion, n: number, seed = 0): Answer | null {
  const k = (n + seed) % 11;
  if (k === 10) return null;
  if (k === 9) return { ...EMPTY, notApplicable: true };
  const fail = k === 3 || k === 7;
  switch (c.measure.type) {
    case 'percent':
      return { ...EMPTY, numerator: fail ? 41 + (seed % 5) : 50, denominator: 50 };
    case 'yesNo':
      return { ...EMPTY, yesNo: fail ? c.target !== true : c.target === true };
    case 'count': {
      const target = typeof c.target === 'number' ? c.target : 4;
      const value = c.comparator === '<=' ? target + (fail ? 1 : 0) : Math.max(0, target - (fail ? 1 : 0));
      return { ...EMPTY, count: value };
    }
    case 'text':
      return { ...EMPTY, text: `Đơn vị đã triển khai nội dung ${c.id} đầy đủ, có văn bản kèm theo.` };
  }
}

export const CRITERIA = CCHC_2025.areas.flatMap((a) => a.criteria);

export function resultRows(inspectionId: string, seed = 0) {
  return CRITERIA.flatMap((c, n) => {
    const answer = answerFor(c, n, seed);
    if (answer === null) return [];
    return [
      {
        id: `${inspectionId}:${c.id}`,
        inspectionId,
        criterionId: c.id,
        ...answer,
        note: n === 4 ? 'Số liệu chốt ngày 31/12/2025 trên Hệ thống thông tin giải quyết TTHC tỉnh.' : '',
        deleted: false,
      },
    ];
  });
}

export function inspectionRow(overrides: Record<string, unknown> = {}) {
  return {
    id: INSPECTION_ID,
    planId: PLAN_ID,
    unitId: fixtureId(1, 3),
    unitName: UNIT_NAME,
    catalogueId: CCHC_2025_ID,
    date: '2026-01-05',
    place: 'Trụ sở Sở Khoa học và Công nghệ tỉnh Lai Châu',
    team: [
      { name: 'Lò Văn Thắng', title: 'Chuyên viên Văn phòng Sở', role: 'member' },
      { name: LEADER, title: 'Chánh Văn phòng Sở', role: 'leader' },
      { name: 'Phạm Thu Hương', title: 'Chuyên viên Văn phòng Sở', role: 'secretary' },
    ],
    unitRepresentatives: [
      { name: UNIT_SIGNER, title: 'Trưởng phòng' },
      { name: 'Đặng Thị Ngọc Ánh', title: 'Phó Trưởng phòng' },
    ],
    status: 'signed',
    assignedTo: [],
    unitComments: 'Đơn vị thống nhất với kết quả kiểm tra và sẽ khắc phục các tồn tại trong quý I năm 2026.',
    completedAt: '2026-01-05T09:30:00.000Z',
    deleted: false,
    ...overrides,
  };
}

export function findingRows(inspectionId = INSPECTION_ID) {
  const row = (n: number, kind: 'strength' | 'shortcoming', text: string, order: number) => ({
    id: fixtureId(n, 4),
    inspectionId,
    kind,
    text,
    order,
    deleted: false,
  });
  return [
    row(2, 'strength', 'Hồ sơ thủ tục hành chính được số hóa đầy đủ, lưu trữ khoa học.', 2),
    row(1, 'strength', 'Lãnh đạo phòng quan tâm chỉ đạo công tác cải cách hành chính.', 1),
    row(3, 'shortcoming', 'Một số hồ sơ chưa cập nhật kịp thời trên Hệ thống thông tin giải quyết TTHC.', 1),
    { ...row(4, 'shortcoming', 'Dòng đã xóa, không được in.', 2), deleted: true },
  ];
}

export const RECOMMENDATION_TEXT =
  'Rà soát, cập nhật đầy đủ hồ sơ TTHC trên Hệ thống thông tin giải quyết TTHC tỉnh.';

export function recommendationRows(inspectionId = INSPECTION_ID, n = 1) {
  return [
    {
      id: fixtureId(n * 10 + 1, 5),
      inspectionId,
      content: RECOMMENDATION_TEXT,
      owner: 'Trưởng phòng Quản lý chuyên ngành',
      deadline: '2026-03-31',
      status: 'open',
      deleted: false,
    },
    {
      id: fixtureId(n * 10 + 2, 5),
      inspectionId,
      content: 'Bổ sung quy chế phối hợp trong giải quyết thủ tục hành chính.',
      owner: 'Văn phòng Sở',
      deadline: null,
      status: 'done',
      deleted: false,
    },
  ];
}

export function evidenceRows(inspectionId = INSPECTION_ID) {
  const row = (n: number, criterionId: string | null) => ({
    id: fixtureId(n, 6),
    inspectionId,
    criterionId,
    sha256: 'a'.repeat(63) + String(n % 10),
    mime: 'image/jpeg',
    size: 1000,
    width: 800,
    height: 600,
    caption: '',
    takenAt: '2026-01-05T03:00:00.000Z',
    deleted: false,
  });
  return [row(1, 'A3.T1'), row(2, 'A3.T1'), row(3, 'A1.T1'), row(4, null)];
}

export function signatureRows(shas: { leader: string; unit: string }, inspectionId = INSPECTION_ID) {
  return [
    {
      id: `${inspectionId}:sig:leader`,
      inspectionId,
      role: 'leader',
      signerName: LEADER,
      sha256: shas.leader,
      signedAt: '2026-01-05T09:31:00.000Z',
      deleted: false,
    },
    {
      id: `${inspectionId}:sig:unitRepresentative`,
      inspectionId,
      role: 'unitRepresentative',
      signerName: UNIT_SIGNER,
      sha256: shas.unit,
      signedAt: '2026-01-05T09:32:00.000Z',
      deleted: false,
    },
  ];
}

// Long enough for four to six lines in the report's name column, so a row is one Chromium could split:
// rows of two or three lines never split, because of the default orphans and widows of 2.
const UNIT_KINDS = [
  'Phòng Quản lý khoa học và công nghệ cơ sở, phụ trách địa bàn các huyện phía tây số',
  'Trung tâm Kiểm định và Phát triển khoa học công nghệ, chi nhánh khu vực miền núi phía bắc tỉnh số',
  'Phòng Kế hoạch - Tài chính và Quản lý công nghệ, thị trường công nghệ, sở hữu trí tuệ số',
  'Văn phòng đại diện của Sở tại huyện miền núi, phụ trách tiêu chuẩn đo lường chất lượng số',
];

/** A plan over `count` units, each inspected, with names long enough to wrap in the report table. */
export function planFixture(count: number) {
  const units = Array.from({ length: count }, (_, i) => ({
    id: fixtureId(i + 1, 7),
    name: `${UNIT_KINDS[i % UNIT_KINDS.length]} ${String(i + 1).padStart(2, '0')}`,
    code: null,
    kind: 'phong',
    head: null,
    active: true,
    mergedInto: null,
    deleted: false,
  }));
  const plan = {
    id: PLAN_ID,
    year: 2025,
    unitIds: units.map((u) => u.id),
    activeUnitCount: count,
    required: Math.ceil(count / 5),
    status: 'approved',
    approvedAt: '2025-02-01T02:00:00.000Z',
    schedule: [],
    deleted: false,
  };
  const inspections = units.map((u, i) =>
    inspectionRow({
      id: fixtureId(i + 1, 8),
      unitId: u.id,
      unitName: u.name,
      date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      status: i % 3 === 0 ? 'completed' : 'signed',
    }),
  );
  const results = inspections.flatMap((ins, i) => resultRows(ins.id, i));
  const recommendations = inspections.slice(0, 6).flatMap((ins, i) => recommendationRows(ins.id, i + 1));
  return { units, plan, inspections, results, recommendations };
}

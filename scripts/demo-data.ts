// The sample department that `npm run demo` loads: the Sở's register, the 2025 catalogue, an approved 2025
// plan and its inspections. Every row has a fixed id, so loading it twice finds the rows already there.
import { catalogueToRow } from '../src/domain/criteria/catalogue-row.ts';
import { CCHC_2025 } from '../src/domain/criteria/cchc-2025.ts';
import { CatalogueId, InspectionId, PlanId, UnitId, UserId } from '../src/domain/ids.ts';
import { requiredCount } from '../src/domain/planning.ts';
import type { CatalogueRow } from '../src/domain/schemas/catalogue.ts';
import { type InspectionRow, newInspection } from '../src/domain/schemas/inspection.ts';
import type { PlanRow, ScheduleEntry } from '../src/domain/schemas/plan.ts';
import type { UnitKind, UnitRow } from '../src/domain/schemas/unit.ts';
import type { UserRole } from '../src/domain/schemas/user.ts';

/** A fixed UUIDv7 for demo row `n` of a kind (the time part is a day of November 2024). */
function demoId(kind: number, n: number): string {
  return `01936b2a-${kind.toString(16).padStart(4, '0')}-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  role: UserRole;
}

/** Demo accounts; the passwords are printed by the script and meant to be changed. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'vanphong',
    password: 'vanphong-2025',
    displayName: 'Lò Thị Hương (Văn phòng Sở)',
    role: 'admin',
  },
  { username: 'thanhtra1', password: 'thanhtra1-2025', displayName: 'Nguyễn Văn An', role: 'inspector' },
  { username: 'thanhtra2', password: 'thanhtra2-2025', displayName: 'Hà Thị Thu', role: 'inspector' },
];

type UnitSeed = [code: string, name: string, kind: UnitKind, head: string];

/**
 * The register: the Văn phòng, the phòng chuyên môn and the centres of the Sở after the 2025
 * reorganisation (plan §IV; names are plausible, heads invented), and the former Chi cục, merged into
 * its phòng, which keeps its row so its history stays readable.
 */
const UNITS: readonly UnitSeed[] = [
  ['VP', 'Văn phòng Sở', 'phong', 'Lò Thị Hương'],
  ['TTRA', 'Thanh tra Sở', 'phong', 'Nguyễn Đức Thắng'],
  ['QLKH', 'Phòng Quản lý khoa học', 'phong', 'Tao Văn Dũng'],
  ['QLCN', 'Phòng Quản lý công nghệ và Đổi mới sáng tạo', 'phong', 'Phạm Thị Lan'],
  ['TĐC', 'Phòng Tiêu chuẩn Đo lường Chất lượng', 'phong', 'Vàng A Chứ'],
  ['KHTC', 'Phòng Kế hoạch - Tài chính', 'phong', 'Đỗ Thị Thu Hà'],
  ['BCVT', 'Phòng Bưu chính, Viễn thông', 'phong', 'Hoàng Văn Sơn'],
  ['CĐS', 'Phòng Chuyển đổi số', 'phong', 'Giàng Thị Mai'],
  ['QLCNg', 'Phòng Quản lý chuyên ngành', 'phong', 'Sìn Văn Páo'],
  ['TTKĐ', 'Trung tâm Kiểm định và Phát triển khoa học công nghệ', 'donVi', 'Lê Quang Huy'],
  ['TTCNTT', 'Trung tâm Công nghệ thông tin và Truyền thông', 'donVi', 'Bùi Thị Ngọc'],
  ['TTTK', 'Trung tâm Thông tin và Thống kê khoa học công nghệ', 'donVi', 'Trần Minh Tuấn'],
];

const unitId = (i: number) => UnitId.parse(demoId(1, i + 1));
const MERGED_ID = UnitId.parse(demoId(1, 100));

export function demoUnits(): UnitRow[] {
  const units: UnitRow[] = UNITS.map(([code, name, kind, head], i) => ({
    id: unitId(i),
    name,
    code,
    kind,
    head,
    active: true,
    mergedInto: null,
    deleted: false,
  }));
  const into = units.find((u) => u.code === 'TĐC');
  units.push({
    id: MERGED_ID,
    name: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
    code: 'CCTĐC',
    kind: 'phong',
    head: null,
    active: false,
    mergedInto: into?.id ?? null,
    deleted: false,
  });
  return units;
}

export const DEMO_PLAN_ID = PlanId.parse(demoId(2, 2025));
const APPROVED_AT = '2025-02-20T02:00:00.000Z';

/** The 2025 catalogue, locked since the plan was approved with it. */
export function demoCatalogue(): CatalogueRow {
  return { ...catalogueToRow(CCHC_2025), lockedAt: APPROVED_AT };
}

/** Four planned inspections (the quota is 3 of 12 active units), split between the two inspectors. */
function schedule(ids: Record<string, string>): ScheduleEntry[] {
  const user = (name: string) => UserId.parse(ids[name]);
  const byCode = (code: string) => unitId(UNITS.findIndex(([c]) => c === code));
  return [
    {
      unitId: byCode('QLKH'),
      date: '2025-04-15',
      leader: 'Nguyễn Văn An',
      members: ['Trần Thị Bình'],
      inspectorIds: [user('thanhtra1')],
    },
    {
      unitId: byCode('TTKĐ'),
      date: '2025-05-20',
      leader: 'Nguyễn Văn An',
      members: ['Trần Thị Bình'],
      inspectorIds: [user('thanhtra1')],
    },
    {
      unitId: byCode('KHTC'),
      date: '2025-06-17',
      leader: 'Hà Thị Thu',
      members: ['Phạm Thu Dung'],
      inspectorIds: [user('thanhtra2')],
    },
    {
      unitId: byCode('CĐS'),
      date: '2025-09-09',
      leader: 'Hà Thị Thu',
      members: ['Nguyễn Văn An'],
      inspectorIds: [user('thanhtra2'), user('thanhtra1')],
    },
  ];
}

/** The approved plan; `ids` maps usernames to account ids. */
export function demoPlan(ids: Record<string, string>): PlanRow {
  const entries = schedule(ids);
  return {
    id: DEMO_PLAN_ID,
    year: 2025,
    unitIds: entries.map((e) => e.unitId),
    activeUnitCount: UNITS.length,
    required: requiredCount(UNITS.length),
    status: 'approved',
    approvedAt: APPROVED_AT,
    schedule: entries,
    deleted: false,
  };
}

/** One draft inspection per planned unit, assigned as scheduled. */
export function demoInspections(ids: Record<string, string>): InspectionRow[] {
  const names = new Map(demoUnits().map((u) => [u.id, u.name]));
  return schedule(ids).map((entry, i) =>
    newInspection({
      id: InspectionId.parse(demoId(3, i + 1)),
      planId: DEMO_PLAN_ID,
      unitId: entry.unitId,
      unitName: names.get(entry.unitId) ?? '',
      catalogueId: CatalogueId.parse(CCHC_2025.id),
      date: entry.date ?? '2025-12-31',
      place: 'Trụ sở Sở Khoa học và Công nghệ tỉnh Lai Châu',
      team: [
        { name: entry.leader ?? '', role: 'leader' },
        ...entry.members.map((name) => ({ name, role: 'member' as const })),
      ],
      assignedTo: entry.inspectorIds,
    }),
  );
}

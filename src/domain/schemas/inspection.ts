import { z } from 'zod';
import { IsoDate, IsoDateTime } from '../dates.ts';
import { CatalogueId, InspectionId, newId, PlanId, UnitId, UserId } from '../ids.ts';
import { LongText, MAX_LIST_ITEMS, Name, ShortText } from './limits.ts';

/** Where an inspection stands: nháp → đang kiểm tra → hoàn thành → đã ký. */
export const InspectionStatus = z.enum(['draft', 'inProgress', 'completed', 'signed']);
export type InspectionStatus = z.infer<typeof InspectionStatus>;

/** Vietnamese labels of the statuses. */
export const INSPECTION_STATUS_LABELS = {
  draft: 'nháp',
  inProgress: 'đang kiểm tra',
  completed: 'hoàn thành',
  signed: 'đã ký',
} as const satisfies Record<InspectionStatus, string>;

/** A member's part in the inspection team (đoàn kiểm tra). */
export const TeamRole = z.enum(['leader', 'member', 'secretary']);
export type TeamRole = z.infer<typeof TeamRole>;

/** Vietnamese labels of the team roles, as the biên bản prints them. */
export const TEAM_ROLE_LABELS = {
  leader: 'Trưởng đoàn',
  member: 'Thành viên',
  secretary: 'Thư ký',
} as const satisfies Record<TeamRole, string>;

/** One member of the inspection team; `title` is the job title (chức vụ). */
export const TeamMember = z.strictObject({ name: Name, title: ShortText.optional(), role: TeamRole });
export type TeamMember = z.infer<typeof TeamMember>;

/** A person who represents the inspected unit. */
export const UnitRepresentative = z.strictObject({ name: Name, title: ShortText.optional() });
export type UnitRepresentative = z.infer<typeof UnitRepresentative>;

const Team = z
  .array(TeamMember)
  .max(MAX_LIST_ITEMS)
  .refine((team) => team.filter((m) => m.role === 'leader').length <= 1, 'Một đoàn chỉ có một trưởng đoàn');

const Assignees = z
  .array(UserId)
  .max(MAX_LIST_ITEMS)
  .refine((ids) => new Set(ids).size === ids.length, 'Danh sách người được giao bị trùng');

/**
 * One inspection of one unit (synced table `inspections`). Every field but `id` merges on its own by
 * last-writer-wins, so the team is replaced as a whole list. `unitName` is copied from the unit at creation
 * so the biên bản stays right if the unit is renamed later; `planId` and `unitId` are null for an inspection
 * outside the yearly plan or of a unit not in the register.
 */
export const InspectionRow = z.strictObject({
  id: InspectionId,
  planId: PlanId.nullable(),
  unitId: UnitId.nullable(),
  unitName: Name,
  catalogueId: CatalogueId,
  date: IsoDate,
  place: ShortText,
  team: Team,
  unitRepresentatives: z.array(UnitRepresentative).max(MAX_LIST_ITEMS),
  status: InspectionStatus,
  /** Accounts that may see and edit the inspection on their tablets. */
  assignedTo: Assignees,
  /** Ý kiến của đơn vị được kiểm tra. */
  unitComments: LongText,
  completedAt: IsoDateTime.nullable(),
  deleted: z.boolean(),
});
export type InspectionRow = z.infer<typeof InspectionRow>;

/** What a new inspection needs; everything else starts empty. */
export interface NewInspectionInput {
  readonly unitName: string;
  readonly catalogueId: CatalogueId;
  readonly date: IsoDate;
  readonly id?: InspectionId;
  readonly planId?: PlanId | null;
  readonly unitId?: UnitId | null;
  readonly place?: string;
  readonly team?: readonly TeamMember[];
  readonly assignedTo?: readonly UserId[];
}

/**
 * A new draft inspection, validated; throws a ZodError for input the schema refuses.
 * @example
 * newInspection({ unitName: 'Phòng Quản lý khoa học', catalogueId, date: '2026-03-15', unitId, planId })
 */
export function newInspection(input: NewInspectionInput): InspectionRow {
  return InspectionRow.parse({
    id: input.id ?? newId(),
    planId: input.planId ?? null,
    unitId: input.unitId ?? null,
    unitName: input.unitName,
    catalogueId: input.catalogueId,
    date: input.date,
    place: input.place ?? '',
    team: [...(input.team ?? [])],
    unitRepresentatives: [],
    status: 'draft',
    assignedTo: [...(input.assignedTo ?? [])],
    unitComments: '',
    completedAt: null,
    deleted: false,
  } satisfies z.input<typeof InspectionRow>);
}

import { z } from 'zod';
import { PlanId, UnitId, UserId } from '../ids.ts';

/** One planned inspection: which unit, when, and by whom. */
export const ScheduleEntry = z.object({
  unitId: UnitId,
  /** Planned day, `yyyy-mm-dd`; null until fixed. */
  date: z.iso.date().nullable(),
  /** Name of the team leader (trưởng đoàn). */
  leader: z.string().trim().min(1).nullable(),
  /** Names of the other team members, as printed on the plan. */
  members: z.array(z.string().trim().min(1)),
  /** Accounts that may download and score this inspection on their tablets. */
  inspectorIds: z.array(UserId),
});
export type ScheduleEntry = z.infer<typeof ScheduleEntry>;

/** A plan is drafted, then approved once it meets the quota; an approved plan is final. */
export const PlanStatus = z.enum(['draft', 'approved']);
export type PlanStatus = z.infer<typeof PlanStatus>;

/**
 * The yearly inspection plan, as stored and synced; every field is one last-writer-wins unit
 * (the schedule travels whole). `activeUnitCount` and `required` are frozen at approval (null
 * before), so a later reorganisation does not change what the plan had to cover.
 */
export const PlanRow = z.object({
  id: PlanId,
  year: z.number().int().min(2000).max(2100),
  unitIds: z.array(UnitId),
  activeUnitCount: z.number().int().min(0).nullable(),
  required: z.number().int().min(0).nullable(),
  status: PlanStatus,
  approvedAt: z.iso.datetime().nullable(),
  schedule: z.array(ScheduleEntry),
  deleted: z.boolean(),
});
export type PlanRow = z.infer<typeof PlanRow>;

import { CatalogueId, InspectionId, PlanId, UnitId, UserId } from '../../../domain/ids.ts';
import type { Json } from '../../../domain/merge.ts';
import { newId } from '../../../domain/new-id.ts';
import {
  approvePlan,
  type InspectionRecord,
  newDraftPlan,
  type PlanError,
  proposePlan,
} from '../../../domain/planning.ts';
import { newInspection, type TeamMember } from '../../../domain/schemas/inspection.ts';
import type { PlanRow, ScheduleEntry } from '../../../domain/schemas/plan.ts';
import { createRow, writeFields } from '../../data/write.ts';
import type { AppDb } from '../../db.ts';
import { lockCatalogueRow } from './catalogues.ts';
import { asPlan, type LocalPlan, listPlans, listUnits } from './rows.ts';

/*
 * The yearly plan, as the office draws it up: a proposal (longest uninspected first, the 20% quota),
 * units added or removed by hand, a schedule with team and inspectors, then approval, which freezes
 * the quota and creates one inspection per planned unit for the assigned tablets to download.
 */

function asJson(value: object): Record<string, Json> {
  // Plan rows and schedule entries are plain parsed data (strings, numbers, arrays, null).
  return value as Record<string, Json>;
}

/** The year's plan: the approved one if any, else the most recent draft; null when there is none. */
export async function planForYear(db: AppDb, year: number): Promise<LocalPlan | null> {
  const plans = (await listPlans(db)).filter((p) => p.year === year);
  plans.sort(
    (a, b) => Number(b.status === 'approved') - Number(a.status === 'approved') || b.id.localeCompare(a.id),
  );
  return plans[0] ?? null;
}

/** When each unit was inspected, from every inspection on the device (drafts included). */
export async function inspectionHistory(db: AppDb): Promise<InspectionRecord[]> {
  const rows = await db.inspections.toArray();
  return rows
    .filter((r) => !r.deleted && r.unitId !== null)
    .map((r) => ({ unitId: UnitId.parse(r.unitId), date: r.date }));
}

/** Drafts the year's plan from `proposePlan`; returns its id. */
export async function draftPlan(db: AppDb, year: number, now = new Date()): Promise<string> {
  const [units, history] = await Promise.all([listUnits(db), inspectionHistory(db)]);
  const proposal = proposePlan(units, history, year);
  const plan = newDraftPlan(year, proposal.unitIds, PlanId.parse(newId()));
  await createRow(db, 'plans', { ...asJson(plan), id: plan.id }, now);
  return plan.id;
}

async function draftOf(db: AppDb, planId: string): Promise<LocalPlan> {
  const row = await db.plans.get(planId);
  if (!row) throw new Error(`plan ${planId} is not on this device`);
  const plan = asPlan(row);
  if (plan.status !== 'draft') throw new PlanApprovedError();
  return plan;
}

/** An approved plan is final; the screens do not offer edits, so this is a bug when it happens. */
export class PlanApprovedError extends Error {
  override name = 'PlanApprovedError';
  constructor() {
    super('Kế hoạch đã được phê duyệt nên không sửa được.');
  }
}

function blankEntry(unitId: string): ScheduleEntry {
  return { unitId: UnitId.parse(unitId), date: null, leader: null, members: [], inspectorIds: [] };
}

/** Adds a unit to a draft (with an empty schedule line), or removes it with its schedule line. */
export async function setPlanned(
  db: AppDb,
  planId: string,
  unitId: string,
  planned: boolean,
  now = new Date(),
): Promise<void> {
  const plan = await draftOf(db, planId);
  const has = plan.unitIds.includes(unitId as UnitId);
  if (planned === has) return;
  const unitIds = planned ? [...plan.unitIds, unitId] : plan.unitIds.filter((id) => id !== unitId);
  const schedule = planned
    ? [...plan.schedule, blankEntry(unitId)]
    : plan.schedule.filter((entry) => entry.unitId !== unitId);
  await writeFields(db, 'plans', planId, asJson({ unitIds, schedule }), { now });
}

/** What the office types for one planned inspection. */
export interface ScheduleInput {
  date: string | null;
  leader: string | null;
  members: string[];
  inspectorIds: string[];
}

/** Replaces one unit's schedule line; the schedule travels whole (one last-writer-wins field). */
export async function setSchedule(
  db: AppDb,
  planId: string,
  unitId: string,
  input: ScheduleInput,
  now = new Date(),
): Promise<void> {
  const plan = await draftOf(db, planId);
  const entry: ScheduleEntry = {
    unitId: UnitId.parse(unitId),
    date: input.date || null,
    leader: input.leader?.trim() || null,
    members: input.members.map((m) => m.trim()).filter(Boolean),
    inspectorIds: [...new Set(input.inspectorIds)].map((id) => UserId.parse(id)),
  };
  const others = plan.schedule.filter((e) => e.unitId !== unitId);
  const ordered = plan.unitIds.flatMap((id) =>
    id === unitId ? [entry] : others.filter((e) => e.unitId === id),
  );
  await writeFields(db, 'plans', planId, asJson({ schedule: ordered }), { now });
}

/** Why a plan cannot be approved: the domain's errors, or what the schedule still lacks. */
export interface ApproveError {
  code: PlanError['code'] | 'noDate' | 'noInspector' | 'noCatalogue';
  message: string;
  unitId?: string;
}

/** The outcome of approval: the inspections created, or every reason it was refused. */
export type ApproveOutcome = { ok: true; inspectionIds: string[] } | { ok: false; errors: ApproveError[] };

/** What approval needs beyond the quota: a date and at least one inspector for every planned unit. */
export function scheduleErrors(plan: PlanRow, unitName: (id: string) => string): ApproveError[] {
  const errors: ApproveError[] = [];
  for (const unitId of plan.unitIds) {
    const entry = plan.schedule.find((e) => e.unitId === unitId);
    if (!entry?.date) {
      errors.push({ code: 'noDate', unitId, message: `Chưa có ngày kiểm tra “${unitName(unitId)}”.` });
    }
    if (!entry || entry.inspectorIds.length === 0) {
      errors.push({
        code: 'noInspector',
        unitId,
        message: `Chưa giao thành viên đoàn (tài khoản) kiểm tra “${unitName(unitId)}”.`,
      });
    }
  }
  return errors;
}

function teamOf(entry: ScheduleEntry): TeamMember[] {
  const team: TeamMember[] = [];
  if (entry.leader) team.push({ name: entry.leader, role: 'leader' });
  for (const name of entry.members) team.push({ name, role: 'member' });
  return team;
}

/**
 * Approves a draft (`approvePlan`: below quota or a unit no longer active is refused with the
 * domain's Vietnamese messages), then creates one inspection per planned unit, assigned to the
 * schedule's inspectors, scored against `catalogueId`, which is locked from then on.
 */
export async function approvePlanWithInspections(
  db: AppDb,
  planId: string,
  catalogueId: string | null,
  now = new Date(),
): Promise<ApproveOutcome> {
  const plan = await draftOf(db, planId);
  const units = await listUnits(db);
  const nameOf = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  const approved = approvePlan(plan, units, now);
  if (!approved.ok) return approved;
  const errors = scheduleErrors(plan, nameOf);
  if (catalogueId === null) {
    errors.push({
      code: 'noCatalogue',
      message: `Chưa có bộ tiêu chí cho năm ${plan.year}: hãy mở mục “Bộ tiêu chí”.`,
    });
  }
  if (errors.length > 0 || catalogueId === null) return { ok: false, errors };

  const { status, approvedAt, activeUnitCount, required } = approved.plan;
  await writeFields(db, 'plans', planId, { status, approvedAt, activeUnitCount, required }, { now });
  await lockCatalogueRow(db, catalogueId, now);
  const inspectionIds: string[] = [];
  for (const entry of plan.schedule) {
    if (!plan.unitIds.includes(entry.unitId) || !entry.date) continue;
    const inspection = newInspection({
      id: InspectionId.parse(newId()),
      planId: plan.id,
      unitId: entry.unitId,
      unitName: nameOf(entry.unitId),
      catalogueId: CatalogueId.parse(catalogueId),
      date: entry.date,
      team: teamOf(entry),
      assignedTo: entry.inspectorIds,
    });
    await createRow(db, 'inspections', { ...asJson(inspection), id: inspection.id }, now);
    inspectionIds.push(inspection.id);
  }
  return { ok: true, inspectionIds };
}

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
import { type InspectionStatus, newInspection, type TeamMember } from '../../../domain/schemas/inspection.ts';
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

// A plan's unit list and schedule are whole-field writes built from the stored row. Office edits come
// faster than a write commits (tab out of one field into the next), so they run one after another:
// each reads the row the previous one wrote instead of both starting from the same old row.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Adds a unit to a draft (with an empty schedule line), or removes it with its schedule line. */
export function setPlanned(db: AppDb, planId: string, unitId: string, planned: boolean, now = new Date()) {
  return serially(async () => {
    const plan = await draftOf(db, planId);
    const has = plan.unitIds.includes(unitId as UnitId);
    if (planned === has) return;
    const unitIds = planned ? [...plan.unitIds, unitId] : plan.unitIds.filter((id) => id !== unitId);
    const schedule = planned
      ? [...plan.schedule, blankEntry(unitId)]
      : plan.schedule.filter((entry) => entry.unitId !== unitId);
    await writeFields(db, 'plans', planId, asJson({ unitIds, schedule }), { now });
  });
}

/** What the office types for one planned inspection. */
export interface ScheduleInput {
  date: string | null;
  leader: string | null;
  members: string[];
  inspectorIds: string[];
}

/** A change to one schedule line: some fields, or one inspector ticked or unticked. */
export type SchedulePatch = Partial<ScheduleInput> & { inspector?: { id: string; isAssigned: boolean } };

/** Changes one unit's schedule line; the schedule travels whole (one last-writer-wins field). */
export function setSchedule(
  db: AppDb,
  planId: string,
  unitId: string,
  patch: SchedulePatch,
  now = new Date(),
) {
  return serially(async () => {
    const plan = await draftOf(db, planId);
    const stored = plan.schedule.find((e) => e.unitId === unitId) ?? blankEntry(unitId);
    const { inspector, ...fields } = patch;
    const input = { ...stored, ...fields };
    if (inspector) {
      const others = input.inspectorIds.filter((id) => id !== inspector.id);
      input.inspectorIds = inspector.isAssigned ? [...others, inspector.id] : others;
    }
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
  });
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
export function approvePlanWithInspections(
  db: AppDb,
  planId: string,
  catalogueId: string | null,
  now = new Date(),
): Promise<ApproveOutcome> {
  return serially(() => approveNow(db, planId, catalogueId, now));
}

async function approveNow(
  db: AppDb,
  planId: string,
  catalogueId: string | null,
  now: Date,
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

/** What the plan screen reads in one live query. */
export interface PlanScreen {
  plan: LocalPlan | null;
  units: Awaited<ReturnType<typeof listUnits>>;
  /** Last inspection of each unit up to the plan's year, outside this plan. */
  lastInspectedOn: Map<string, string>;
  /** Status of each planned unit's inspection, once the plan is approved. */
  inspectionStatus: Map<string, InspectionStatus>;
}

export async function loadPlanScreen(db: AppDb, year: number): Promise<PlanScreen> {
  const [plan, units, inspections] = await Promise.all([
    planForYear(db, year),
    listUnits(db),
    db.inspections.toArray(),
  ]);
  const lastInspectedOn = new Map<string, string>();
  const inspectionStatus = new Map<string, InspectionStatus>();
  for (const i of inspections) {
    if (i.deleted || i.unitId === null) continue;
    if (plan && i.planId === plan.id) {
      inspectionStatus.set(i.unitId, i.status);
      continue;
    }
    const seen = lastInspectedOn.get(i.unitId);
    if (i.date <= `${year}-12-31` && (seen === undefined || i.date > seen))
      lastInspectedOn.set(i.unitId, i.date);
  }
  return { plan, units, lastInspectedOn, inspectionStatus };
}

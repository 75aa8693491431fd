import { newId, PlanId, type UnitId } from './ids.ts';
import type { PlanRow } from './schemas/plan.ts';
import type { UnitRow } from './schemas/unit.ts';

/** A past inspection of a unit, as far as planning needs it. */
export interface InspectionRecord {
  unitId: UnitId;
  /** Day of the inspection, `yyyy-mm-dd`. */
  date: string;
}

/** A unit proposed for the plan, with the day it was last inspected (null = never). */
export interface PlanPick {
  unitId: UnitId;
  lastInspectedOn: string | null;
}

/** The units `proposePlan` picks, longest uninspected first, and the quota they meet. */
export interface PlanProposal {
  year: number;
  activeUnitCount: number;
  required: number;
  picks: PlanPick[];
  unitIds: UnitId[];
}

/** Why a plan cannot be approved as it stands; `message` is shown to the office as is. */
export interface PlanError {
  code:
    | 'belowQuota'
    | 'empty'
    | 'unknownUnit'
    | 'deletedUnit'
    | 'inactiveUnit'
    | 'mergedUnit'
    | 'duplicateUnit'
    | 'scheduleOutsidePlan'
    | 'alreadyApproved';
  message: string;
  unitId?: UnitId;
}

/** The outcome of `approvePlan`. */
export type ApprovePlanResult = { ok: true; plan: PlanRow } | { ok: false; errors: PlanError[] };

/** A unit counts towards the quota and may be planned when it is active, not merged, not deleted. */
export function isActiveUnit(unit: UnitRow): boolean {
  return unit.active && unit.mergedInto === null && !unit.deleted;
}

/**
 * How many units a year's plan must cover: at least 20% of the active units (plan §II.1), rounded
 * up, in integer arithmetic (ceil(n / 5), no 0.2 × n in floating point). No active unit → 0.
 * @example requiredCount(12) // 3
 */
export function requiredCount(activeUnits: number): number {
  if (!Number.isSafeInteger(activeUnits) || activeUnits < 0) {
    throw new RangeError(`unit count must be a whole number ≥ 0, got ${activeUnits}`);
  }
  return Math.floor((activeUnits + 4) / 5);
}

// Vietnamese collation ("Đ" after "D", "Ư" after "U"), numbers by value ("P2" before "P10").
const collator = new Intl.Collator('vi', { numeric: true });

/**
 * Proposes a plan for `year`: exactly the required number of active units, those not inspected
 * for the longest time first (never inspected before all others). Inspections after the end of
 * `year` are ignored. Ties go by code (units without one last), then name, both in Vietnamese
 * order, then id, so the same register always gives the same proposal. The office may add more.
 */
export function proposePlan(
  units: readonly UnitRow[],
  history: readonly InspectionRecord[],
  year: number,
): PlanProposal {
  const last = new Map<string, string>();
  const yearEnd = `${year}-12-31`;
  for (const h of history) {
    const seen = last.get(h.unitId);
    if (h.date <= yearEnd && (seen === undefined || h.date > seen)) last.set(h.unitId, h.date);
  }
  const active = units.filter(isActiveUnit);
  const required = requiredCount(active.length);
  const picks = active
    .map((unit) => ({ unit, lastInspectedOn: last.get(unit.id) ?? null }))
    .sort((a, b) => compareLast(a.lastInspectedOn, b.lastInspectedOn) || compareUnits(a.unit, b.unit))
    .slice(0, required)
    .map(({ unit, lastInspectedOn }) => ({ unitId: unit.id, lastInspectedOn }));
  return { year, activeUnitCount: active.length, required, picks, unitIds: picks.map((p) => p.unitId) };
}

function compareLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

function compareUnits(a: UnitRow, b: UnitRow): number {
  if (a.code !== b.code) {
    if (a.code === null) return 1;
    if (b.code === null) return -1;
    const byCode = collator.compare(a.code, b.code);
    if (byCode !== 0) return byCode;
  }
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A draft plan row for `year` with one unscheduled entry per unit. */
export function newDraftPlan(
  year: number,
  unitIds: readonly UnitId[],
  id: PlanId = PlanId.parse(newId()),
): PlanRow {
  return {
    id,
    year,
    unitIds: [...unitIds],
    activeUnitCount: null,
    required: null,
    status: 'draft',
    approvedAt: null,
    schedule: unitIds.map((unitId) => ({ unitId, date: null, leader: null, members: [], inspectorIds: [] })),
    deleted: false,
  };
}

/**
 * Everything that keeps a plan from approval, in Vietnamese: a unit listed twice, unknown, deleted,
 * inactive or merged; a schedule entry for a unit outside the plan; too few active units. A draft
 * is checked against today's register; an approved plan against the counts frozen at approval.
 */
export function validatePlan(plan: PlanRow, units: readonly UnitRow[]): PlanError[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const label = (id: UnitId) => byId.get(id)?.name ?? id;
  const errors: PlanError[] = [];
  const seen = new Set<string>();
  const covered = new Set<string>();
  if (plan.unitIds.length === 0) errors.push({ code: 'empty', message: 'Kế hoạch chưa có đơn vị nào' });
  for (const unitId of plan.unitIds) {
    const unit = byId.get(unitId);
    if (seen.has(unitId)) {
      errors.push({
        code: 'duplicateUnit',
        unitId,
        message: `Đơn vị “${label(unitId)}” có tên hai lần trong kế hoạch`,
      });
      continue;
    }
    seen.add(unitId);
    if (unit === undefined) {
      errors.push({
        code: 'unknownUnit',
        unitId,
        message: `Không tìm thấy đơn vị có mã ${unitId} trong danh sách`,
      });
    } else if (unit.deleted) {
      errors.push({ code: 'deletedUnit', unitId, message: `Đơn vị “${unit.name}” đã bị xóa khỏi danh sách` });
    } else if (unit.mergedInto !== null) {
      const into = label(unit.mergedInto);
      errors.push({ code: 'mergedUnit', unitId, message: `Đơn vị “${unit.name}” đã sáp nhập vào “${into}”` });
    } else if (!unit.active) {
      errors.push({ code: 'inactiveUnit', unitId, message: `Đơn vị “${unit.name}” không còn hoạt động` });
    } else {
      covered.add(unitId);
    }
  }
  for (const entry of plan.schedule) {
    if (!seen.has(entry.unitId)) {
      const message = `Lịch kiểm tra có đơn vị “${label(entry.unitId)}” không thuộc kế hoạch`;
      errors.push({ code: 'scheduleOutsidePlan', unitId: entry.unitId, message });
    }
  }
  const isFrozen = plan.status === 'approved';
  const active =
    isFrozen && plan.activeUnitCount !== null ? plan.activeUnitCount : units.filter(isActiveUnit).length;
  const required = isFrozen && plan.required !== null ? plan.required : requiredCount(active);
  if (covered.size < required) {
    errors.push({
      code: 'belowQuota',
      message: `Kế hoạch mới có ${covered.size} đơn vị, cần ít nhất ${required} (20% của ${active} đơn vị đang hoạt động)`,
    });
  }
  return errors;
}

/**
 * Approves a draft plan that passes `validatePlan`, freezing today's active-unit count and quota.
 * @example approvePlan(draft, units, new Date()) // → { ok: true, plan: { status: 'approved', required: 3, … } }
 */
export function approvePlan(plan: PlanRow, units: readonly UnitRow[], now: Date): ApprovePlanResult {
  if (plan.status === 'approved') {
    return { ok: false, errors: [{ code: 'alreadyApproved', message: 'Kế hoạch đã được phê duyệt' }] };
  }
  const errors = validatePlan(plan, units);
  if (errors.length > 0) return { ok: false, errors };
  const activeUnitCount = units.filter(isActiveUnit).length;
  return {
    ok: true,
    plan: {
      ...plan,
      status: 'approved',
      approvedAt: now.toISOString(),
      activeUnitCount,
      required: requiredCount(activeUnitCount),
    },
  };
}

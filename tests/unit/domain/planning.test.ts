import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanId, UnitId } from '../../../src/domain/ids.ts';
import {
  approvePlan,
  isActiveUnit,
  newDraftPlan,
  proposePlan,
  requiredCount,
  validatePlan,
} from '../../../src/domain/planning.ts';
import { PlanRow } from '../../../src/domain/schemas/plan.ts';
import type { UnitRow } from '../../../src/domain/schemas/unit.ts';

const uid = (n: number) => UnitId.parse(`00000000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`);
const PLAN_ID = PlanId.parse('01930000-0000-7000-8000-000000000001');
const NOW = new Date('2025-01-15T02:00:00.000Z');

function unit(n: number, over: Partial<UnitRow> = {}): UnitRow {
  return {
    id: uid(n),
    name: `Phòng ${n}`,
    code: null,
    kind: 'phong',
    head: null,
    active: true,
    mergedInto: null,
    deleted: false,
    ...over,
  };
}
const register = (n: number) => Array.from({ length: n }, (_, i) => unit(i + 1));
const messages = (plan: PlanRow, units: UnitRow[]) => validatePlan(plan, units).map((e) => e.message);

describe('requiredCount', () => {
  it('is 20% of the active units rounded up', () => {
    expect([1, 4, 5, 6, 10, 11, 12, 15, 16].map(requiredCount)).toEqual([1, 1, 1, 2, 2, 3, 3, 3, 4]);
  });

  it('is 0 when no unit is active', () => {
    expect(requiredCount(0)).toBe(0);
  });

  it('is the smallest whole number reaching 20%, for any register size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        const k = requiredCount(n);
        expect(5 * k).toBeGreaterThanOrEqual(n);
        if (k > 0) expect(5 * (k - 1)).toBeLessThan(n);
      }),
    );
  });

  it('refuses negative and fractional counts', () => {
    expect(() => requiredCount(-1)).toThrow(RangeError);
    expect(() => requiredCount(2.5)).toThrow(RangeError);
  });
});

describe('isActiveUnit', () => {
  it('counts only active, unmerged, undeleted units', () => {
    expect(isActiveUnit(unit(1))).toBe(true);
    expect(isActiveUnit(unit(1, { active: false }))).toBe(false);
    expect(isActiveUnit(unit(1, { mergedInto: uid(2) }))).toBe(false);
    expect(isActiveUnit(unit(1, { deleted: true }))).toBe(false);
  });
});

describe('proposePlan', () => {
  it('picks never-inspected units first, then the longest uninspected', () => {
    const units = register(10);
    const history = [
      { unitId: uid(1), date: '2024-05-01' },
      { unitId: uid(2), date: '2022-03-01' },
      { unitId: uid(3), date: '2023-06-01' },
      ...[4, 5, 6, 7, 8, 9].map((n) => ({ unitId: uid(n), date: '2024-01-01' })),
    ];
    const p = proposePlan(units, history, 2025);
    expect(p).toMatchObject({ year: 2025, activeUnitCount: 10, required: 2 });
    expect(p.picks).toEqual([
      { unitId: uid(10), lastInspectedOn: null },
      { unitId: uid(2), lastInspectedOn: '2022-03-01' },
    ]);
    expect(p.unitIds).toEqual([uid(10), uid(2)]);
  });

  it('uses the latest inspection of each unit and ignores those after the plan year', () => {
    const units = register(5);
    const history = [
      { unitId: uid(1), date: '2020-01-01' },
      { unitId: uid(1), date: '2024-12-01' },
      { unitId: uid(2), date: '2021-01-01' },
      { unitId: uid(3), date: '2026-02-01' },
      ...[3, 4, 5].map((n) => ({ unitId: uid(n), date: '2023-01-01' })),
    ];
    expect(proposePlan(units, history, 2025).picks).toEqual([
      { unitId: uid(2), lastInspectedOn: '2021-01-01' },
    ]);
  });

  it('never proposes inactive, merged or deleted units, and counts only active ones', () => {
    const units = [
      unit(1, { active: false }),
      unit(2, { mergedInto: uid(3) }),
      unit(3),
      unit(4, { deleted: true }),
    ];
    const p = proposePlan(units, [], 2025);
    expect(p).toMatchObject({ activeUnitCount: 1, required: 1, unitIds: [uid(3)] });
  });

  it('breaks ties by code, then name in Vietnamese order, then id', () => {
    const units = [
      unit(1, { name: 'Phòng Đ' }),
      unit(2, { name: 'Phòng E' }),
      unit(3, { name: 'Phòng D' }),
      unit(4, { name: 'Phòng A', code: 'P10' }),
      unit(5, { name: 'Phòng B', code: 'P2' }),
      unit(7, { name: 'Phòng D' }),
      ...Array.from({ length: 24 }, (_, i) => unit(100 + i, { name: 'Trung tâm' })),
    ];
    const p = proposePlan(units, [], 2025);
    expect(p.required).toBe(6);
    expect(p.unitIds).toEqual([uid(5), uid(4), uid(3), uid(7), uid(1), uid(2)]);
  });

  it('proposes nothing for an empty register', () => {
    expect(proposePlan([], [], 2025)).toEqual({
      year: 2025,
      activeUnitCount: 0,
      required: 0,
      picks: [],
      unitIds: [],
    });
  });
});

describe('newDraftPlan', () => {
  it('makes a valid draft row with one unscheduled entry per unit', () => {
    const plan = newDraftPlan(2025, [uid(1), uid(2)], PLAN_ID);
    expect(PlanRow.safeParse(plan).success).toBe(true);
    expect(plan).toMatchObject({ status: 'draft', approvedAt: null, activeUnitCount: null, required: null });
    expect(plan.schedule.map((s) => s.unitId)).toEqual([uid(1), uid(2)]);
  });

  it('gives each new plan its own id', () => {
    expect(newDraftPlan(2025, []).id).not.toBe(newDraftPlan(2025, []).id);
  });
});

describe('validatePlan', () => {
  it('accepts a plan meeting the quota with active units', () => {
    expect(validatePlan(newDraftPlan(2025, [uid(1), uid(2), uid(3)], PLAN_ID), register(12))).toEqual([]);
  });

  it('explains a plan below quota in Vietnamese', () => {
    expect(messages(newDraftPlan(2025, [uid(1), uid(2)], PLAN_ID), register(12))).toEqual([
      'Kế hoạch mới có 2 đơn vị, cần ít nhất 3 (20% của 12 đơn vị đang hoạt động)',
    ]);
  });

  it('refuses inactive, merged, deleted and unknown units, and does not count them towards the quota', () => {
    const units = [
      ...register(3),
      unit(4, { name: 'Phòng Cũ', active: false }),
      unit(5, { name: 'Phòng Gộp', mergedInto: uid(1), active: false }),
      unit(6, { name: 'Phòng Xóa', deleted: true }),
    ];
    const errors = validatePlan(newDraftPlan(2025, [uid(4), uid(5), uid(6), uid(99)], PLAN_ID), units);
    expect(errors.map((e) => [e.code, e.message])).toEqual([
      ['inactiveUnit', 'Đơn vị “Phòng Cũ” không còn hoạt động'],
      ['mergedUnit', 'Đơn vị “Phòng Gộp” đã sáp nhập vào “Phòng 1”'],
      ['deletedUnit', 'Đơn vị “Phòng Xóa” đã bị xóa khỏi danh sách'],
      ['unknownUnit', `Không tìm thấy đơn vị có mã ${uid(99)} trong danh sách`],
      ['belowQuota', 'Kế hoạch mới có 0 đơn vị, cần ít nhất 1 (20% của 3 đơn vị đang hoạt động)'],
    ]);
  });

  it('refuses a unit listed twice and counts it once', () => {
    const plan = newDraftPlan(2025, [uid(1), uid(1)], PLAN_ID);
    expect(validatePlan(plan, register(6)).map((e) => e.code)).toEqual(['duplicateUnit', 'belowQuota']);
    expect(messages(plan, register(6))[0]).toBe('Đơn vị “Phòng 1” có tên hai lần trong kế hoạch');
  });

  it('refuses a schedule entry for a unit outside the plan', () => {
    const plan = newDraftPlan(2025, [uid(1)], PLAN_ID);
    const withExtra = { ...plan, schedule: [...plan.schedule, { ...plan.schedule[0], unitId: uid(2) }] };
    expect(validatePlan(PlanRow.parse(withExtra), register(3)).map((e) => e.code)).toEqual([
      'scheduleOutsidePlan',
    ]);
  });

  it('refuses an empty plan even when no unit is active', () => {
    expect(validatePlan(newDraftPlan(2025, [], PLAN_ID), []).map((e) => e.code)).toEqual(['empty']);
  });

  it('checks an approved plan against its frozen counts, not today’s register', () => {
    const approved = approvePlan(newDraftPlan(2025, [uid(1)], PLAN_ID), register(5), NOW);
    if (!approved.ok) throw new Error('approval failed');
    expect(validatePlan(approved.plan, register(20))).toEqual([]);
    expect(validatePlan({ ...approved.plan, status: 'draft' }, register(20)).map((e) => e.code)).toEqual([
      'belowQuota',
    ]);
  });
});

describe('approvePlan', () => {
  it('approves a valid draft and freezes the active count and the quota', () => {
    const units = [...register(12), unit(50, { active: false })];
    const r = approvePlan(newDraftPlan(2025, [uid(1), uid(2), uid(3)], PLAN_ID), units, NOW);
    expect(r).toMatchObject({
      ok: true,
      plan: { status: 'approved', approvedAt: '2025-01-15T02:00:00.000Z', activeUnitCount: 12, required: 3 },
    });
    if (r.ok) expect(PlanRow.safeParse(r.plan).success).toBe(true);
  });

  it('returns the errors of a plan below quota instead of approving it', () => {
    const r = approvePlan(newDraftPlan(2025, [uid(1)], PLAN_ID), register(12), NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.code)).toEqual(['belowQuota']);
  });

  it('refuses to approve a plan twice', () => {
    const first = approvePlan(newDraftPlan(2025, [uid(1)], PLAN_ID), register(5), NOW);
    if (!first.ok) throw new Error('approval failed');
    const again = approvePlan(first.plan, register(5), new Date('2025-06-01T00:00:00.000Z'));
    expect(again).toEqual({
      ok: false,
      errors: [{ code: 'alreadyApproved', message: 'Kế hoạch đã được phê duyệt' }],
    });
  });
});

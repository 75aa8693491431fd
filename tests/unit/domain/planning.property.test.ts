import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanId, UnitId } from '../../../src/domain/ids.ts';
import {
  type InspectionRecord,
  isActiveUnit,
  newDraftPlan,
  proposePlan,
  requiredCount,
  validatePlan,
} from '../../../src/domain/planning.ts';
import type { UnitRow } from '../../../src/domain/schemas/unit.ts';

const uid = (n: number) => UnitId.parse(`00000000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`);
const PLAN_ID = PlanId.parse('01930000-0000-7000-8000-000000000001');

/** A register of 1–500 units with any mix of states, codes and (clashing) names, and a history. */
const world = fc.integer({ min: 1, max: 500 }).chain((size) =>
  fc.record({
    units: fc.tuple(
      ...Array.from({ length: size }, (_, i) =>
        fc.record({
          id: fc.constant(uid(i + 1)),
          name: fc.constantFrom('Phòng Đ', 'Phòng D', 'Phòng E', 'Văn phòng', 'Trung tâm'),
          code: fc.option(fc.constantFrom('P1', 'P2', 'P10', 'VP')),
          kind: fc.constantFrom('phong' as const, 'donVi' as const),
          head: fc.constant(null),
          active: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
          mergedInto: fc.option(fc.constant(uid(1)), { freq: 10 }),
          deleted: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
        }),
      ),
    ),
    history: fc.array(
      fc.record({
        unitId: fc.integer({ min: 1, max: size }).map(uid),
        date: fc.constantFrom('2019-04-01', '2021-10-10', '2023-02-28', '2024-12-31', '2026-01-01'),
      }),
      { maxLength: 600 },
    ),
  }),
);

const lastDate = (history: readonly InspectionRecord[], id: string) =>
  history
    .filter((h) => h.unitId === id && h.date <= '2025-12-31')
    .map((h) => h.date)
    .sort()
    .at(-1) ?? '';

describe('plan proposal properties', () => {
  it('always meets the quota exactly with distinct active units, and the plan validates', () => {
    fc.assert(
      fc.property(world, ({ units, history }) => {
        const p = proposePlan(units, history, 2025);
        const active = units.filter(isActiveUnit);
        const byId = new Map<string, UnitRow>(units.map((u) => [u.id, u]));
        expect(p.activeUnitCount).toBe(active.length);
        expect(p.unitIds).toHaveLength(requiredCount(active.length));
        expect(new Set(p.unitIds).size).toBe(p.unitIds.length);
        for (const id of p.unitIds) {
          const picked = byId.get(id);
          expect(picked !== undefined && isActiveUnit(picked)).toBe(true);
        }
        if (p.unitIds.length > 0)
          expect(validatePlan(newDraftPlan(2025, p.unitIds, PLAN_ID), units)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('never leaves out a unit inspected longer ago than one it picks', () => {
    fc.assert(
      fc.property(world, ({ units, history }) => {
        const p = proposePlan(units, history, 2025);
        const picked = new Set<string>(p.unitIds);
        const newestPicked =
          p.unitIds
            .map((id) => lastDate(history, id))
            .sort()
            .at(-1) ?? '';
        for (const u of units.filter((x) => isActiveUnit(x) && !picked.has(x.id))) {
          expect(lastDate(history, u.id) >= newestPicked).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same proposal whatever order the register and history come in', () => {
    fc.assert(
      fc.property(
        world.chain((w) =>
          fc.tuple(
            fc.constant(w),
            fc.shuffledSubarray(w.units, { minLength: w.units.length }),
            fc.shuffledSubarray(w.history, { minLength: w.history.length }),
          ),
        ),
        ([w, units, history]) => {
          expect(proposePlan(units, history, 2025)).toEqual(proposePlan(w.units, w.history, 2025));
        },
      ),
      { numRuns: 40 },
    );
  });
});

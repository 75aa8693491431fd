import { describe, expect, it } from 'vitest';
import { buildDashboard, type DashboardInput } from '../../../../src/app/office/dashboard-model.ts';
import { type Answer, EMPTY_ANSWER } from '../../../../src/domain/answer.ts';
import { CCHC_2025 } from '../../../../src/domain/criteria/cchc-2025.ts';
import { CatalogueId, InspectionId, RecommendationId, UnitId } from '../../../../src/domain/ids.ts';
import { newId } from '../../../../src/domain/new-id.ts';
import { newDraftPlan } from '../../../../src/domain/planning.ts';
import { newInspection } from '../../../../src/domain/schemas/inspection.ts';
import type { RecommendationRow } from '../../../../src/domain/schemas/recommendation.ts';

const catalogueId = CatalogueId.parse(CCHC_2025.id);

function inspection(unitName: string, status: 'draft' | 'completed' | 'signed') {
  return { ...newInspection({ unitName, catalogueId, date: '2025-05-01' }), status };
}

/** Every judgeable criterion answered: met, except those in `notMet`. */
function answers(notMet: string[]): Map<string, Answer> {
  const map = new Map<string, Answer>();
  for (const c of CCHC_2025.areas.flatMap((a) => a.criteria)) {
    const fail = notMet.includes(c.id);
    switch (c.measure.type) {
      case 'percent':
        map.set(c.id, { ...EMPTY_ANSWER, numerator: fail ? 0 : 100, denominator: 100 });
        break;
      case 'yesNo':
        map.set(c.id, { ...EMPTY_ANSWER, yesNo: fail ? !c.target : Boolean(c.target) });
        break;
      case 'count':
        map.set(c.id, {
          ...EMPTY_ANSWER,
          count: fail ? (c.comparator === '<=' ? 999 : 0) : Number(c.target ?? 0),
        });
        break;
      case 'text':
        map.set(c.id, { ...EMPTY_ANSWER, text: 'Ghi nhận' });
        break;
    }
  }
  return map;
}

function recommendation(
  inspectionId: string,
  deadline: string | null,
  status: 'open' | 'done',
): RecommendationRow {
  return {
    id: RecommendationId.parse(newId()),
    inspectionId: InspectionId.parse(inspectionId),
    content: `Kiến nghị ${deadline ?? 'không hạn'} ${status}`,
    owner: 'Trưởng phòng',
    deadline,
    status,
    deleted: false,
  };
}

describe('the office dashboard', () => {
  const a = inspection('Phòng A', 'completed');
  const b = inspection('Phòng B', 'signed');
  const c = inspection('Phòng C', 'draft');
  const plan = {
    ...newDraftPlan(
      2025,
      [1, 2, 3].map(() => UnitId.parse(newId())),
    ),
    required: 3,
  };
  const input: DashboardInput = {
    year: 2025,
    plan,
    activeUnitCount: 12,
    inspections: [a, b, c],
    answers: new Map([
      [a.id, answers(['A3.T1', 'A1.T1'])],
      [b.id, answers(['A3.T1'])],
      [c.id, answers(['A3.T1', 'A3.T2', 'A7.T1'])],
    ]),
    catalogues: new Map([[catalogueId, CCHC_2025]]),
    recommendations: [
      recommendation(a.id, '2025-12-31', 'open'),
      recommendation(a.id, '2025-06-01', 'open'),
      recommendation(b.id, null, 'open'),
      recommendation(b.id, '2025-01-01', 'done'),
      recommendation(b.id, '2025-03-01', 'open'),
    ],
    today: '2025-07-01',
  };
  const dashboard = buildDashboard(input);

  it('counts coverage against the frozen quota: planned, done (completed or signed), signed', () => {
    expect(dashboard.coverage).toEqual({ required: 3, planned: 3, done: 2, signed: 1 });
  });

  it('scores every inspection and pools area scores over finished inspections only', () => {
    const byUnit = Object.fromEntries(dashboard.inspections.map((i) => [i.unitName, i.percent]));
    expect(byUnit['Phòng B']).toBeGreaterThan(byUnit['Phòng A'] ?? 100);
    expect(byUnit['Phòng C']).not.toBeNull();
    const a3 = dashboard.areas.find((x) => x.areaId === 'A3');
    expect(a3?.inspections).toBe(2);
    expect(dashboard.areas.find((x) => x.areaId === 'A7')?.percent).toBe(100);
    expect(dashboard.areas.map((x) => x.areaId)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']);
  });

  it('lists the criteria most often not met, from finished inspections', () => {
    expect(dashboard.notMet.map((x) => [x.criterionId, x.count, x.judged])).toEqual([
      ['A3.T1', 2, 2],
      ['A1.T1', 1, 2],
    ]);
  });

  it('orders recommendations overdue first, then open by deadline, then done', () => {
    expect(dashboard.recommendations.map((r) => [r.deadline, r.status, r.isOverdue])).toEqual([
      ['2025-03-01', 'open', true],
      ['2025-06-01', 'open', true],
      ['2025-12-31', 'open', false],
      [null, 'open', false],
      ['2025-01-01', 'done', false],
    ]);
    expect(dashboard.recommendations[0]?.unitName).toBe('Phòng B');
  });

  it('uses ceil(20%) of the active units while there is no plan', () => {
    expect(buildDashboard({ ...input, plan: null, inspections: [] }).coverage).toEqual({
      required: 3,
      planned: 0,
      done: 0,
      signed: 0,
    });
  });
});

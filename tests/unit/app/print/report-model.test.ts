import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput } from '../../../../src/app/print/report-model.ts';
import { CCHC_2025, CCHC_2025_ID } from '../../../../src/domain/criteria/cchc-2025.ts';
import { fixtureId, planFixture } from './fixtures.ts';

function reportInput(count: number, overrides: Partial<ReportInput> = {}): ReportInput {
  const f = planFixture(count);
  const results = new Map<string, ReturnType<typeof planFixture>['results']>();
  for (const r of f.results) results.set(r.inspectionId, [...(results.get(r.inspectionId) ?? []), r]);
  return {
    plan: f.plan,
    units: f.units,
    inspections: f.inspections as ReportInput['inspections'],
    results,
    recommendations: f.recommendations as ReportInput['recommendations'],
    catalogues: new Map([[CCHC_2025_ID, CCHC_2025]]),
    date: '2026-04-15',
    ...overrides,
  };
}

describe('buildReport', () => {
  it('counts coverage against the 20% quota frozen in the plan', () => {
    const model = buildReport(reportInput(12));
    expect(model.coverage).toEqual({ activeUnitCount: 12, required: 3, planned: 12, done: 12, signed: 8 });
    expect(model.coverageLines[1]).toBe(
      'Số phòng, đơn vị đưa vào kế hoạch kiểm tra: 12 (100,0%), đạt yêu cầu tối thiểu 20%.',
    );
  });

  it('works the quota out from the unit count when the plan has not frozen it, and says when it is not met', () => {
    const base = reportInput(12);
    const model = buildReport({
      ...base,
      plan: { ...base.plan, required: null, activeUnitCount: 23, unitIds: base.plan.unitIds.slice(0, 4) },
      inspections: base.inspections.slice(0, 2),
    });
    expect(model.coverage).toMatchObject({ activeUnitCount: 23, required: 5, planned: 4, done: 2 });
    expect(model.coverageLines[1]).toContain('chưa đạt yêu cầu tối thiểu 20%');
    expect(model.units.map((u) => u.status)).toEqual([
      'hoàn thành',
      'đã ký',
      'chưa kiểm tra',
      'chưa kiểm tra',
    ]);
    expect(model.units[2]).toMatchObject({ date: '', points: '', percent: '', areas: Array(7).fill('') });
  });

  it('gives each planned unit its date, status and percent per area, in plan order', () => {
    const model = buildReport(reportInput(3));
    expect(model.areaColumns.map((a) => a.label)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    expect(model.units.map((u) => [u.index, u.date])).toEqual([
      [1, '01/01/2025'],
      [2, '02/02/2025'],
      [3, '03/03/2025'],
    ]);
    for (const u of model.units) {
      expect(u.areas).toHaveLength(7);
      expect(u.percent).toMatch(/^\d+,\d%$/);
      expect(u.points).toMatch(/^[\d,]+\/[\d,]+$/);
    }
  });

  it('uses the latest inspection of a unit inspected twice', () => {
    const base = reportInput(1);
    const first = base.inspections[0];
    if (!first) throw new Error('fixture');
    const again = { ...first, id: fixtureId(99, 8), date: '2025-12-30', status: 'completed' as const };
    const model = buildReport({ ...base, inspections: [first, again] });
    expect(model.units).toHaveLength(1);
    expect(model.units[0]).toMatchObject({ date: '30/12/2025', status: 'hoàn thành', points: '' });
  });

  it('ranks the criteria not met by how many units missed them', () => {
    const model = buildReport(reportInput(12));
    expect(model.failing.length).toBeGreaterThan(0);
    expect(model.failing.length).toBeLessThanOrEqual(10);
    for (let i = 1; i < model.failing.length; i++) {
      expect(model.failing[i - 1]?.notMet).toBeGreaterThanOrEqual(model.failing[i]?.notMet ?? 0);
    }
    for (const f of model.failing) {
      expect(f.notMet).toBeGreaterThan(0);
      expect(f.notMet).toBeLessThanOrEqual(f.judged);
      expect(f.text).not.toBe('');
    }
  });

  it('lists recommendations with their unit and status, open ones past their deadline as overdue', () => {
    const model = buildReport(reportInput(2));
    expect(model.recommendations.map((r) => [r.unitName.slice(-2), r.deadline, r.status])).toEqual([
      ['01', '31/03/2026', 'quá hạn, chưa thực hiện'],
      ['01', '', 'đã thực hiện'],
      ['02', '31/03/2026', 'quá hạn, chưa thực hiện'],
      ['02', '', 'đã thực hiện'],
    ]);
    expect(model.recommendationSummary).toBe('Tổng số kiến nghị: 4; đã thực hiện: 2; chưa thực hiện: 2.');
    const early = buildReport(reportInput(2, { date: '2026-01-10' }));
    expect(early.recommendations[0]?.status).toBe('chưa thực hiện');
  });

  it('is signed KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC by Trần Văn Tuấn unless the plan names another signer', () => {
    const model = buildReport(reportInput(1, { number: '7' }));
    expect(model.signer).toEqual({ authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Trần Văn Tuấn' });
    expect(model.header.number).toBe('Số: 07/BC-SKHCN');
    expect(model.header.placeDate).toBe('Lai Châu, ngày 15 tháng 4 năm 2026');
    const other = { authority: 'GIÁM ĐỐC', title: '', name: 'Nguyễn Văn A' };
    expect(buildReport(reportInput(1, { signer: other })).signer).toEqual(other);
  });
});

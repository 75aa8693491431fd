import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDb } from '../../../../../src/app/db.ts';
import { seedBundledCatalogues } from '../../../../../src/app/office/data/catalogues.ts';
import {
  approvePlanWithInspections,
  draftPlan,
  planForYear,
  setPlanned,
  setSchedule,
} from '../../../../../src/app/office/data/plans.ts';
import { addUnit, setUnitActive } from '../../../../../src/app/office/data/units.ts';
import { CCHC_2025_ID } from '../../../../../src/domain/criteria/cchc-2025-id.ts';
import { newId } from '../../../../../src/domain/new-id.ts';

const INSPECTOR = newId();

describe('the yearly plan', () => {
  let db: AppDb;
  let units: string[];
  beforeEach(async () => {
    db = new AppDb(`test-${crypto.randomUUID()}`);
    units = [];
    for (let i = 1; i <= 12; i++) {
      units.push(await addUnit(db, { name: `Phòng ${i}`, code: `P${i}`, kind: 'phong', head: null }));
    }
  });
  afterEach(async () => {
    await db.delete();
  });

  it('drafts ceil(20%) of the active units, never inspected first, by code', async () => {
    await setUnitActive(db, units[0] ?? '', false);
    const id = await draftPlan(db, 2026);
    const plan = await planForYear(db, 2026);
    expect(plan?.id).toBe(id);
    expect(plan?.status).toBe('draft');
    // 11 active → 3 required: P2, P3, P4 (P1 is inactive).
    expect(plan?.unitIds).toEqual(units.slice(1, 4));
    expect(plan?.schedule.map((s) => s.unitId)).toEqual(units.slice(1, 4));
  });

  it('adds and removes units with their schedule lines', async () => {
    const id = await draftPlan(db, 2026);
    await setPlanned(db, id, units[11] ?? '', true);
    await setPlanned(db, id, units[0] ?? '', false);
    const plan = await planForYear(db, 2026);
    expect(plan?.unitIds).toEqual([units[1], units[2], units[11]]);
    expect(plan?.schedule.map((s) => s.unitId)).toEqual([units[1], units[2], units[11]]);
  });

  it('keeps every schedule edit made in quick succession, each on top of the previous one', async () => {
    const id = await draftPlan(db, 2026);
    const unitId = units[0] ?? '';
    const other = newId();
    await Promise.all([
      setSchedule(db, id, unitId, { date: '2026-04-15' }),
      setSchedule(db, id, unitId, { leader: 'Nguyễn Văn An' }),
      setSchedule(db, id, unitId, { members: ['Lò Thị Bình', 'Trần Văn C'] }),
      setSchedule(db, id, unitId, { inspector: { id: INSPECTOR, isAssigned: true } }),
      setSchedule(db, id, unitId, { inspector: { id: other, isAssigned: true } }),
      setSchedule(db, id, unitId, { inspector: { id: INSPECTOR, isAssigned: false } }),
    ]);
    const entry = (await planForYear(db, 2026))?.schedule.find((e) => e.unitId === unitId);
    expect(entry).toEqual({
      unitId,
      date: '2026-04-15',
      leader: 'Nguyễn Văn An',
      members: ['Lò Thị Bình', 'Trần Văn C'],
      inspectorIds: [other],
    });
  });

  it('refuses a plan below quota with the domain message, and one without dates or inspectors', async () => {
    await seedBundledCatalogues(db);
    const id = await draftPlan(db, 2026);
    await setPlanned(db, id, units[0] ?? '', false);
    const below = await approvePlanWithInspections(db, id, CCHC_2025_ID);
    expect(below).toEqual({
      ok: false,
      errors: [
        {
          code: 'belowQuota',
          message: 'Kế hoạch mới có 2 đơn vị, cần ít nhất 3 (20% của 12 đơn vị đang hoạt động)',
        },
      ],
    });
    await setPlanned(db, id, units[0] ?? '', true);
    const unscheduled = await approvePlanWithInspections(db, id, CCHC_2025_ID);
    expect(unscheduled.ok).toBe(false);
    if (!unscheduled.ok) {
      expect(unscheduled.errors.map((e) => e.code)).toEqual([
        'noDate',
        'noInspector',
        'noDate',
        'noInspector',
        'noDate',
        'noInspector',
      ]);
      expect(unscheduled.errors[0]?.message).toBe('Chưa có ngày kiểm tra “Phòng 2”.');
    }
    expect((await planForYear(db, 2026))?.status).toBe('draft');
    expect(await db.inspections.count()).toBe(0);
  });

  it('approves a full plan: freezes the quota, locks the catalogue and creates one assigned inspection per unit', async () => {
    await seedBundledCatalogues(db);
    const id = await draftPlan(db, 2026);
    const plan = await planForYear(db, 2026);
    for (const [i, unitId] of (plan?.unitIds ?? []).entries()) {
      await setSchedule(db, id, unitId, {
        date: `2026-0${i + 4}-15`,
        leader: 'Nguyễn Văn An',
        members: ['Lò Thị Bình', ' '],
        inspectorIds: [INSPECTOR, INSPECTOR],
      });
    }
    const now = new Date('2026-03-01T02:00:00Z');
    const outcome = await approvePlanWithInspections(db, id, CCHC_2025_ID, now);
    expect(outcome.ok).toBe(true);
    expect(await planForYear(db, 2026)).toMatchObject({
      status: 'approved',
      approvedAt: '2026-03-01T02:00:00.000Z',
      activeUnitCount: 12,
      required: 3,
    });
    expect((await db.catalogues.get(CCHC_2025_ID))?.lockedAt).toBe('2026-03-01T02:00:00.000Z');
    const inspections = (await db.inspections.toArray()).sort((a, b) => a.date.localeCompare(b.date));
    expect(inspections.map((i) => [i.unitName, i.date, i.planId, i.status])).toEqual([
      ['Phòng 1', '2026-04-15', id, 'draft'],
      ['Phòng 2', '2026-05-15', id, 'draft'],
      ['Phòng 3', '2026-06-15', id, 'draft'],
    ]);
    expect(inspections[0]).toMatchObject({
      catalogueId: CCHC_2025_ID,
      assignedTo: [INSPECTOR],
      team: [
        { name: 'Nguyễn Văn An', role: 'leader' },
        { name: 'Lò Thị Bình', role: 'member' },
      ],
    });
    const second = await approvePlanWithInspections(db, id, CCHC_2025_ID, now).catch((e: Error) => e.message);
    expect(second).toBe('Kế hoạch đã được phê duyệt nên không sửa được.');
    expect(await db.inspections.count()).toBe(3);
  });
});

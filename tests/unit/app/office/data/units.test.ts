import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInspection } from '../../../../../src/app/data/inspections.ts';
import { writeFields } from '../../../../../src/app/data/write.ts';
import { AppDb } from '../../../../../src/app/db.ts';
import { listUnits } from '../../../../../src/app/office/data/rows.ts';
import {
  addUnit,
  checkUnitInput,
  importUnits,
  mergeUnit,
  setUnitActive,
  unitsWithHistory,
  updateUnit,
} from '../../../../../src/app/office/data/units.ts';

describe('the office register of units', () => {
  let db: AppDb;
  beforeEach(() => {
    db = new AppDb(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('adds a unit through the write path, so it waits in the outbox for sync', async () => {
    const id = await addUnit(db, { name: ' Văn phòng Sở ', code: 'VP', kind: 'phong', head: '' });
    expect(await db.units.get(id)).toMatchObject({
      name: 'Văn phòng Sở',
      code: 'VP',
      head: null,
      active: true,
      mergedInto: null,
      deleted: false,
    });
    const [entry] = await db.outbox.toArray();
    expect(entry?.ops).toEqual([expect.objectContaining({ table: 'units', id })]);
  });

  it('lists units by code in Vietnamese order, numbers by value', async () => {
    await addUnit(db, { name: 'Phòng 10', code: 'P10', kind: 'phong', head: null });
    await addUnit(db, { name: 'Phòng 2', code: 'P2', kind: 'phong', head: null });
    await addUnit(db, { name: 'Không mã', code: null, kind: 'donVi', head: null });
    expect((await listUnits(db)).map((u) => u.name)).toEqual(['Phòng 2', 'Phòng 10', 'Không mã']);
  });

  it('refuses an empty name and a code another unit has', async () => {
    await addUnit(db, { name: 'Văn phòng Sở', code: 'VP', kind: 'phong', head: null });
    const units = await listUnits(db);
    expect(checkUnitInput({ name: ' ', code: null, kind: 'phong', head: null }, units)).toBe(
      'Nhập tên phòng, đơn vị.',
    );
    expect(checkUnitInput({ name: 'Khác', code: 'vp', kind: 'phong', head: null }, units)).toBe(
      'Mã vp đã dùng cho “Văn phòng Sở”.',
    );
    expect(
      checkUnitInput({ name: 'Văn phòng', code: 'VP', kind: 'phong', head: null }, units, units[0]?.id),
    ).toBeNull();
  });

  it('edits and deactivates a unit, and brings it back', async () => {
    const id = await addUnit(db, { name: 'Phòng A', code: 'PA', kind: 'phong', head: null });
    await updateUnit(db, id, { name: 'Phòng A mới', code: 'PA', kind: 'phong', head: 'Bà C' });
    await expect(setUnitActive(db, id, false)).resolves.toEqual({ ok: true });
    expect(await db.units.get(id)).toMatchObject({ name: 'Phòng A mới', head: 'Bà C', active: false });
    await setUnitActive(db, id, true);
    expect((await db.units.get(id))?.active).toBe(true);
  });

  it('merges a unit into an active one and never revives a merged unit', async () => {
    const a = await addUnit(db, { name: 'Phòng A', code: 'PA', kind: 'phong', head: null });
    const b = await addUnit(db, { name: 'Phòng B', code: 'PB', kind: 'phong', head: null });
    await expect(mergeUnit(db, a, a)).resolves.toMatchObject({ ok: false });
    await expect(mergeUnit(db, a, b)).resolves.toEqual({ ok: true });
    expect(await db.units.get(a)).toMatchObject({ active: false, mergedInto: b });
    await expect(setUnitActive(db, a, true)).resolves.toEqual({
      ok: false,
      message: 'Đơn vị đã sáp nhập nên không thể hoạt động trở lại.',
    });
    const c = await addUnit(db, { name: 'Phòng C', code: 'PC', kind: 'phong', head: null });
    await expect(mergeUnit(db, c, a)).resolves.toEqual({
      ok: false,
      message: 'Đơn vị nhận sáp nhập phải đang hoạt động.',
    });
  });

  it('commits an import: new units added, units with a known code updated', async () => {
    const vp = await addUnit(db, { name: 'Văn phòng', code: 'VP', kind: 'phong', head: null });
    const counts = await importUnits(db, [
      {
        action: 'update',
        unitId: vp,
        input: { name: 'Văn phòng Sở', code: 'VP', kind: 'phong', head: 'Ông D' },
      },
      { action: 'create', input: { name: 'Trung tâm', code: 'TT', kind: 'donVi', head: null } },
    ]);
    expect(counts).toEqual({ created: 1, updated: 1 });
    expect((await listUnits(db)).map((u) => [u.code, u.name, u.head])).toEqual([
      ['TT', 'Trung tâm', null],
      ['VP', 'Văn phòng Sở', 'Ông D'],
    ]);
  });

  it("keeps each unit's inspections across years, newest first", async () => {
    const id = await addUnit(db, { name: 'Phòng A', code: 'PA', kind: 'phong', head: null });
    for (const date of ['2023-05-02', '2025-04-01', '2024-06-10']) {
      const inspection = await createInspection(db, { unitName: 'Phòng A', date });
      await writeFields(db, 'inspections', inspection, { unitId: id });
    }
    const [history] = await unitsWithHistory(db);
    expect(history?.inspections.map((i) => i.date)).toEqual(['2025-04-01', '2024-06-10', '2023-05-02']);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInspection } from '../../../../../src/app/data/inspections.ts';
import { AppDb } from '../../../../../src/app/db.ts';
import {
  catalogueForYear,
  listCatalogues,
  saveCatalogueChanges,
  seedBundledCatalogues,
} from '../../../../../src/app/office/data/catalogues.ts';
import { CCHC_2025_ID } from '../../../../../src/domain/criteria/cchc-2025-id.ts';

describe('the year catalogue in the office', () => {
  let db: AppDb;
  beforeEach(() => {
    db = new AppDb(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('seeds the bundled 2025 catalogue once, as a synced row', async () => {
    await expect(seedBundledCatalogues(db)).resolves.toBe(1);
    await expect(seedBundledCatalogues(db)).resolves.toBe(0);
    const [view] = await listCatalogues(db);
    expect(view?.catalogue.id).toBe(CCHC_2025_ID);
    expect(view?.isLocked).toBe(false);
    expect((await db.outbox.toArray()).flatMap((e) => e.ops.map((o) => o.table))).toEqual(['catalogues']);
  });

  it('sets the province targets and points in place while nobody uses the catalogue', async () => {
    await seedBundledCatalogues(db);
    const saved = await saveCatalogueChanges(db, CCHC_2025_ID, {
      areas: { A3: { weight: 2 } },
      criteria: { 'A3.T3': { target: 50 }, 'A4.K2': { target: 12 }, 'A1.T1': { maxPoints: 3 } },
    });
    expect(saved).toEqual({ ok: true, catalogueId: CCHC_2025_ID, revised: false });
    const [view] = await listCatalogues(db);
    const criteria = view?.catalogue.areas.flatMap((a) => a.criteria) ?? [];
    expect(criteria.find((c) => c.id === 'A3.T3')?.target).toBe(50);
    expect(criteria.find((c) => c.id === 'A4.K2')?.target).toBe(12);
    expect(criteria.find((c) => c.id === 'A1.T1')?.maxPoints).toBe(3);
    expect(view?.catalogue.areas.find((a) => a.id === 'A3')?.weight).toBe(2);
  });

  it('refuses an invalid target with the domain message', async () => {
    await seedBundledCatalogues(db);
    const saved = await saveCatalogueChanges(db, CCHC_2025_ID, { criteria: { 'A3.T3': { target: 150 } } });
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.errors[0]?.message).toMatch(/chỉ tiêu tỷ lệ phải từ 0 đến 100/);
  });

  it('makes a new version once an inspection uses the catalogue, leaving the used one as it was', async () => {
    await seedBundledCatalogues(db);
    await createInspection(db, { unitName: 'Phòng A', date: '2025-05-01', catalogueId: CCHC_2025_ID });
    const saved = await saveCatalogueChanges(db, CCHC_2025_ID, { criteria: { 'A3.T4': { target: 60 } } });
    expect(saved).toEqual({ ok: true, catalogueId: 'cchc-2025-v2', revised: true });
    const views = await listCatalogues(db);
    expect(views.map((v) => [v.catalogue.id, v.isUsed, v.isLocked])).toEqual([
      ['cchc-2025-v2', false, false],
      [CCHC_2025_ID, true, true],
    ]);
    const old = views[1]?.catalogue.areas.flatMap((a) => a.criteria).find((c) => c.id === 'A3.T4');
    expect(old?.target).toBeNull();
    expect(catalogueForYear(views, 2025)?.catalogue.id).toBe('cchc-2025-v2');
    expect(catalogueForYear(views, 2026)?.catalogue.id).toBe('cchc-2025-v2');
    expect(catalogueForYear(views, 2024)).toBeNull();
  });
});

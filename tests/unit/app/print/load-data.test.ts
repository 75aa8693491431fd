import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDb } from '../../../../src/app/db.ts';
import { loadBienBanData } from '../../../../src/app/print/bien-ban-data.ts';
import { loadReportData } from '../../../../src/app/print/report-data.ts';
import {
  evidenceRows,
  findingRows,
  fixtureId,
  INSPECTION_ID,
  inspectionRow,
  PLAN_ID,
  planFixture,
  recommendationRows,
  resultRows,
  signatureRows,
} from './fixtures.ts';

// These loaders are what the print routes read through useLiveQuery: rows as the device stores them.
const local = <T extends object>(rows: T[]) =>
  rows.map((r) => ({ ...r, _hlc: {}, _updatedAt: '2026-01-05T03:00:00.000Z' })) as never[];

describe('reading a document from the device', () => {
  let db: AppDb;
  beforeEach(() => {
    db = new AppDb(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('reads an inspection with its rows, leaving deleted rows out, and the signature images', async () => {
    const png = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    await db.inspections.put(local([inspectionRow()])[0] as never);
    await db.results.bulkPut(local(resultRows(INSPECTION_ID)));
    await db.results.put(
      local([{ ...resultRows(fixtureId(2, 1))[0], inspectionId: fixtureId(2, 1) }])[0] as never,
    );
    await db.findings.bulkPut(local(findingRows()));
    await db.recommendations.bulkPut(
      local([...recommendationRows(), { ...recommendationRows()[0], id: fixtureId(77, 5), deleted: true }]),
    );
    await db.evidence.bulkPut(local(evidenceRows()));
    await db.signatures.bulkPut(local(signatureRows({ leader: 'a'.repeat(64), unit: 'b'.repeat(64) })));
    await db.blobs.put({
      sha256: 'a'.repeat(64),
      blob: png,
      mime: 'image/png',
      size: 4,
      uploaded: 1,
      createdAt: '',
    });

    const data = await loadBienBanData(db, INSPECTION_ID);
    expect(data).not.toBeNull();
    expect(data?.input.inspection.unitName).toBe(inspectionRow().unitName);
    expect(data?.input.catalogue.year).toBe(2025);
    expect(data?.input.results).toHaveLength(resultRows(INSPECTION_ID).length);
    expect(data?.input.findings.map((f) => f.text)).not.toContain('Dòng đã xóa, không được in.');
    expect(data?.input.recommendations).toHaveLength(2);
    expect(data?.input.evidence).toHaveLength(4);
    expect(data?.input.signatures).toHaveLength(2);
    // The unit's image has not reached this device: only the leader's is there.
    expect([...(data?.images.keys() ?? [])]).toEqual(['a'.repeat(64)]);
  });

  it('finds nothing for an unknown or deleted inspection', async () => {
    expect(await loadBienBanData(db, INSPECTION_ID)).toBeNull();
    await db.inspections.put(local([inspectionRow({ deleted: true })])[0] as never);
    expect(await loadBienBanData(db, INSPECTION_ID)).toBeNull();
  });

  it('reads a plan with its units, inspections, results and recommendations, signed by the default signer', async () => {
    const f = planFixture(5);
    await db.units.bulkPut(local(f.units));
    await db.plans.put(local([f.plan])[0] as never);
    await db.inspections.bulkPut(
      local([...f.inspections, inspectionRow({ id: fixtureId(50, 8), planId: null })]),
    );
    await db.results.bulkPut(local(f.results));
    await db.recommendations.bulkPut(local(f.recommendations));

    const data = await loadReportData(db, PLAN_ID);
    expect(data?.plan).toEqual({ year: 2025, unitIds: f.plan.unitIds, activeUnitCount: 5, required: 1 });
    expect(data?.inspections.map((i) => i.id)).toEqual(f.inspections.map((i) => i.id));
    expect(data?.results.size).toBe(5);
    expect(data?.recommendations).toHaveLength(10);
    expect(data?.signer.name).toBe('Trần Văn Tuấn');
    expect(await loadReportData(db, fixtureId(3, 2))).toBeNull();
  });

  it('takes the report signer from the plan row when it has one', async () => {
    const f = planFixture(1);
    const signer = { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Thị Mai' };
    await db.plans.put(local([{ ...f.plan, signer }])[0] as never);
    expect((await loadReportData(db, PLAN_ID))?.signer).toEqual(signer);
  });
});

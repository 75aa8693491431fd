import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCatalogue } from '../../../../src/app/data/catalogues.ts';
import { completeInspection } from '../../../../src/app/data/complete.ts';
import { addEvidence, removeEvidence } from '../../../../src/app/data/evidence.ts';
import { addFinding, removeFinding, setFindingText } from '../../../../src/app/data/findings.ts';
import { setInspectionFields } from '../../../../src/app/data/inspection-fields.ts';
import { createInspection } from '../../../../src/app/data/inspections.ts';
import { addRecommendation, setRecommendationFields } from '../../../../src/app/data/recommendations.ts';
import { refusedWrite } from '../../../../src/app/data/reliable-write.ts';
import { recordAnswer } from '../../../../src/app/data/results.ts';
import { saveSignature } from '../../../../src/app/data/signatures.ts';
import { AppDb } from '../../../../src/app/db.ts';
import { catalogueToRow } from '../../../../src/domain/criteria/catalogue-row.ts';
import { CCHC_2025 } from '../../../../src/domain/criteria/cchc-2025.ts';

const png = () => new Blob([new Uint8Array([137, 80, 78, 71, 1, 2, 3])], { type: 'image/png' });

describe('inspection verbs', () => {
  let db: AppDb;
  let id: string;
  beforeEach(async () => {
    db = new AppDb(`test-${crypto.randomUUID()}`);
    id = await createInspection(db, { unitName: 'Phòng Quản lý khoa học', date: '2025-10-20' });
  });
  afterEach(async () => {
    refusedWrite.value = null;
    db.close();
    await Dexie.delete(db.name);
  });

  it('creates the result row on the first answer and starts the inspection', async () => {
    await recordAnswer(db, id, 'A3.T1', { numerator: 45 });
    expect(await db.results.get(`${id}:A3.T1`)).toMatchObject({
      inspectionId: id,
      criterionId: 'A3.T1',
      numerator: 45,
      denominator: null,
      notApplicable: false,
      note: '',
    });
    expect((await db.inspections.get(id))?.status).toBe('inProgress');
    await recordAnswer(db, id, 'A3.T1', { denominator: 50 });
    const outbox = await db.outbox.toArray();
    expect(outbox.at(-1)?.ops[0]?.fields).toEqual({ denominator: 50 });
    expect(outbox).toHaveLength(4); // create inspection, create result, status, denominator
  });

  it('edits the header, the team as a whole list, findings and recommendations', async () => {
    await setInspectionFields(db, id, {
      place: 'Trụ sở Sở',
      team: [{ name: 'Nguyễn Văn An', role: 'leader' }],
      unitRepresentatives: [{ name: 'Hoàng Minh Đức', title: 'Trưởng phòng' }],
    });
    const findingId = await addFinding(db, id, 'shortcoming');
    await setFindingText(db, id, findingId, 'Chưa niêm yết TTHC');
    const recId = await addRecommendation(db, id);
    await setRecommendationFields(db, id, recId, {
      content: 'Niêm yết TTHC',
      owner: 'Văn phòng',
      deadline: '2025-12-31',
    });
    expect(await db.inspections.get(id)).toMatchObject({
      place: 'Trụ sở Sở',
      team: [{ name: 'Nguyễn Văn An' }],
    });
    expect(await db.findings.get(findingId)).toMatchObject({
      kind: 'shortcoming',
      text: 'Chưa niêm yết TTHC',
    });
    expect(await db.recommendations.get(recId)).toMatchObject({
      owner: 'Văn phòng',
      deadline: '2025-12-31',
      status: 'open',
    });
    await removeFinding(db, id, findingId);
    expect((await db.findings.get(findingId))?.deleted).toBe(true);
  });

  it('keeps a photo as a blob with an evidence row, and deletes it as a tombstone', async () => {
    const file = new File([new Uint8Array([1, 2, 3])], 'anh.jpg', {
      type: 'image/jpeg',
      lastModified: Date.UTC(2025, 9, 20, 3),
    });
    const prepared = new Blob([new Uint8Array([255, 216, 255, 9, 9])], { type: 'image/jpeg' });
    const evidenceId = await addEvidence(db, id, 'A3.T1', file, 'Sổ theo dõi', {
      prepare: async () => ({ blob: prepared, width: 1600, height: 1200 }),
    });
    const row = await db.evidence.get(evidenceId);
    expect(row).toMatchObject({
      criterionId: 'A3.T1',
      mime: 'image/jpeg',
      size: 5,
      width: 1600,
      caption: 'Sổ theo dõi',
    });
    expect(row?.takenAt).toBe('2025-10-20T03:00:00.000Z');
    const blob = await db.blobs.get(row?.sha256 ?? '');
    expect(blob?.size).toBe(5);
    expect(blob?.blob).toBeInstanceOf(Blob);
    await removeEvidence(db, id, evidenceId);
    expect((await db.evidence.get(evidenceId))?.deleted).toBe(true);
  });

  it('completes only when every applicable criterion is answered and both have signed, then locks', async () => {
    const first = await completeInspection(db, id);
    expect(first.ok).toBe(false);
    if (!first.ok) {
      expect(first.missing.filter((m) => m.kind === 'criterion')).toHaveLength(55);
      expect(first.missing.filter((m) => m.kind === 'signature')).toHaveLength(2);
    }
    for (const c of CCHC_2025.areas.flatMap((a) => a.criteria)) {
      await recordAnswer(db, id, c.id, { notApplicable: true });
    }
    await recordAnswer(db, id, 'A3.T1', { notApplicable: false, numerator: 9, denominator: 5 });
    const invalid = await completeInspection(db, id);
    expect(!invalid.ok && invalid.missing[0]).toMatchObject({ criterionId: 'A3.T1', reason: 'invalid' });
    await recordAnswer(db, id, 'A3.T1', { numerator: 5 });
    await saveSignature(db, id, 'leader', ' Nguyễn Văn An ', png());
    await saveSignature(db, id, 'unitRepresentative', 'Hoàng Minh Đức', png());
    expect((await db.signatures.get(`${id}:sig:leader`))?.signerName).toBe('Nguyễn Văn An');
    await expect(completeInspection(db, id, new Date('2025-10-20T09:00:00Z'))).resolves.toEqual({ ok: true });
    expect(await db.inspections.get(id)).toMatchObject({
      status: 'completed',
      completedAt: '2025-10-20T09:00:00.000Z',
    });

    const before = await db.outbox.count();
    await expect(recordAnswer(db, id, 'A3.T1', { numerator: 1 })).resolves.toBe('refused');
    expect(await db.outbox.count()).toBe(before);
    expect((await db.results.get(`${id}:A3.T1`))?.numerator).toBe(5);
  });

  it('reads the catalogue from the device, falling back to the bundled 2025 one', async () => {
    await expect(getCatalogue(db, 'cchc-2025-v1')).resolves.toBe(CCHC_2025);
    await expect(getCatalogue(db, 'unknown')).resolves.toBeNull();
    const revised = {
      ...catalogueToRow(CCHC_2025),
      id: 'cchc-2025-v2',
      version: 2,
      title: 'Bộ tiêu chí sửa đổi',
    };
    await db.catalogues.put({ ...revised, _hlc: {}, _updatedAt: '' } as never); // a synced row, as sync stores it
    await expect(getCatalogue(db, 'cchc-2025-v2')).resolves.toMatchObject({ title: 'Bộ tiêu chí sửa đổi' });
  });
});

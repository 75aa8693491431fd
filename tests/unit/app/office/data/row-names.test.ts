import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInspection } from '../../../../../src/app/data/inspections.ts';
import { createRow } from '../../../../../src/app/data/write.ts';
import { AppDb } from '../../../../../src/app/db.ts';
import { loadRowNames, rowName } from '../../../../../src/app/office/data/row-names.ts';
import { addUnit } from '../../../../../src/app/office/data/units.ts';
import { newId } from '../../../../../src/domain/new-id.ts';

describe('names of rows in the audit log and conflicts', () => {
  let db: AppDb;
  beforeEach(() => {
    db = new AppDb(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('names units, inspections and the child rows of an inspection after it', async () => {
    const unit = await addUnit(db, {
      name: 'Phòng Quản lý khoa học',
      code: 'QLKH',
      kind: 'phong',
      head: null,
    });
    const inspection = await createInspection(db, { unitName: 'Phòng Quản lý khoa học', date: '2025-04-15' });
    const rec = newId();
    await createRow(db, 'recommendations', {
      id: rec,
      inspectionId: inspection,
      content: 'Cập nhật danh mục',
      owner: '',
      deadline: null,
      status: 'open',
      deleted: false,
    });
    const names = await loadRowNames(db);
    expect(rowName(names, unit)).toBe('Phòng Quản lý khoa học');
    expect(rowName(names, inspection)).toBe('Phòng Quản lý khoa học (15/04/2025)');
    expect(rowName(names, rec)).toBe('Phòng Quản lý khoa học (15/04/2025)');
    expect(rowName(names, `${inspection}:A1.T1`)).toBe('Phòng Quản lý khoa học (15/04/2025)');
    expect(rowName(names, newId())).toBeNull();
  });
});

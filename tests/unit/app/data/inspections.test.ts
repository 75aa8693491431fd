import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInspection, listInspections } from '../../../../src/app/data/inspections.ts';
import { AppDb } from '../../../../src/app/db.ts';

describe('inspections on the device', () => {
  let db: AppDb;
  beforeEach(() => {
    db = new AppDb(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores a new inspection as a draft with a UUIDv7 id and a trimmed unit name', async () => {
    const id = await createInspection(db, { unitName: '  Văn phòng Sở ', date: '2025-03-04' });
    const row = await db.inspections.get(id);
    expect(row).toMatchObject({ unitName: 'Văn phòng Sở', date: '2025-03-04', status: 'draft' });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('lists the most recently changed inspection first', async () => {
    await createInspection(db, { unitName: 'A', date: '2025-01-01' }, new Date('2025-01-01T08:00:00Z'));
    await createInspection(db, { unitName: 'B', date: '2025-01-02' }, new Date('2025-01-03T08:00:00Z'));
    await createInspection(db, { unitName: 'C', date: '2025-01-03' }, new Date('2025-01-02T08:00:00Z'));
    const names = (await listInspections(db)).map((row) => row.unitName);
    expect(names).toEqual(['B', 'C', 'A']);
  });

  it('keeps its data when the database is closed and opened again', async () => {
    await createInspection(db, { unitName: 'Phòng Kế hoạch - Tài chính', date: '2025-05-05' });
    db.close();
    const reopened = new AppDb(db.name);
    await expect(reopened.inspections.count()).resolves.toBe(1);
    reopened.close();
    await db.open();
  });
});

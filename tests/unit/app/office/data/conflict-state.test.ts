import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInspection } from '../../../../../src/app/data/inspections.ts';
import { writeFields } from '../../../../../src/app/data/write.ts';
import { AppDb } from '../../../../../src/app/db.ts';
import type { Conflict } from '../../../../../src/app/office/data/api.ts';
import { currentValues, isStillCurrent } from '../../../../../src/app/office/data/conflict-state.ts';

function conflict(rowId: string, field: string, keptValue: unknown, lostValue: unknown): Conflict {
  return {
    id: 1,
    table: 'inspections',
    rowId,
    field,
    keptValue: keptValue as Conflict['keptValue'],
    keptHlc: '',
    lostValue: lostValue as Conflict['lostValue'],
    lostHlc: '',
    userId: null,
    userName: null,
    clientId: '',
    mutationId: 1,
    createdAt: '2025-04-15T01:00:00.000Z',
    status: 'open',
  };
}

describe('whether a conflict still stands', () => {
  let db: AppDb;
  beforeEach(() => {
    db = new AppDb(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stands while the field holds the kept value, and not once a later write changed it', async () => {
    const id = await createInspection(db, { unitName: 'Phòng A', date: '2025-04-15' });
    await writeFields(db, 'inspections', id, { status: 'inProgress', place: 'Trụ sở' });
    const status = conflict(id, 'status', 'inProgress', 'draft');
    const place = conflict(id, 'place', 'Trụ sở', '');
    const elsewhere = conflict('0190a000-0000-7000-8000-000000000009', 'status', 'completed', 'draft');
    await writeFields(db, 'inspections', id, { status: 'completed' });
    const values = await currentValues(db, [status, place, elsewhere]);
    expect(isStillCurrent(status, values)).toBe(false);
    expect(isStillCurrent(place, values)).toBe(true);
    expect(isStillCurrent(elsewhere, values)).toBe(true);
  });
});

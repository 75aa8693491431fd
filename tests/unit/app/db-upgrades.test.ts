import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../../../src/app/db.ts';

const V1_ROWS = [
  {
    id: '01890a5d-ac96-774b-bcce-b302099a8057',
    unitName: 'Phòng Quản lý chuyên ngành',
    date: '2024-11-12',
    status: 'draft',
    createdAt: '2024-11-12T02:00:00.000Z',
    updatedAt: '2024-11-12T02:30:00.000Z',
  },
  {
    id: '01890a5d-ac96-774b-bcce-b302099a8058',
    unitName: 'Văn phòng Sở',
    date: '2024-11-20',
    status: 'completed',
    createdAt: '2024-11-20T02:00:00.000Z',
    updatedAt: '2024-11-20T03:00:00.000Z',
  },
];

/** The first release's database as it sits on a tablet: Dexie version 1, native version 10. */
function createV1(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 10);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('inspections', { keyPath: 'id' });
      store.createIndex('status', 'status');
      store.createIndex('date', 'date');
      store.createIndex('updatedAt', 'updatedAt');
      for (const row of V1_ROWS) store.put(row);
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
  });
}

describe('the v1 → v2 database upgrade', () => {
  const name = `upgrade-${crypto.randomUUID()}`;
  afterEach(async () => {
    await Dexie.delete(name);
  });

  it('keeps every v1 inspection as a full row with its outbox entry', async () => {
    await createV1(name);
    const db = new AppDb(name);
    const rows = await db.inspections.orderBy('id').toArray();
    expect(rows).toHaveLength(2);
    for (const [index, v1] of V1_ROWS.entries()) {
      expect(rows[index]).toMatchObject({
        id: v1.id,
        unitName: v1.unitName,
        date: v1.date,
        status: v1.status,
        catalogueId: 'cchc-2025-v1',
        team: [],
        deleted: false,
        _updatedAt: v1.updatedAt,
      });
      expect(Object.keys(rows[index]?._hlc ?? {})).toContain('unitName');
    }
    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => e.mutationId)).toEqual([1, 2]);
    expect(outbox.map((e) => e.ops[0]?.id)).toEqual(V1_ROWS.map((r) => r.id));
    // The next local write continues the mutation ids after the upgraded ones.
    expect((await db.meta.get('nextMutationId'))?.value).toBe(3);
    expect(db.verno).toBe(2);
    db.close();
  });
});

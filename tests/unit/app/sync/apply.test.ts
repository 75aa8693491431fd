import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInspection } from '../../../../src/app/data/inspections.ts';
import { writeFields } from '../../../../src/app/data/write.ts';
import { AppDb } from '../../../../src/app/db.ts';
import { applyPulledPage } from '../../../../src/app/sync/apply.ts';
import { readCursor, readEpoch } from '../../../../src/app/sync/state.ts';
import type { RowChange } from '../../../../src/domain/api/sync.ts';
import { formatHlc, type Hlc, type NodeId } from '../../../../src/domain/hlc.ts';
import { newId } from '../../../../src/domain/ids.ts';

const remoteNode = 'ffffffffffffffff' as NodeId; // a well-formed node id of another device
const remote = (minute: number) =>
  formatHlc({ millis: Date.UTC(2026, 2, 15, 2, minute), counter: 0, node: remoteNode });

function inspectionChange(id: string, hlc: Hlc, fields: Record<string, unknown>): RowChange {
  return {
    table: 'inspections',
    id,
    hlc,
    fields: fields as RowChange['fields'], // tests pass JSON values, some of them invalid on purpose
  };
}

const fullInspection = {
  planId: null,
  unitId: null,
  unitName: 'Phòng Quản lý khoa học',
  catalogueId: 'cchc-2025-v1',
  date: '2026-03-15',
  place: 'Lai Châu',
  team: [],
  unitRepresentatives: [],
  status: 'draft',
  assignedTo: [],
  unitComments: '',
  completedAt: null,
  deleted: false,
};

describe('applying a pulled page', () => {
  let db: AppDb;
  beforeEach(() => {
    db = new AppDb(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('creates rows it did not have and stores cursor and epoch with them', async () => {
    const id = newId();
    await applyPulledPage(db, {
      changes: [inspectionChange(id, remote(0), fullInspection)],
      cursor: 7,
      epoch: 'epoch-a',
      lastMutationId: 0,
      serverTime: Date.now(),
    });
    await expect(db.inspections.get(id)).resolves.toMatchObject({ unitName: 'Phòng Quản lý khoa học' });
    await expect(readCursor(db)).resolves.toBe(7);
    await expect(readEpoch(db)).resolves.toBe('epoch-a');
  });

  /** An inspection created at 02:00 whose place was edited on this device at 03:00. */
  async function inspectionWithLocalPlace(): Promise<string> {
    const id = await createInspection(
      db,
      { unitName: 'Văn phòng Sở', date: '2026-03-15' },
      new Date('2026-03-15T02:00:00Z'),
    );
    await writeFields(
      db,
      'inspections',
      id,
      { place: 'Phòng họp tầng 2' },
      { now: new Date('2026-03-15T03:00:00Z') },
    );
    return id;
  }

  it('keeps a local edit that is newer than the pulled value, field by field', async () => {
    const id = await inspectionWithLocalPlace();
    await applyPulledPage(db, {
      changes: [inspectionChange(id, remote(30), { place: 'Hội trường', unitComments: 'Đồng ý' })],
      cursor: 3,
      epoch: 'e',
      lastMutationId: 0,
      serverTime: Date.now(),
    });
    const row = await db.inspections.get(id);
    expect(row?.place).toBe('Phòng họp tầng 2'); // local 03:00 beats remote 02:30
    expect(row?.unitComments).toBe('Đồng ý'); // remote 02:30 beats the creation at 02:00
  });

  it('reads each field of a packed row under its own stamp', async () => {
    const id = await inspectionWithLocalPlace();
    await applyPulledPage(db, {
      changes: [
        {
          ...inspectionChange(id, remote(30), { place: 'Hội trường', unitComments: 'Đồng ý' }),
          stamps: { place: remote(90) },
        },
      ],
      cursor: 3,
      epoch: 'e',
      lastMutationId: 0,
      serverTime: Date.now(),
    });
    const row = await db.inspections.get(id);
    expect(row?.place).toBe('Hội trường'); // its own stamp, 03:30, beats the local 03:00
    expect(row?._hlc.place).toBe(remote(90));
    expect(row?._hlc.unitComments).toBe(remote(30)); // the row's shared stamp
  });

  it("prunes the outbox up to the server's last mutation id in the same transaction", async () => {
    const id = await createInspection(db, { unitName: 'A', date: '2026-03-15' });
    await writeFields(db, 'inspections', id, { place: 'B' });
    await writeFields(db, 'inspections', id, { unitComments: 'C' });
    expect(await db.outbox.count()).toBe(3);
    await applyPulledPage(db, {
      changes: [],
      cursor: 1,
      epoch: 'e',
      lastMutationId: 2,
      serverTime: Date.now(),
    });
    expect((await db.outbox.toArray()).map((e) => e.mutationId)).toEqual([3]);
  });

  it('skips fields the schemas refuse and tables this build does not know', async () => {
    const id = newId();
    await applyPulledPage(db, {
      changes: [
        inspectionChange(id, remote(1), { ...fullInspection, unitName: 'x'.repeat(5000) }),
        { table: 'futureTable', id: 'a', hlc: remote(1), fields: { x: 1 } },
      ],
      cursor: 2,
      epoch: 'e',
      lastMutationId: 0,
      serverTime: Date.now(),
    });
    const row = await db.inspections.get(id);
    expect(row?.unitName).toBeUndefined();
    expect(row?.place).toBe('Lai Châu');
  });
});

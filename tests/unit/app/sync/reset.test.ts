import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInspection } from '../../../../src/app/data/inspections.ts';
import { deviceNode } from '../../../../src/app/data/meta.ts';
import { recordAnswer } from '../../../../src/app/data/results.ts';
import { writeFields } from '../../../../src/app/data/write.ts';
import { AppDb, type OutboxWrite } from '../../../../src/app/db.ts';
import { resetForNewEpoch } from '../../../../src/app/sync/reset.ts';
import { readCursor, readEpoch } from '../../../../src/app/sync/state.ts';
import { formatHlc, newNodeId } from '../../../../src/domain/hlc.ts';
import { UserId } from '../../../../src/domain/ids.ts';

/** The office's device: another node, writing a little earlier. */
const officeNode = newNodeId();
const officeStamp = (counter: number) =>
  formatHlc({ millis: Date.now() - 60_000, counter, node: officeNode });

describe('a server restored from a backup', () => {
  let db: AppDb;
  beforeEach(() => {
    db = new AppDb(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it("makes the device re-send every field it holds with its own stamp, numbered after the server's last", async () => {
    const id = await createInspection(db, { unitName: 'Văn phòng Sở', date: '2026-03-15' });
    await writeFields(db, 'inspections', id, { place: 'Phòng họp' });
    await db.outbox.clear(); // as if both had been acknowledged by the old server
    const row = await db.inspections.get(id);

    await resetForNewEpoch(db, 'epoch-b', 40, 'inspector', await deviceNode(db));

    const entries = await db.outbox.toArray();
    expect(entries.map((e) => e.mutationId)).toEqual([41]);
    const writes = entries.flatMap((e) => e.ops);
    const sent = Object.fromEntries(
      writes.flatMap((w) => Object.entries(w.fields).map(([f, v]) => [f, [v, w.hlc]])),
    );
    expect(sent.place).toEqual(['Phòng họp', row?._hlc.place]);
    expect(sent.unitName).toEqual(['Văn phòng Sở', row?._hlc.unitName]);
    expect(writes).toHaveLength(2); // creation stamp and the later edit stamp
    await expect(readCursor(db)).resolves.toBe(0);
    await expect(readEpoch(db)).resolves.toBe('epoch-b');
  });

  /** A unit and an inspection the office made and assigned, pulled onto an inspector's tablet, who answers two of them. */
  async function inspectorTablet() {
    const unitId = crypto.randomUUID();
    await db.units.put({
      id: unitId,
      name: 'Phòng Chuyển đổi số',
      _hlc: { name: officeStamp(1) },
      _updatedAt: '',
    });
    const assigned = [UserId.parse(uuidv7()), UserId.parse(uuidv7())];
    const office = await createInspection(db, { unitName: 'Phòng Chuyển đổi số', date: '2026-05-04' });
    const row = await db.inspections.get(office);
    // As pulled: every field of it stamped by the office's device, assignees included.
    const stamps = Object.fromEntries(Object.keys(row?._hlc ?? {}).map((field) => [field, officeStamp(2)]));
    await db.inspections.update(office, {
      assignedTo: assigned,
      _hlc: { ...stamps, assignedTo: officeStamp(3) },
    });
    const own = await createInspection(db, { unitName: 'Văn phòng Sở', date: '2026-05-05' });
    await recordAnswer(db, office, 'A1.T1', { yesNo: true });
    await recordAnswer(db, own, 'A1.T1', { yesNo: false });
    await db.outbox.clear();
    return { unitId, office, own };
  }

  const inspectionOfWrite = (w: OutboxWrite) =>
    w.table === 'inspections' ? w.id : String(w.fields.inspectionId ?? w.id.slice(0, w.id.indexOf(':')));

  it("makes an inspector's device leave out what only the office writes, and never put two inspections in one mutation", async () => {
    const { office, own } = await inspectorTablet();
    await resetForNewEpoch(db, 'epoch-b', 0, 'inspector', await deviceNode(db));

    const entries = await db.outbox.orderBy('mutationId').toArray();
    const writes = entries.flatMap((e) => e.ops);
    expect(writes.some((w) => w.table === 'units')).toBe(false);
    const officeWrites = writes.filter((w) => w.table === 'inspections' && w.id === office);
    expect(officeWrites.some((w) => 'assignedTo' in w.fields)).toBe(false);
    expect(officeWrites.some((w) => w.fields.unitName === 'Phòng Chuyển đổi số')).toBe(true); // the office's other fields go
    // Its own inspection, assigned to itself, goes whole.
    expect(writes.some((w) => w.id === own && 'assignedTo' in w.fields)).toBe(true);
    for (const entry of entries) {
      expect(new Set(entry.ops.map(inspectionOfWrite)).size).toBe(1);
      expect(entry.ops[0]?.table).toBe('inspections');
    }
    expect(
      writes
        .filter((w) => w.table === 'results')
        .map(inspectionOfWrite)
        .sort(),
    ).toEqual([office, own].sort());
  });

  it("makes the office's device send everything again, assignees and its tables included", async () => {
    const { unitId, office } = await inspectorTablet();
    await resetForNewEpoch(db, 'epoch-b', 0, 'admin', await deviceNode(db));

    const writes = (await db.outbox.toArray()).flatMap((e) => e.ops);
    expect(writes.some((w) => w.table === 'units' && w.id === unitId)).toBe(true);
    expect(writes.some((w) => w.id === office && 'assignedTo' in w.fields)).toBe(true);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInspection } from '../../../../src/app/data/inspections.ts';
import { writeFields } from '../../../../src/app/data/write.ts';
import { AppDb } from '../../../../src/app/db.ts';
import { resetForNewEpoch } from '../../../../src/app/sync/reset.ts';
import { readCursor, readEpoch } from '../../../../src/app/sync/state.ts';

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

    await resetForNewEpoch(db, 'epoch-b', 40);

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
});

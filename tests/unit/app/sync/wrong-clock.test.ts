import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInspection } from '../../../../src/app/data/inspections.ts';
import { META, readMeta } from '../../../../src/app/data/meta.ts';
import { writeFields } from '../../../../src/app/data/write.ts';
import { AppDb } from '../../../../src/app/db.ts';
import { clockNotice } from '../../../../src/app/sync/clock-notice.ts';
import { restampRefused } from '../../../../src/app/sync/restamp.ts';
import { type Clock, type Hlc, hlcMillis, serverCorrected } from '../../../../src/domain/hlc.ts';

describe('mutations refused because the tablet’s date ran ahead', () => {
  let db: AppDb;
  beforeEach(() => {
    db = new AppDb(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('go back with the server’s time, except fields a later edit here already replaced', async () => {
    const ahead = new Date(Date.now() + 20 * 60_000);
    const id = await createInspection(db, { unitName: 'Văn phòng Sở', date: '2026-03-16' }, ahead);
    await writeFields(db, 'inspections', id, { place: 'Trụ sở' }, { now: ahead });
    await writeFields(db, 'inspections', id, { unitComments: 'Nhất trí' }, { now: ahead });
    await writeFields(db, 'inspections', id, { place: 'Phòng họp' }, { now: ahead });
    const [, place, comments] = await db.outbox.orderBy('mutationId').toArray();
    if (!place || !comments) throw new Error('expected separate outbox entries');
    await db.outbox.clear(); // as the push answer prunes what the server saw

    const serverNow = Date.now();
    const added = await db.transaction('rw', [db.inspections, db.outbox, db.meta], () =>
      restampRefused(db, [place, comments], serverNow),
    );
    expect(added).toBe(1); // the first place was replaced here: only the comments go back
    const [again] = await db.outbox.toArray();
    expect(again?.ops.map((op) => op.fields)).toEqual([{ unitComments: 'Nhất trí' }]);
    const stamp = again?.ops[0]?.hlc;
    expect(hlcMillis(stamp as Hlc)).toBe(serverNow);
    expect((await db.inspections.get(id))?._hlc.unitComments).toBe(stamp);
    const clock = await readMeta<Clock | null>(db, META.clock, null);
    expect(clock?.millis).toBe(serverNow); // the clock starts again from the server's time
  });

  it('stamp with the server’s time only when the device clock is more than a minute off', () => {
    expect(serverCorrected(1_000_000, null)).toBe(1_000_000);
    expect(serverCorrected(1_000_000, 59_000)).toBe(1_000_000);
    expect(serverCorrected(1_000_000, -20 * 60_000)).toBe(1_000_000 - 20 * 60_000);
    expect(serverCorrected(1_000_000, 61_000)).toBe(1_061_000);
  });
});

describe('the notice of a wrong date on the tablet', () => {
  it('says which way and how far, only past a minute', () => {
    expect(clockNotice(null, 'vi')).toBeNull();
    expect(clockNotice(-60_000, 'vi')).toBeNull();
    expect(clockNotice(-20 * 60_000, 'vi')).toContain('nhanh hơn máy chủ khoảng 20 phút');
    expect(clockNotice(3 * 3_600_000, 'vi')).toContain('chậm hơn máy chủ khoảng 3 giờ');
    expect(clockNotice(-5 * 86_400_000, 'vi')).toContain('nhanh hơn máy chủ khoảng 5 ngày');
    expect(clockNotice(-20 * 60_000, 'en')).toContain('about 20 minutes ahead of the server');
    expect(clockNotice(3 * 3_600_000, 'en')).toContain('about 3 hours behind the server');
  });
});

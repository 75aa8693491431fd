import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInspection } from '../../../src/app/data/inspections.ts';
import { writeFields } from '../../../src/app/data/write.ts';
import { syncOnce } from '../../../src/app/sync/engine.ts';
import { readRejections } from '../../../src/app/sync/state.ts';
import { type Hlc, hlcMillis } from '../../../src/domain/hlc.ts';
import { tabletAndOffice } from './fixture.ts';

const AHEAD_MS = 20 * 60_000;

/**
 * A tablet whose date runs 20 minutes fast (the server refuses stamps more than 5 minutes ahead), against
 * the real server over HTTP. Only the tablet's Date is moved; the server keeps the true time.
 */
describe('a tablet whose clock is wrong', () => {
  const env = tabletAndOffice('Máy tính bảng lệch giờ');
  const { tablet, office, http } = env;
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gets its edits to the office with the server’s time instead of losing them, and stamps later ones right', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(Date.now() + AHEAD_MS);
    const id = await createInspection(tablet, { unitName: 'Phòng Kế hoạch - Tài chính', date: '2026-03-16' });
    await writeFields(tablet, 'inspections', id, { place: 'Trụ sở Sở' });

    const first = await syncOnce(tablet, http(env.inspectorToken));
    expect(first).toMatchObject({ type: 'synced', rejected: 0 });
    expect(await tablet.outbox.count()).toBe(0);
    expect(await readRejections(tablet)).toEqual([]);
    const serverNow = Date.now() - AHEAD_MS; // the true time, as the server's clock has it
    const stamp = (await tablet.inspections.get(id))?._hlc.place;
    expect(Math.abs(hlcMillis(stamp as Hlc) - serverNow)).toBeLessThan(60_000);

    // The sync measured the offset: an edit made with the same wrong date is stamped with the server's time.
    await writeFields(tablet, 'inspections', id, { place: 'Phòng họp tầng 2' });
    const later = (await tablet.inspections.get(id))?._hlc.place;
    expect(Math.abs(hlcMillis(later as Hlc) - (Date.now() - AHEAD_MS))).toBeLessThan(60_000);
    expect(await syncOnce(tablet, http(env.inspectorToken))).toMatchObject({ type: 'synced', rejected: 0 });
    expect(await tablet.outbox.count()).toBe(0);

    vi.useRealTimers();
    expect(await syncOnce(office, http(env.adminToken))).toMatchObject({ type: 'synced' });
    expect(await office.inspections.get(id)).toMatchObject({
      unitName: 'Phòng Kế hoạch - Tài chính',
      place: 'Phòng họp tầng 2',
    });
  });
});

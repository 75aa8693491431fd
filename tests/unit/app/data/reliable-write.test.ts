import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setInspectionFields } from '../../../../src/app/data/inspection-fields.ts';
import { createInspection } from '../../../../src/app/data/inspections.ts';
import {
  enableTimedRetry,
  failedWrites,
  failureReason,
  RETRY_INTERVAL_MS,
  refusedWrite,
  reliableWrite,
  retryFailedWrites,
  WriteRefusedError,
} from '../../../../src/app/data/reliable-write.ts';
import { AppDb } from '../../../../src/app/db.ts';

/** A database whose next `n` writes to the outbox fail as a full disk would. */
function dbFailingWrites(name: string) {
  const control = { failures: 0 };
  const db = new AppDb(name);
  db.use({
    stack: 'dbcore',
    name: 'fail-quota',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (req) => {
            if (tableName === 'outbox' && control.failures > 0) {
              control.failures -= 1;
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return { db, control };
}

describe('reliable writes', () => {
  let db: AppDb;
  let control: { failures: number };
  beforeEach(() => {
    ({ db, control } = dbFailingWrites(`test-${crypto.randomUUID()}`));
  });
  afterEach(async () => {
    failedWrites.value = [];
    refusedWrite.value = null;
    vi.useRealTimers();
    db.close();
    await Dexie.delete(db.name);
  });

  it('classifies failures by error name, also when Dexie wraps them', () => {
    expect(failureReason(new DOMException('x', 'QuotaExceededError'))).toBe('quota');
    expect(failureReason({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
    expect(failureReason(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(failureReason(new WriteRefusedError('locked'))).toBe('refused');
    expect(failureReason(new Error('Quota exceeded'))).toBe('other'); // a message is never read
  });

  it('keeps a write that hit a full disk in memory, shows it, and stores it on retry', async () => {
    const id = await createInspection(db, { unitName: 'Văn phòng Sở', date: '2025-06-01' });
    control.failures = 1;
    await expect(setInspectionFields(db, id, { place: 'Phòng họp số 1' })).resolves.toBe('queued');
    expect(failedWrites.value).toHaveLength(1);
    expect(failedWrites.value[0]?.reason).toBe('quota');
    expect((await db.inspections.get(id))?.place).toBe(''); // the transaction rolled back: nothing half-written
    await retryFailedWrites(db);
    expect(failedWrites.value).toHaveLength(0);
    expect((await db.inspections.get(id))?.place).toBe('Phòng họp số 1');
    expect(await db.outbox.count()).toBe(2);
  });

  it('retries on a timer until the write goes through', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    enableTimedRetry(db);
    const id = await createInspection(db, { unitName: 'Văn phòng Sở', date: '2025-06-01' });
    control.failures = 2;
    await setInspectionFields(db, id, { place: 'Hội trường' });
    await vi.advanceTimersByTimeAsync(RETRY_INTERVAL_MS);
    await vi.waitFor(() => expect(failedWrites.value[0]?.attempts).toBe(2));
    await vi.advanceTimersByTimeAsync(RETRY_INTERVAL_MS);
    await vi.waitFor(() => expect(failedWrites.value).toHaveLength(0));
    expect((await db.inspections.get(id))?.place).toBe('Hội trường');
  });

  it('reopens a closed connection and stores the write', async () => {
    const id = await createInspection(db, { unitName: 'Văn phòng Sở', date: '2025-06-01' });
    db.close();
    await expect(setInspectionFields(db, id, { place: 'Phòng 204' })).resolves.toBe('queued');
    expect(failedWrites.value[0]?.reason).toBe('closed');
    await retryFailedWrites(db);
    expect(db.isOpen()).toBe(true);
    expect((await db.inspections.get(id))?.place).toBe('Phòng 204');
  });

  it('lets a newer write of the same field replace a failed one, so old values never come back', async () => {
    const id = await createInspection(db, { unitName: 'Văn phòng Sở', date: '2025-06-01' });
    control.failures = 1;
    await setInspectionFields(db, id, { place: 'cũ' });
    await setInspectionFields(db, id, { place: 'mới' });
    expect(failedWrites.value).toHaveLength(0);
    await retryFailedWrites(db);
    expect((await db.inspections.get(id))?.place).toBe('mới');
  });

  it('shows a refused write once and does not retry it', async () => {
    const outcome = await reliableWrite(db, 'x', () => Promise.reject(new WriteRefusedError('locked')));
    expect(outcome).toBe('refused');
    expect(refusedWrite.value?.key).toBe('x');
    expect(failedWrites.value).toHaveLength(0);
  });

  it('runs writes one after another, in the order they were made', async () => {
    const order: string[] = [];
    const slow = () => new Promise<void>((resolve) => setTimeout(resolve, 20));
    const first = reliableWrite(db, 'a', async () => {
      await slow();
      order.push('a');
    });
    const second = reliableWrite(db, 'b', async () => {
      order.push('b');
    });
    await Promise.all([first, second]);
    expect(order).toEqual(['a', 'b']);
  });
});

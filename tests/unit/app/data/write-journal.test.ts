import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInspection } from '../../../../src/app/data/inspections.ts';
import { replayJournal } from '../../../../src/app/data/journal-replay.ts';
import { addRecommendation, setRecommendationFields } from '../../../../src/app/data/recommendations.ts';
import { reliableWrite } from '../../../../src/app/data/reliable-write.ts';
import { recordAnswer } from '../../../../src/app/data/results.ts';
import { hasJournal, journalEntries, journalPut } from '../../../../src/app/data/write-journal.ts';
import { AppDb } from '../../../../src/app/db.ts';

/** Node has no localStorage; the journal needs only these three calls. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    key: () => null,
    get length() {
      return items.size;
    },
  };
}

describe('the write journal', () => {
  let db: AppDb;
  beforeEach(() => {
    (globalThis as { localStorage?: Storage }).localStorage = memoryStorage();
    db = new AppDb(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    delete (globalThis as { localStorage?: Storage }).localStorage;
    db.close();
    await Dexie.delete(db.name);
  });

  it('holds a write until it commits, then forgets it', async () => {
    const id = await createInspection(db, { unitName: 'Văn phòng Sở', date: '2025-06-01' });
    const pending = recordAnswer(db, id, 'A1.T1', { note: 'đang gõ' });
    expect(journalEntries().map((e) => e.entry)).toEqual([
      { verb: 'answer', inspectionId: id, criterionId: 'A1.T1', patch: { note: 'đang gõ' } },
    ]);
    await pending;
    expect(hasJournal()).toBe(false);
  });

  it('replays a write a reloaded page never finished, once', async () => {
    const id = await createInspection(db, { unitName: 'Văn phòng Sở', date: '2025-06-01' });
    // What a page cut off by a reload leaves behind: the journal entry, and nothing in the database.
    const typedAt = Date.now() - 1000;
    journalPut(`results/${id}:A1.T1/note`, typedAt, {
      verb: 'answer',
      inspectionId: id,
      criterionId: 'A1.T1',
      patch: { note: 'Đã kiểm tra sổ' },
    });
    const before = await db.outbox.count();
    await replayJournal(db);
    expect((await db.results.get(`${id}:A1.T1`))?.note).toBe('Đã kiểm tra sổ');
    // Marked with the number it was typed under: a keystroke journalled after it is still newer.
    expect((await db.results.get(`${id}:A1.T1`))?._journalSeq?.note).toBe(typedAt);
    expect(hasJournal()).toBe(false);
    const after = await db.outbox.count();
    expect(after - before).toBe(2); // the result row, and the draft moving to "đang kiểm tra"
    await replayJournal(db);
    expect(await db.outbox.count()).toBe(after);
  });

  it('drops an entry whose values already reached the database, without writing again', async () => {
    const id = await createInspection(db, { unitName: 'Văn phòng Sở', date: '2025-06-01' });
    await recordAnswer(db, id, 'A1.T1', { note: 'đã lưu' });
    journalPut(`results/${id}:A1.T1/note`, Date.now(), {
      verb: 'answer',
      inspectionId: id,
      criterionId: 'A1.T1',
      patch: { note: 'đã lưu' },
    });
    const before = await db.outbox.count();
    await replayJournal(db);
    expect(await db.outbox.count()).toBe(before);
    expect(hasJournal()).toBe(false);
  });

  it('never puts a stale entry back over newer text (a reloaded page may see the journal behind)', async () => {
    const id = await createInspection(db, { unitName: 'Văn phòng Sở', date: '2025-06-01' });
    // The last page journalled "Đã kiểm" (number 1), then typed on and stored "Đã kiểm tra" (number 2),
    // but the page that replays is handed the journal as it was after the first keystroke.
    const stale = {
      verb: 'answer',
      inspectionId: id,
      criterionId: 'A1.T1',
      patch: { note: 'Đã kiểm' },
    } as const;
    const key = `results/${id}:A1.T1/note`;
    const typed = recordAnswer(db, id, 'A1.T1', { note: 'Đã kiểm tra' });
    await typed;
    const storedSeq = (await db.results.get(`${id}:A1.T1`))?._journalSeq?.note ?? 0;
    journalPut(key, storedSeq - 1, stale);
    const before = await db.outbox.count();
    await replayJournal(db);
    expect((await db.results.get(`${id}:A1.T1`))?.note).toBe('Đã kiểm tra');
    expect(await db.outbox.count()).toBe(before);
    expect(hasJournal()).toBe(false);
  });

  it('replays a write cut off by a reload even when the device clock was set back since the last page', async () => {
    const id = await createInspection(db, { unitName: 'Văn phòng Sở', date: '2025-06-01' });
    await recordAnswer(db, id, 'A1.T1', { note: 'Đã kiểm' }); // stored by the last page, under its number
    // A new page (a fresh module, as after a reload) on a clock set back an hour: the inspector types on,
    // the write is journalled, and the page is closed before it commits.
    vi.resetModules();
    const freshPage = await import('../../../../src/app/data/write-journal.ts');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() - 3_600_000);
      freshPage.journalPut(`results/${id}:A1.T1/note`, freshPage.nextWriteSeq(), {
        verb: 'answer',
        inspectionId: id,
        criterionId: 'A1.T1',
        patch: { note: 'Đã kiểm tra đủ' },
      });
      await replayJournal(db);
    } finally {
      vi.useRealTimers();
    }
    expect((await db.results.get(`${id}:A1.T1`))?.note).toBe('Đã kiểm tra đủ');
  });

  it('replays only the fields of an entry that no later write overtook', async () => {
    const id = await createInspection(db, { unitName: 'Văn phòng Sở', date: '2025-06-01' });
    const recId = await addRecommendation(db, id);
    await setRecommendationFields(db, id, recId, { owner: 'Phòng Tổ chức' });
    const ownerSeq = (await db.recommendations.get(recId))?._journalSeq?.owner ?? 0;
    // An unfinished write of both fields, older than the stored owner: only its content is new.
    journalPut(`recommendations/${recId}/content,owner`, ownerSeq - 1, {
      verb: 'recommendationFields',
      inspectionId: id,
      id: recId,
      fields: { content: 'Số hoá hồ sơ', owner: 'Văn phòng' },
    });
    await replayJournal(db);
    const row = await db.recommendations.get(recId);
    expect({ content: row?.content, owner: row?.owner }).toEqual({
      content: 'Số hoá hồ sơ',
      owner: 'Phòng Tổ chức',
    });
    const last = await db.outbox.orderBy('mutationId').last();
    expect(last?.ops[0]?.fields).toEqual({ content: 'Số hoá hồ sơ' });
    expect(hasJournal()).toBe(false);
  });

  it('keeps only the newest values when typing outruns the database', async () => {
    const id = await createInspection(db, { unitName: 'Văn phòng Sở', date: '2025-06-01' });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const blocker = reliableWrite(db, 'block', () => gate);
    const writes = ['Đ', 'Đã', 'Đã k', 'Đã kiểm'].map((note) => recordAnswer(db, id, 'A1.T1', { note }));
    expect(journalEntries()).toHaveLength(1);
    release();
    await Promise.all([blocker, ...writes]);
    expect((await db.results.get(`${id}:A1.T1`))?.note).toBe('Đã kiểm');
    const entries = await db.outbox.toArray();
    expect(entries.filter((e) => e.ops[0]?.table === 'results')).toHaveLength(1);
  });
});

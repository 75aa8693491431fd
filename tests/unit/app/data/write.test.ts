import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInspection } from '../../../../src/app/data/inspections.ts';
import { setClaimedUpTo } from '../../../../src/app/data/meta.ts';
import { InvalidWriteError, writeFields } from '../../../../src/app/data/write.ts';
import { AppDb } from '../../../../src/app/db.ts';

describe('the write path', () => {
  let db: AppDb;
  let id: string;
  beforeEach(async () => {
    db = new AppDb(`test-${crypto.randomUUID()}`);
    id = await createInspection(db, { unitName: 'Văn phòng Sở', date: '2026-03-15' });
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stamps each written field and appends one outbox entry carrying the same stamp', async () => {
    await writeFields(db, 'inspections', id, { place: 'Lai Châu', unitComments: 'Nhất trí' });
    const row = await db.inspections.get(id);
    const entries = await db.outbox.orderBy('mutationId').toArray();
    expect(entries.map((e) => e.mutationId)).toEqual([1, 2]);
    const last = entries[1]?.ops[0];
    expect(last).toMatchObject({
      table: 'inspections',
      id,
      fields: { place: 'Lai Châu', unitComments: 'Nhất trí' },
    });
    expect(row?._hlc.place).toBe(last?.hlc);
    // Stamps sort as strings: the edit's stamp is later than the creation's.
    expect((row?._hlc.place ?? '') > (row?._hlc.unitName ?? '')).toBe(true);
  });

  it('folds consecutive edits of the same field into one entry while sync has not claimed it', async () => {
    for (const text of ['N', 'Nh', 'Nhất', 'Nhất trí'])
      await writeFields(db, 'inspections', id, { unitComments: text });
    const entries = await db.outbox.orderBy('mutationId').toArray();
    expect(entries).toHaveLength(2);
    expect(entries[1]?.ops[0]?.fields).toEqual({ unitComments: 'Nhất trí' });
  });

  it('records the stamps the written fields had before, and keeps the first one when folding', async () => {
    const created = await db.inspections.get(id);
    await writeFields(db, 'inspections', id, { unitComments: 'N' });
    await writeFields(db, 'inspections', id, { unitComments: 'Nhất' });
    const entries = await db.outbox.orderBy('mutationId').toArray();
    expect(entries[0]?.ops[0]?.base).toEqual({});
    expect(entries[1]?.ops[0]?.base).toEqual({ unitComments: created?._hlc.unitComments });
  });

  it('never rewrites an entry sync has claimed: the next keystroke gets its own entry', async () => {
    await writeFields(db, 'inspections', id, { unitComments: 'Nhất' });
    await setClaimedUpTo(db, 2);
    await writeFields(db, 'inspections', id, { unitComments: 'Nhất trí' });
    const entries = await db.outbox.orderBy('mutationId').toArray();
    expect(entries.map((e) => e.ops[0]?.fields.unitComments)).toEqual(['', 'Nhất', 'Nhất trí']);
  });

  it('refuses a value the shared schemas refuse and changes nothing', async () => {
    await expect(writeFields(db, 'inspections', id, { date: '15/03/2026' })).rejects.toBeInstanceOf(
      InvalidWriteError,
    );
    expect((await db.inspections.get(id))?.date).toBe('2026-03-15');
    expect(await db.outbox.count()).toBe(1);
  });

  it('refuses to edit a row that does not exist', async () => {
    await expect(writeFields(db, 'inspections', 'nope', { place: 'x' })).rejects.toBeInstanceOf(
      InvalidWriteError,
    );
    expect(await db.outbox.count()).toBe(1);
  });
});

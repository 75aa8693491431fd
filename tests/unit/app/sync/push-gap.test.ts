import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInspection } from '../../../../src/app/data/inspections.ts';
import { deviceNode } from '../../../../src/app/data/meta.ts';
import { AppDb } from '../../../../src/app/db.ts';
import { pushOutbox } from '../../../../src/app/sync/push.ts';

describe('a push the server answers with a mutation gap', () => {
  let db: AppDb;
  beforeEach(() => {
    db = new AppDb(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('takes the epoch the refusal names when the device never had one, never an empty one', async () => {
    await createInspection(db, { unitName: 'Văn phòng Sở', date: '2026-03-15' });
    const gap = (async () =>
      new Response(
        JSON.stringify({
          error: 'mutation-gap',
          message: 'Máy chủ chưa nhận đủ.',
          epoch: 'e-42',
          lastMutationId: 7,
        }),
        { status: 409, headers: { 'content-type': 'application/json' } },
      )) as typeof fetch;
    const outcome = await pushOutbox(
      db,
      { baseUrl: 'http://sync.test', token: 't', fetch: gap },
      await deviceNode(db),
    );
    expect(outcome).toEqual({ type: 'epoch-changed', epoch: 'e-42', lastMutationId: 7 });
  });
});

import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { connectionState, watchConnection } from '../../../../src/app/data/connection.ts';
import { AppDb } from '../../../../src/app/db.ts';

describe('another tab upgrading the database', () => {
  const name = `conn-${crypto.randomUUID()}`;
  afterEach(async () => {
    connectionState.value = 'open';
    await Dexie.delete(name);
  });

  it('makes this tab close its connection and ask for a reload instead of blocking the upgrade', async () => {
    const db = watchConnection(new AppDb(name));
    await db.open();
    // A newer build in another tab: same database, a higher version.
    const newer = new Dexie(name);
    newer.version(3).stores({ inspections: 'id, status, date, _updatedAt, planId', extra: 'id' });
    await newer.open(); // would hang here if the old connection stayed open
    expect(connectionState.value).toBe('upgradedElsewhere');
    expect(db.isOpen()).toBe(false);
    newer.close();
  });
});

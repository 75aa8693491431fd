import type { AppDb } from '../db.ts';

/** Changes made on this device that sync has not had acknowledged yet (outbox entries). */
export function unsyncedCount(db: AppDb): Promise<number> {
  return db.outbox.count();
}

import { deviceNode, writeMeta } from '../data/meta.ts';
import type { AppDb } from '../db.ts';
import { syncBlobs } from './blob-queue.ts';
import type { HttpFailure, HttpOptions } from './http.ts';
import { pullChanges } from './pull.ts';
import { pushOutbox } from './push.ts';
import { type DeviceRole, resetForNewEpoch } from './reset.ts';
import { SYNC_META } from './state.ts';

export interface SyncProgress {
  phase: 'push' | 'pull' | 'photos';
  done: number;
  total: number | null;
}

export type SyncResult =
  | { type: 'synced'; pushed: number; pulled: number; rejected: number; photos: number }
  | HttpFailure;

export interface SyncOnceOptions {
  onProgress?: (progress: SyncProgress) => void;
  /** Rows per pull page (tests use small pages to exercise paging). */
  pageSize?: number;
  now?: () => Date;
  /**
   * The signed-in account's role, for what a restored server is sent again (reset.ts); without it the device
   * re-sends as an inspector's would: its own writes, and everything but the office's tables and assignees.
   */
  role?: DeviceRole;
}

/**
 * One full sync: push the outbox, pull what changed, then move photos. A restored server (new
 * epoch) resets the device's cursor and re-sends everything it holds, then carries on; any other
 * failure stops the run with everything still safe in the outbox for the next try.
 */
export async function syncOnce(
  db: AppDb,
  http: HttpOptions,
  options: SyncOnceOptions = {},
): Promise<SyncResult> {
  const clientId = await deviceNode(db);
  const progress = options.onProgress ?? (() => undefined);
  const role = options.role ?? 'inspector';
  let pushed = 0;
  let pulled = 0;
  let rejected = 0;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const total = await db.outbox.count();
    const push = await pushOutbox(db, http, clientId, (done) => progress({ phase: 'push', done, total }));
    if ('ok' in push) return push;
    if (push.type === 'epoch-changed') {
      await resetForNewEpoch(db, push.epoch, push.lastMutationId, role, clientId);
      continue;
    }
    pushed += push.pushed;
    rejected += push.rejected;
    const pull = await pullChanges(
      db,
      http,
      clientId,
      (done) => progress({ phase: 'pull', done, total: null }),
      options.pageSize,
    );
    if ('ok' in pull) return pull;
    if (pull.type === 'epoch-changed') {
      await resetForNewEpoch(db, pull.epoch, pull.lastMutationId, role, clientId);
      continue;
    }
    pulled += pull.rows;
    const blobs = await syncBlobs(db, http, (done, all) => progress({ phase: 'photos', done, total: all }));
    if ('ok' in blobs) return blobs;
    await writeMeta(db, SYNC_META.lastSyncAt, (options.now?.() ?? new Date()).toISOString());
    return { type: 'synced', pushed, pulled, rejected, photos: blobs.uploaded };
  }
  return {
    ok: false,
    reason: 'server',
    status: 409,
    message: 'Máy chủ liên tục được khôi phục; hãy thử lại sau.',
  };
}

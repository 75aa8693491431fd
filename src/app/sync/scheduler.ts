import { liveQuery } from 'dexie';
import { readMeta } from '../data/meta.ts';
import type { AppDb } from '../db.ts';
import { getSetting } from '../settings.ts';
import { syncOnce } from './engine.ts';
import { SYNC_META } from './state.ts';
import { session, setSyncTrigger, syncView } from './status.ts';

const TIMER_MS = 60_000;
const AFTER_WRITE_MS = 3_000;
const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * Runs sync from one tab at a time (a Web Lock: another tab holding it is already syncing the same
 * database), on `online`, when the app comes back to the foreground, on a timer and shortly after
 * local writes, with exponential back-off after failures. The outbox in IndexedDB is the source of
 * truth; nothing here holds data that is not already stored.
 */
export async function startSyncScheduler(db: AppDb, baseUrl: string = location.origin): Promise<void> {
  session.value = await getSetting('session');
  syncView.value = {
    ...syncView.value,
    state: session.value ? 'idle' : 'signedOut',
    lastSyncAt: await readMeta<string | null>(db, SYNC_META.lastSyncAt, null),
  };
  let failures = 0;
  let nextAutoAt = 0;
  let running = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function run(reason: 'manual' | 'auto'): Promise<void> {
    const current = session.value;
    if (!current || running) return;
    if (reason === 'auto' && (Date.now() < nextAutoAt || !navigator.onLine)) return;
    running = true;
    try {
      await withSyncLock(async () => {
        syncView.value = { ...syncView.value, state: 'syncing', progress: null };
        const result = await syncOnce(
          db,
          { baseUrl, token: current.token },
          {
            role: current.user.role,
            onProgress: (progress) => {
              syncView.value = { ...syncView.value, progress };
            },
          },
        );
        if ('ok' in result) {
          failures += 1;
          nextAutoAt = Date.now() + Math.min(2_000 * 2 ** failures, MAX_BACKOFF_MS);
          syncView.value = {
            ...syncView.value,
            state: result.reason === 'unauthorized' ? 'revoked' : 'error',
            lastError: result.message,
            progress: null,
          };
          return;
        }
        failures = 0;
        nextAutoAt = 0;
        syncView.value = {
          state: 'idle',
          lastSyncAt: await readMeta<string | null>(db, SYNC_META.lastSyncAt, null),
          lastError: null,
          progress: null,
        };
      });
    } catch (error) {
      console.error('sync failed', error);
      failures += 1;
      nextAutoAt = Date.now() + Math.min(2_000 * 2 ** failures, MAX_BACKOFF_MS);
      syncView.value = {
        ...syncView.value,
        state: 'error',
        lastError: 'Đồng bộ gặp lỗi không mong muốn; dữ liệu vẫn an toàn trên máy và sẽ được thử lại.',
        progress: null,
      };
    } finally {
      running = false;
    }
  }

  function soon(ms: number): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run('auto'), ms);
  }

  setSyncTrigger((reason) => void run(reason));
  window.addEventListener('online', () => {
    nextAutoAt = 0;
    void run('auto');
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void run('auto');
  });
  setInterval(() => void run('auto'), TIMER_MS);
  let lastCount = 0;
  liveQuery(() => db.outbox.count()).subscribe((count) => {
    if (count > lastCount) soon(AFTER_WRITE_MS);
    lastCount = count;
  });
  void run('auto');
}

/** Only one tab syncs at a time; where Web Locks are missing (old Safari), sync runs unguarded. */
async function withSyncLock(work: () => Promise<void>): Promise<void> {
  if (!navigator.locks) return work();
  await navigator.locks.request('cchc-sync', { ifAvailable: true }, async (lock) => {
    if (lock) await work();
  });
}

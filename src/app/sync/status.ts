import { signal } from '@preact/signals';
import type { Session } from '../settings.ts';

/** What the header shows about sync. Kept free of the sync engine so the shell stays small. */
export interface SyncView {
  state: 'signedOut' | 'idle' | 'syncing' | 'error' | 'revoked';
  lastSyncAt: string | null;
  /** One plain sentence about the last failure, or null. */
  lastError: string | null;
  progress: { phase: 'push' | 'pull' | 'photos'; done: number; total: number | null } | null;
}

export const session = signal<Session | null>(null);
export const syncView = signal<SyncView>({
  state: 'signedOut',
  lastSyncAt: null,
  lastError: null,
  progress: null,
});

type SyncTrigger = (reason: 'manual' | 'auto') => void;
let trigger: SyncTrigger | null = null;

/** The scheduler registers itself here once its chunk has loaded. */
export function setSyncTrigger(next: SyncTrigger): void {
  trigger = next;
}

/** "Đồng bộ ngay": sync at once, whatever the back-off says. */
export function requestSync(reason: 'manual' | 'auto' = 'manual'): void {
  trigger?.(reason);
}

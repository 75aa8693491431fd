import { signal } from '@preact/signals';

export interface StorageState {
  /** null until asked: the browser has not said yet. */
  persisted: boolean | null;
  usage: number;
  quota: number;
}

export const storageState = signal<StorageState>({ persisted: null, usage: 0, quota: 0 });

/** Above this share of the quota the app warns before the next photo fails to save. */
export const NEARLY_FULL = 0.8;

export async function refreshStorageState(): Promise<StorageState> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.estimate) return storageState.value;
  const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted?.() ?? null]);
  storageState.value = { persisted, usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 };
  return storageState.value;
}

let asked = false;

/**
 * Asks once per session, at the first meaningful use (a created inspection, a recorded score),
 * that the browser keep this origin's data under storage pressure: browsers grant it more readily
 * after a user gesture, and unsynced inspections must not be evicted.
 */
export async function askPersistence(): Promise<void> {
  if (asked || typeof navigator === 'undefined' || !navigator.storage?.persist) return;
  asked = true;
  if (!(await navigator.storage.persisted())) await navigator.storage.persist();
  await refreshStorageState();
}

export function isNearlyFull(state: StorageState): boolean {
  return state.quota > 0 && state.usage / state.quota >= NEARLY_FULL;
}

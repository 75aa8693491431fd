import { readMeta, writeMeta } from '../data/meta.ts';
import type { AppDb } from '../db.ts';

/** What the device remembers about its sync with the server, in Dexie's meta table. */
export const SYNC_META = {
  cursor: 'sync.cursor',
  /** Where the download in progress began; null between downloads (see PullRequest.since). */
  since: 'sync.since',
  epoch: 'sync.epoch',
  /**
   * The `lastMutationId` of the last pull or push answer in this epoch, named in the next pull so that a pull
   * with nothing new is a 204 with no body (PullRequest.lastMutationId); null when not known.
   */
  lastMutationId: 'sync.lastMutationId',
  lastSyncAt: 'sync.lastSyncAt',
  lastError: 'sync.lastError',
  rejections: 'sync.rejections',
} as const;

/** A mutation the server refused for good, kept so the user is told instead of the edit vanishing. */
export interface StoredRejection {
  mutationId: number;
  error: string;
  message: string;
  at: string;
}

export const readCursor = (db: AppDb) => readMeta<number>(db, SYNC_META.cursor, 0);
export const readSince = (db: AppDb) => readMeta<number | null>(db, SYNC_META.since, null);
export const readEpoch = (db: AppDb) => readMeta<string | null>(db, SYNC_META.epoch, null);
export const readLastMutationId = (db: AppDb) => readMeta<number | null>(db, SYNC_META.lastMutationId, null);
export const readRejections = (db: AppDb) => readMeta<StoredRejection[]>(db, SYNC_META.rejections, []);

export async function addRejections(db: AppDb, rejections: StoredRejection[]): Promise<void> {
  if (rejections.length === 0) return;
  const kept = [...(await readRejections(db)), ...rejections].slice(-100);
  await writeMeta(db, SYNC_META.rejections, kept);
}

/** Forgets the refusals the user has read (the server keeps its own record of them). */
export const clearRejections = (db: AppDb) => writeMeta(db, SYNC_META.rejections, []);

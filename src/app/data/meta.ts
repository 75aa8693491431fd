import { type Clock, createClock, type NodeId, newNodeId } from '../../domain/hlc.ts';
import type { AppDb } from '../db.ts';

/**
 * Device state that must commit in the same transaction as the writes it stamps (the clock, the
 * next mutation id), so it lives in Dexie's `meta` table rather than in idb-keyval settings.
 */
export const META = {
  clock: 'clock',
  nextMutationId: 'nextMutationId',
  /** Mutations up to this id are being (or have been) pushed; they must never be rewritten. */
  claimedUpTo: 'claimedUpTo',
  /** Server time − device time at the last sync (hlc.ts serverCorrected), null before the first one. */
  serverOffsetMs: 'sync.serverOffsetMs',
} as const;

async function read<T>(db: AppDb, key: string, fallback: T): Promise<T> {
  const entry = await db.meta.get(key);
  return entry === undefined ? fallback : (entry.value as T);
}

/** This device's node id; created on first use and kept for the life of the database. */
export async function deviceNode(db: AppDb): Promise<NodeId> {
  return (await deviceClock(db)).node;
}

/**
 * The device clock as stored, or a new one with a fresh node id on the first write ever. The write
 * path reads the stored value together with its other reads and stores the ticked clock itself.
 */
export function clockOrNew(stored: Clock | null): Clock {
  return stored ?? createClock(newNodeId());
}

async function deviceClock(db: AppDb): Promise<Clock> {
  const stored = await read<Clock | null>(db, META.clock, null);
  if (stored) return stored;
  const clock = clockOrNew(null);
  await db.meta.put({ key: META.clock, value: clock });
  return clock;
}

export function claimedUpTo(db: AppDb): Promise<number> {
  return read<number>(db, META.claimedUpTo, 0);
}

export async function setClaimedUpTo(db: AppDb, mutationId: number): Promise<void> {
  await db.meta.put({ key: META.claimedUpTo, value: mutationId });
}

export function readMeta<T>(db: AppDb, key: string, fallback: T): Promise<T> {
  return read(db, key, fallback);
}

export async function writeMeta(db: AppDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}

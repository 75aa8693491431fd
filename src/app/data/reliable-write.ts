import { signal } from '@preact/signals';
import type { AppDb } from '../db.ts';
import { type JournalEntry, journalDrop, journalPut, nextWriteSeq } from './write-journal.ts';
import { trackWrite } from './write-tracker.ts';

/**
 * Why a write could not be stored. `quota`: the device is full; `closed`: the connection was
 * closed (another tab upgraded the database, the browser dropped it); `refused`: the write can
 * never succeed (a locked inspection, a value the schemas refuse), so it is shown, not retried;
 * `other`: anything else, retried.
 */
export type WriteFailureReason = 'quota' | 'closed' | 'refused' | 'other';

/**
 * Makes a write. `journalSeq` orders it against its journal entry: a journalled verb stores it with
 * the fields it writes (`WriteOptions.journalSeq`), so a replay can tell a stale entry from a lost write.
 */
export type WriteRun = (journalSeq: number) => Promise<void>;

/** A write that has not reached IndexedDB yet; `run` holds its values until it does. */
export interface FailedWrite {
  key: string;
  reason: WriteFailureReason;
  attempts: number;
  run: WriteRun;
  seq: number;
}

/** Writes waiting for a retry, oldest first. The UI shows them; nothing here is ever dropped silently. */
export const failedWrites = signal<readonly FailedWrite[]>([]);

/** The last write refused for good (shown once, then dismissed by the user). */
export const refusedWrite = signal<FailedWrite | null>(null);

export const RETRY_INTERVAL_MS = 5_000;

/** A write the caller knows cannot succeed (e.g. the inspection is locked). */
export class WriteRefusedError extends Error {
  override name = 'WriteRefusedError';
}

/** Classifies by error name (and Dexie's `inner` error), never by message text. */
export function failureReason(error: unknown): WriteFailureReason {
  const names = [errorName(error), errorName((error as { inner?: unknown } | null)?.inner)];
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.includes('DatabaseClosedError') || names.includes('InvalidStateError')) return 'closed';
  if (names.includes('WriteRefusedError') || names.includes('InvalidWriteError')) return 'refused';
  return 'other';
}

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : undefined;
}

// One chain for every user write: a write starts only after the previous one settled, so the outbox
// holds changes in the order they were made, and "create the row on first answer" never races itself.
let chain: Promise<unknown> = Promise.resolve();
let timer: ReturnType<typeof setInterval> | undefined;

/** Writes queued on the chain but not started, by key: a newer write of the same key takes its place. */
const waiting = new Map<string, { run: WriteRun; seq: number; done: Promise<WriteOutcome> }>();

export type WriteOutcome = 'saved' | 'queued' | 'refused';

/**
 * Runs one user write through the one write path. A write that fails is kept in memory with its
 * values, shown to the user, and retried on a timer and on request; a later write of the same key
 * replaces the queued one (its values are newer). With a journal entry, the write's values are also
 * kept in localStorage until it commits, so a reload right after a keystroke loses nothing.
 * Resolves once the write is stored, queued for retry, or refused.
 */
export function reliableWrite(
  db: AppDb,
  key: string,
  run: WriteRun,
  entry?: JournalEntry,
): Promise<WriteOutcome> {
  const seq = nextWriteSeq();
  if (entry) journalPut(key, seq, entry);
  const queued = waiting.get(key);
  if (queued) {
    // Typing faster than IndexedDB commits: only the newest value of the field is worth writing.
    queued.run = run;
    queued.seq = seq;
    return queued.done;
  }
  const job = { run, seq, done: Promise.resolve<WriteOutcome>('saved') };
  job.done = chain.then(() => {
    waiting.delete(key);
    return attempt(db, { key, reason: 'other', attempts: 0, run: job.run, seq: job.seq });
  });
  waiting.set(key, job);
  chain = job.done;
  return trackWrite(job.done);
}

async function attempt(db: AppDb, write: FailedWrite): Promise<WriteOutcome> {
  const { seq } = write;
  try {
    await write.run(seq);
    performance.mark('cchc:write-committed');
    drop(write.key);
    journalDrop(write.key, seq);
    return 'saved';
  } catch (error) {
    const reason = failureReason(error);
    console.error(`write ${write.key} failed (${reason})`, error);
    if (reason === 'refused') {
      journalDrop(write.key, seq);
      refusedWrite.value = { ...write, reason, attempts: write.attempts + 1 };
      return 'refused';
    }
    if (reason === 'closed') await reopen(db);
    enqueue({ ...write, reason, attempts: write.attempts + 1 });
    return 'queued';
  }
}

function drop(key: string): void {
  if (failedWrites.value.some((w) => w.key === key)) {
    failedWrites.value = failedWrites.value.filter((w) => w.key !== key);
  }
  if (failedWrites.value.length === 0) stopTimer();
}

function enqueue(write: FailedWrite): void {
  const list = failedWrites.value;
  const index = list.findIndex((w) => w.key === write.key);
  failedWrites.value = index >= 0 ? list.map((w, i) => (i === index ? write : w)) : [...list, write];
  startTimer();
}

let retryDb: AppDb | undefined;

function startTimer(): void {
  if (timer !== undefined || !retryDb) return;
  const db = retryDb;
  timer = setInterval(() => void retryFailedWrites(db), RETRY_INTERVAL_MS);
}

function stopTimer(): void {
  if (timer !== undefined) clearInterval(timer);
  timer = undefined;
}

/** Turns on the timed retry for this database (the app does once; unit tests retry by hand). */
export function enableTimedRetry(db: AppDb): void {
  retryDb = db;
  if (failedWrites.value.length > 0) startTimer();
}

async function reopen(db: AppDb): Promise<void> {
  if (db.isOpen()) return;
  // A VersionError here means a newer build owns the database: the banner asks for a reload.
  await db.open().catch((error: unknown) => console.error('reopening the database failed', error));
}

/** Retries every queued write, in order; ones that fail again stay queued. */
export function retryFailedWrites(db: AppDb): Promise<void> {
  const job = chain.then(async () => {
    if (failedWrites.value.some((w) => w.reason === 'closed')) await reopen(db);
    for (const write of failedWrites.value) await attempt(db, write);
  });
  chain = job;
  return trackWrite(job);
}

/** Clears the refused-write message once the user has read it. */
export function dismissRefused(): void {
  refusedWrite.value = null;
}

import type { InspectionFields } from './inspection-fields.ts';
import type { RecommendationFields } from './recommendations.ts';
import type { AnswerPatch } from './results.ts';

/**
 * A write described as data, so it can be made again. IndexedDB is asynchronous: a reload or a
 * closed tab can cut off a write that is queued or half-way through its transaction. The journal
 * keeps the newest values of each such write in localStorage (synchronous, so it survives the
 * reload that follows a keystroke at once) until the write has committed; the next start replays it.
 */
export type JournalEntry =
  | { verb: 'answer'; inspectionId: string; criterionId: string; patch: AnswerPatch }
  | { verb: 'inspectionFields'; inspectionId: string; fields: InspectionFields }
  | { verb: 'findingText'; inspectionId: string; id: string; text: string }
  | { verb: 'recommendationFields'; inspectionId: string; id: string; fields: RecommendationFields }
  | { verb: 'evidenceCaption'; inspectionId: string; id: string; caption: string };

const STORAGE_KEY = 'cchc:unsaved-writes';
/** The last write number handed out by any page of this app on this device. */
const SEQ_KEY = 'cchc:write-seq';

/** This page's last write number; read from localStorage at the page's first write, then kept here. */
let lastSeq: number | undefined;

function storedSeq(): number {
  try {
    return Number(globalThis.localStorage?.getItem(SEQ_KEY) ?? 0) || 0;
  } catch {
    return 0; // no localStorage: the clock and this page's own count still order its writes
  }
}

/**
 * The next write number: above every number handed out before, in this page or before a reload, even when
 * the device's clock was set back in between (the last one is kept in localStorage, read once per page). It
 * follows the clock when the clock is ahead, so the writes of two open tabs stay in the order they were made.
 * Journalled fields carry their write's number (`_journalSeq`): a number lower than an earlier page's would
 * make a replay judge the newer text already overtaken, and drop it.
 */
export function nextWriteSeq(): number {
  lastSeq = Math.max(Date.now(), (lastSeq ?? storedSeq()) + 1);
  try {
    globalThis.localStorage?.setItem(SEQ_KEY, String(lastSeq));
  } catch {
    // Full or unavailable: this page still counts on; only a later page's start loses the number.
  }
  return lastSeq;
}

interface Stored {
  seq: number;
  entry: JournalEntry;
}

function load(): Record<string, Stored> {
  try {
    const text = globalThis.localStorage?.getItem(STORAGE_KEY);
    return text ? (JSON.parse(text) as Record<string, Stored>) : {};
  } catch {
    return {};
  }
}

function save(journal: Record<string, Stored>): void {
  try {
    if (Object.keys(journal).length === 0) globalThis.localStorage?.removeItem(STORAGE_KEY);
    else globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(journal));
  } catch (error) {
    // localStorage full or unavailable: the write still goes ahead, only without the reload safety net.
    console.warn('write journal unavailable', error);
  }
}

/** Notes a write before it starts; a later write of the same key replaces it (its values are newer). */
export function journalPut(key: string, seq: number, entry: JournalEntry): void {
  const journal = load();
  journal[key] = { seq, entry };
  save(journal);
}

/** Forgets a write once it committed (or was refused for good), unless a newer one took its key. */
export function journalDrop(key: string, seq: number): void {
  const journal = load();
  const stored = journal[key];
  if (!stored || stored.seq > seq) return;
  delete journal[key];
  save(journal);
}

/** Writes left over from an earlier page, oldest first. */
export function journalEntries(): Array<{ key: string; seq: number; entry: JournalEntry }> {
  return Object.entries(load())
    .sort(([, a], [, b]) => a.seq - b.seq)
    .map(([key, stored]) => ({ key, seq: stored.seq, entry: stored.entry }));
}

export function hasJournal(): boolean {
  return journalEntries().length > 0;
}

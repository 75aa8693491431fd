import type { AppDb } from '../db.ts';
import { setEvidenceCaption } from './evidence.ts';
import { setFindingText } from './findings.ts';
import { setInspectionFields } from './inspection-fields.ts';
import { setRecommendationFields } from './recommendations.ts';
import { recordAnswer } from './results.ts';
import { type JournalEntry, journalDrop, journalEntries } from './write-journal.ts';

function replayOne(db: AppDb, entry: JournalEntry, replayOf: number): Promise<unknown> {
  const options = { replayOf };
  switch (entry.verb) {
    case 'answer':
      return recordAnswer(db, entry.inspectionId, entry.criterionId, entry.patch, options);
    case 'inspectionFields':
      return setInspectionFields(db, entry.inspectionId, entry.fields, options);
    case 'findingText':
      return setFindingText(db, entry.inspectionId, entry.id, entry.text, options);
    case 'recommendationFields':
      return setRecommendationFields(db, entry.inspectionId, entry.id, entry.fields, options);
    case 'evidenceCaption':
      return setEvidenceCaption(db, entry.inspectionId, entry.id, entry.caption, options);
  }
}

/**
 * Makes again the writes an earlier page started but did not finish (a reload right after a
 * keystroke). Each replay writes only the fields that neither hold its values already nor were
 * overtaken by a later write (`WriteOptions.replayOf`, checked inside the write's transaction): the
 * browser may hand a reloaded page a journal some keystrokes behind what the last page wrote (its
 * localStorage reaches other pages asynchronously), and the last page's writes may still be
 * committing. So replay never adds an outbox entry for a change that reached the database, and never
 * puts older text back over newer.
 */
export async function replayJournal(db: AppDb): Promise<void> {
  for (const { key, seq, entry } of journalEntries()) {
    // The replayed write journals its values under the same key, with a later number, before it starts.
    const replayed = replayOne(db, entry, seq);
    journalDrop(key, seq);
    await replayed;
  }
}

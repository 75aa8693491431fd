import { resultIdText } from '../../domain/row-ids.ts';
import type { AppDb, SyncedTable } from '../db.ts';
import { setEvidenceCaption } from './evidence.ts';
import { setFindingText } from './findings.ts';
import { setInspectionFields } from './inspection-fields.ts';
import { setRecommendationFields } from './recommendations.ts';
import { recordAnswer } from './results.ts';
import { type JournalEntry, journalDrop, journalEntries } from './write-journal.ts';

/** Where a journalled write lands, to tell whether it already did. */
function target(entry: JournalEntry): { table: SyncedTable; id: string; fields: Record<string, unknown> } {
  switch (entry.verb) {
    case 'answer':
      return {
        table: 'results',
        id: resultIdText(entry.inspectionId, entry.criterionId),
        fields: entry.patch,
      };
    case 'inspectionFields':
      return { table: 'inspections', id: entry.inspectionId, fields: entry.fields };
    case 'findingText':
      return { table: 'findings', id: entry.id, fields: { text: entry.text } };
    case 'recommendationFields':
      return { table: 'recommendations', id: entry.id, fields: entry.fields };
    case 'evidenceCaption':
      return { table: 'evidence', id: entry.id, fields: { caption: entry.caption } };
  }
}

async function isStored(db: AppDb, entry: JournalEntry): Promise<boolean> {
  const { table, id, fields } = target(entry);
  const row = await db.synced(table).get(id);
  return (
    !!row &&
    Object.entries(fields).every(([field, value]) => JSON.stringify(row[field]) === JSON.stringify(value))
  );
}

function replayOne(db: AppDb, entry: JournalEntry): Promise<unknown> {
  switch (entry.verb) {
    case 'answer':
      return recordAnswer(db, entry.inspectionId, entry.criterionId, entry.patch);
    case 'inspectionFields':
      return setInspectionFields(db, entry.inspectionId, entry.fields);
    case 'findingText':
      return setFindingText(db, entry.inspectionId, entry.id, entry.text);
    case 'recommendationFields':
      return setRecommendationFields(db, entry.inspectionId, entry.id, entry.fields);
    case 'evidenceCaption':
      return setEvidenceCaption(db, entry.inspectionId, entry.id, entry.caption);
  }
}

/**
 * Makes again the writes an earlier page started but did not finish (a reload right after a
 * keystroke). A write whose values are already stored only leaves the journal, so replay never adds
 * an outbox entry for a change that reached the database.
 */
export async function replayJournal(db: AppDb): Promise<void> {
  for (const { key, seq, entry } of journalEntries()) {
    if (await isStored(db, entry)) journalDrop(key, seq);
    else await replayOne(db, entry);
  }
}

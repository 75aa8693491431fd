import type { Json } from '../../domain/merge.ts';
import { type Answer, EMPTY_ANSWER } from '../../domain/read-answer.ts';
import { resultIdText } from '../../domain/row-ids.ts';
import type { AppDb } from '../db.ts';
import { editableInspection } from './inspection-lock.ts';
import { reliableWrite, type WriteOutcome } from './reliable-write.ts';
import { askPersistence } from './storage.ts';
import { type TypedWriteOptions, writeTransaction } from './write.ts';

/** What one input changes in a result: answer fields and/or the note. */
export type AnswerPatch = Partial<Answer> & { note?: string };

/**
 * Records what the inspector entered for one criterion. The first answer creates the result row
 * (under its deterministic id, so two tablets answering offline write the same row) and moves a draft
 * inspection to "đang kiểm tra"; every later input writes only the fields it changed.
 */
export function recordAnswer(
  db: AppDb,
  inspectionId: string,
  criterionId: string,
  patch: AnswerPatch,
  { now = new Date(), replayOf }: TypedWriteOptions = {},
): Promise<WriteOutcome> {
  const id = resultIdText(inspectionId, criterionId);
  const fields: Record<string, Json> = {};
  for (const [field, value] of Object.entries(patch)) if (value !== undefined) fields[field] = value;
  void askPersistence();
  return reliableWrite(
    db,
    `results/${id}/${Object.keys(fields).sort().join(',')}`,
    (journalSeq) =>
      // The lock check, the row and its outbox entry in one transaction: one round trip, not two.
      writeTransaction(db, ['inspections', 'results'], async (stage) => {
        const [inspection] = await Promise.all([
          editableInspection(db, inspectionId),
          stage('results', id, fields, {
            now,
            journalSeq,
            replayOf,
            createWith: { inspectionId, criterionId, ...EMPTY_ANSWER, note: '', deleted: false },
          }),
        ]);
        if (inspection.status === 'draft') {
          await stage('inspections', inspectionId, { status: 'inProgress' }, { now });
        }
      }),
    { verb: 'answer', inspectionId, criterionId, patch: fields },
  );
}

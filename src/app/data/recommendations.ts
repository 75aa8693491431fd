import { newId } from '../../domain/new-id.ts';
import type { RecommendationRow } from '../../domain/schemas/recommendation.ts';
import type { AppDb } from '../db.ts';
import { editableInspection } from './inspection-lock.ts';
import { reliableWrite, type WriteOutcome } from './reliable-write.ts';
import { createRow, deleteRow, type TypedWriteOptions, writeFields } from './write.ts';

export type RecommendationFields = Partial<Pick<RecommendationRow, 'content' | 'owner' | 'deadline'>>;

/** Adds a recommendation (kiến nghị): what to do, by whom, by when. */
export async function addRecommendation(
  db: AppDb,
  inspectionId: string,
  fields: RecommendationFields = {},
  now = new Date(),
): Promise<string> {
  const id = newId();
  await reliableWrite(db, `recommendations/${id}`, async () => {
    await editableInspection(db, inspectionId);
    const row = {
      id,
      inspectionId,
      content: fields.content ?? '',
      owner: fields.owner ?? '',
      deadline: fields.deadline ?? null,
      status: 'open',
      deleted: false,
    };
    await createRow(db, 'recommendations', row, now);
  });
  return id;
}

export function setRecommendationFields(
  db: AppDb,
  inspectionId: string,
  id: string,
  fields: RecommendationFields,
  { now = new Date(), replayOf }: TypedWriteOptions = {},
): Promise<WriteOutcome> {
  const key = `recommendations/${id}/${Object.keys(fields).sort().join(',')}`;
  return reliableWrite(
    db,
    key,
    async (journalSeq) => {
      await editableInspection(db, inspectionId);
      await writeFields(db, 'recommendations', id, { ...fields }, { now, journalSeq, replayOf });
    },
    { verb: 'recommendationFields', inspectionId, id, fields },
  );
}

export function removeRecommendation(db: AppDb, inspectionId: string, id: string): Promise<WriteOutcome> {
  return reliableWrite(db, `recommendations/${id}/deleted`, async () => {
    await editableInspection(db, inspectionId);
    await deleteRow(db, 'recommendations', id);
  });
}

import { newId } from '../../domain/new-id.ts';
import type { FindingKind } from '../../domain/schemas/finding.ts';
import type { AppDb } from '../db.ts';
import { editableInspection } from './inspection-lock.ts';
import { reliableWrite, type WriteOutcome } from './reliable-write.ts';
import { createRow, deleteRow, type TypedWriteOptions, writeFields } from './write.ts';

/** Adds a finding (ưu điểm, or tồn tại, hạn chế); it sorts after those already written. */
export async function addFinding(
  db: AppDb,
  inspectionId: string,
  kind: FindingKind,
  text = '',
  now = new Date(),
): Promise<string> {
  const id = newId();
  await reliableWrite(db, `findings/${id}`, async () => {
    await editableInspection(db, inspectionId);
    const row = { id, inspectionId, kind, text, order: now.getTime(), deleted: false };
    await createRow(db, 'findings', row, now);
  });
  return id;
}

export function setFindingText(
  db: AppDb,
  inspectionId: string,
  id: string,
  text: string,
  { now = new Date(), replayOf }: TypedWriteOptions = {},
): Promise<WriteOutcome> {
  return reliableWrite(
    db,
    `findings/${id}/text`,
    async (journalSeq) => {
      await editableInspection(db, inspectionId);
      await writeFields(db, 'findings', id, { text }, { now, journalSeq, replayOf });
    },
    { verb: 'findingText', inspectionId, id, text },
  );
}

export function removeFinding(db: AppDb, inspectionId: string, id: string): Promise<WriteOutcome> {
  return reliableWrite(db, `findings/${id}/deleted`, async () => {
    await editableInspection(db, inspectionId);
    await deleteRow(db, 'findings', id);
  });
}

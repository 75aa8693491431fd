import type { InspectionRow } from '../../domain/schemas/inspection.ts';
import type { AppDb } from '../db.ts';
import { editableInspection } from './inspection-lock.ts';
import { reliableWrite, type WriteOutcome } from './reliable-write.ts';
import { type TypedWriteOptions, writeFields } from './write.ts';

/** The inspection fields an inspector edits on the tablet (the header and the unit's comments). */
export type InspectionFields = Partial<
  Pick<InspectionRow, 'unitName' | 'date' | 'place' | 'team' | 'unitRepresentatives' | 'unitComments'>
>;

/** Writes header fields of an inspection; lists (team, representatives) are replaced whole. */
export function setInspectionFields(
  db: AppDb,
  inspectionId: string,
  fields: InspectionFields,
  { now = new Date(), replayOf }: TypedWriteOptions = {},
): Promise<WriteOutcome> {
  const key = `inspections/${inspectionId}/${Object.keys(fields).sort().join(',')}`;
  return reliableWrite(
    db,
    key,
    async (journalSeq) => {
      await editableInspection(db, inspectionId);
      await writeFields(db, 'inspections', inspectionId, { ...fields }, { now, journalSeq, replayOf });
    },
    { verb: 'inspectionFields', inspectionId, fields },
  );
}

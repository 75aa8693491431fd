import type { InspectionRow } from '../../domain/schemas/inspection.ts';
import type { AppDb, Local } from '../db.ts';
import { WriteRefusedError } from './reliable-write.ts';

/** Completed and signed inspections are read-only on the tablet; only the office may reopen one. */
export function isLocked(inspection: Pick<InspectionRow, 'status'>): boolean {
  return inspection.status === 'completed' || inspection.status === 'signed';
}

/** The inspection, if it exists and may still be edited; otherwise the write is refused. */
export async function editableInspection(db: AppDb, inspectionId: string): Promise<Local<InspectionRow>> {
  const inspection = await db.inspections.get(inspectionId);
  if (!inspection || inspection.deleted) throw new WriteRefusedError(`inspection ${inspectionId} not found`);
  if (isLocked(inspection)) throw new WriteRefusedError(`inspection ${inspectionId} is locked`);
  return inspection;
}

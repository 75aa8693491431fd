import { CCHC_2025_ID } from '../../domain/criteria/cchc-2025-id.ts';
import type { Json } from '../../domain/merge.ts';
import { newId } from '../../domain/new-id.ts';
import type { InspectionRow } from '../../domain/schemas/inspection.ts';
import type { AppDb, Local } from '../db.ts';
import { createRow } from './write.ts';

export interface NewInspectionInput {
  unitName: string;
  date: string;
  catalogueId?: string;
}

/** Creates a draft inspection on this device; it reaches the server on the next sync. */
export async function createInspection(
  db: AppDb,
  input: NewInspectionInput,
  now = new Date(),
): Promise<string> {
  const id = newId();
  const row: { id: string } & Record<string, Json> = {
    id,
    planId: null,
    unitId: null,
    unitName: input.unitName.trim(),
    catalogueId: input.catalogueId ?? CCHC_2025_ID,
    date: input.date,
    place: '',
    team: [],
    unitRepresentatives: [],
    status: 'draft',
    assignedTo: [],
    unitComments: '',
    completedAt: null,
    deleted: false,
  };
  await createRow(db, 'inspections', row, now);
  return id;
}

/** Inspections not deleted, most recently changed first, as the home screen lists them. */
export function listInspections(db: AppDb): Promise<Array<Local<InspectionRow>>> {
  return db.inspections
    .orderBy('_updatedAt')
    .reverse()
    .filter((row) => !row.deleted)
    .toArray();
}

// Valid synced rows for tests, as the `fields` of a row write (everything but `id`).

import type { CatalogueId, InspectionId } from '../../../src/domain/ids.ts';
import { newId } from '../../../src/domain/ids.ts';
import type { Json } from '../../../src/domain/merge.ts';
import type { CriterionId } from '../../../src/domain/schemas/catalogue.ts';
import { newInspection } from '../../../src/domain/schemas/inspection.ts';
import { newResult } from '../../../src/domain/schemas/result.ts';

export const CRITERIA = [
  'A1.T1',
  'A1.T2',
  'A2.K1',
  'A3.T1',
  'A3.K2',
  'A4.T1',
  'A5.K1',
  'A7.T3',
] as CriterionId[];

function withoutId(row: { id: string } & Record<string, unknown>): Record<string, Json> {
  const { id: _id, ...fields } = row;
  return fields as Record<string, Json>; // rows built by the domain constructors are JSON
}

/** A new inspection: its id and fields. */
export function inspectionRow(assignedTo: string[] = [], unitName = 'Phòng Quản lý khoa học') {
  const row = newInspection({
    unitName,
    catalogueId: 'cchc-2025' as CatalogueId,
    date: '2026-03-15',
    assignedTo: assignedTo as never,
  });
  return { id: row.id as string, fields: withoutId(row) };
}

/** An empty result of a criterion of an inspection. */
export function resultRow(inspectionId: string, criterion: CriterionId = 'A1.T1' as CriterionId) {
  const row = newResult(inspectionId as InspectionId, criterion);
  return { id: row.id as string, fields: withoutId(row) };
}

/** A new finding of an inspection. */
export function findingRow(inspectionId: string, text = 'Chưa niêm yết đủ thủ tục') {
  return {
    id: newId(),
    fields: { inspectionId, kind: 'shortcoming', text, order: 1, deleted: false } satisfies Record<
      string,
      Json
    >,
  };
}

/** A new unit. */
export function unitRow(name = 'Phòng Kế hoạch - Tài chính') {
  return {
    id: newId(),
    fields: { name, code: null, kind: 'phong', head: null, active: true, mergedInto: null, deleted: false },
  };
}

/** Evidence metadata pointing at a blob. */
export function evidenceRow(inspectionId: string, sha256: string, size = 100) {
  return {
    id: newId(),
    fields: {
      inspectionId,
      criterionId: 'A1.T1',
      sha256,
      mime: 'image/png',
      size,
      width: 10,
      height: 10,
      caption: 'Bảng niêm yết',
      takenAt: '2026-03-15T02:00:00.000Z',
      deleted: false,
    } satisfies Record<string, Json>,
  };
}

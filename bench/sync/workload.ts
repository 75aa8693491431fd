import { CCHC_2025 } from '../../src/domain/criteria/cchc-2025.ts';
import type { Json } from '../../src/domain/merge.ts';
import type { WorkloadDoc } from './anchors.ts';

/**
 * The anchors' inspections as our rows: each workload doc is an `inspections` row and 40 `results` rows,
 * written together as one mutation (one user action). Workload criterion k is the k-th criterion of
 * CCHC 2025; a numeric value v (0–10, one decimal) becomes the figures round(10·v) / 100, a yes/no value
 * becomes `yesNo`, and the note is the note.
 */

const CRITERIA = CCHC_2025.areas.flatMap((area) => area.criteria).map((c) => c.id);
const STATUS: Record<string, string> = {
  draft: 'draft',
  submitted: 'inProgress',
  reviewed: 'completed',
  approved: 'signed',
};

/** A deterministic UUIDv7 for the i-th thing of a kind (time part fixed, counter in the random part). */
function uuid7(kind: number, i: number): string {
  return `0190c0de-${kind.toString(16).padStart(4, '0')}-7000-8000-${i.toString(16).padStart(12, '0')}`;
}

export interface RowWriteInput {
  table: string;
  id: string;
  fields: Record<string, Json>;
}

export function inspectionId(doc: WorkloadDoc): string {
  return uuid7(1, Number(doc._id.slice(5)));
}

function answerFields(value: number | boolean): Record<string, Json> {
  return typeof value === 'boolean'
    ? { numerator: null, denominator: null, yesNo: value }
    : { numerator: Math.round(value * 10), denominator: 100, yesNo: null };
}

/** The row writes of one workload inspection, assigned to `userId`. */
export function inspectionWrites(doc: WorkloadDoc, userId: string): RowWriteInput[] {
  const id = inspectionId(doc);
  const writes: RowWriteInput[] = [
    {
      table: 'inspections',
      id,
      fields: {
        planId: null,
        unitId: uuid7(2, Number(doc.unitId.slice(5))),
        unitName: doc.unitName,
        catalogueId: CCHC_2025.id,
        date: doc.date,
        place: '',
        team: doc.inspectors.map((p, i) => ({ name: p.name, role: i === 0 ? 'leader' : 'member' })),
        unitRepresentatives: [],
        status: STATUS[doc.status] ?? 'draft',
        assignedTo: [userId],
        unitComments: '',
        completedAt: null,
        deleted: false,
      },
    },
  ];
  doc.scores.forEach((score, k) => {
    const criterionId = CRITERIA[k] ?? '';
    writes.push({
      table: 'results',
      id: `${id}:${criterionId}`,
      fields: {
        inspectionId: id,
        criterionId,
        notApplicable: false,
        ...answerFields(score.value),
        count: null,
        text: null,
        note: score.note,
        deleted: false,
      },
    });
  });
  return writes;
}

/** The writes of changed criteria: only the fields that changed (what the tablet sends for that edit). */
export function changedWrites(before: WorkloadDoc, after: WorkloadDoc): RowWriteInput[] {
  const id = inspectionId(after);
  const out: RowWriteInput[] = [];
  after.scores.forEach((score, k) => {
    const old = before.scores[k];
    if (!old || (old.value === score.value && old.note === score.note)) return;
    const was: Record<string, Json> = { ...answerFields(old.value), note: old.note };
    const now: Record<string, Json> = { ...answerFields(score.value), note: score.note };
    const fields = Object.fromEntries(Object.entries(now).filter(([field, value]) => was[field] !== value));
    out.push({ table: 'results', id: `${id}:${CRITERIA[k] ?? ''}`, fields });
  });
  return out;
}

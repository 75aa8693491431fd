import { z } from 'zod';
import { Answer, EMPTY_ANSWER } from '../answer.ts';
import { InspectionId } from '../ids.ts';
import { resultIdText } from '../row-ids.ts';
import { CriterionId } from './catalogue.ts';
import { LongText } from './limits.ts';

const RESULT_ID = /^([^:]+):([^:]+)$/;

/** Splits a result id into its inspection and criterion, or returns null when it is not one. */
export function parseResultId(id: string): { inspectionId: InspectionId; criterionId: CriterionId } | null {
  const match = RESULT_ID.exec(id);
  const inspectionId = InspectionId.safeParse(match?.[1]);
  const criterionId = CriterionId.safeParse(match?.[2]);
  return inspectionId.success && criterionId.success
    ? { inspectionId: inspectionId.data, criterionId: criterionId.data }
    : null;
}

/**
 * Id of a result row: `${inspectionId}:${criterionId}`. It is deterministic so that two tablets answering
 * the same criterion offline write the same row, whose fields then merge, instead of two rows for one
 * criterion.
 */
export const ResultId = z
  .string()
  .max(120)
  .refine((id) => parseResultId(id) !== null, 'Mã kết quả không hợp lệ')
  .brand<'ResultId'>();
export type ResultId = z.infer<typeof ResultId>;

/** The id of the result of `criterionId` in an inspection. */
export function resultId(inspectionId: InspectionId, criterionId: CriterionId): ResultId {
  return ResultId.parse(resultIdText(inspectionId, criterionId));
}

/**
 * The answer to one criterion in one inspection (synced table `results`): the Answer fields of answer.ts,
 * each merged on its own, plus the inspector's note. Figures are stored as typed; whether they make sense
 * together (numerator ≤ denominator) is judged by `readAnswer`, because two fields written on different
 * tablets can only be checked after they merge. `inspectionId` and `criterionId` repeat the id so rows can be
 * queried by them; the sync registry refuses values that disagree with the id.
 */
export const ResultRow = z.strictObject({
  id: ResultId,
  inspectionId: InspectionId,
  criterionId: CriterionId,
  ...Answer.shape,
  text: LongText.nullable(),
  note: LongText,
  deleted: z.boolean(),
});
export type ResultRow = z.infer<typeof ResultRow>;

/** A result row for a criterion not answered yet, or with the given answer. */
export function newResult(
  inspectionId: InspectionId,
  criterionId: CriterionId,
  answer: Answer = EMPTY_ANSWER,
): ResultRow {
  return ResultRow.parse({
    id: resultId(inspectionId, criterionId),
    inspectionId,
    criterionId,
    ...answer,
    note: '',
    deleted: false,
  } satisfies z.input<typeof ResultRow>);
}

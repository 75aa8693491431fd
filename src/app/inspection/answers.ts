import type { Answer } from '../../domain/answer.ts';
import type { AnyLocalRow } from '../db.ts';

/** The answer fields of a stored result row, as scoring reads them. */
export function answerOf(row: AnyLocalRow): Answer {
  return {
    notApplicable: row.notApplicable === true,
    numerator: typeof row.numerator === 'number' ? row.numerator : null,
    denominator: typeof row.denominator === 'number' ? row.denominator : null,
    yesNo: typeof row.yesNo === 'boolean' ? row.yesNo : null,
    count: typeof row.count === 'number' ? row.count : null,
    text: typeof row.text === 'string' ? row.text : null,
  };
}

/** Answers of an inspection by criterion id. */
export function answersByCriterion(rows: readonly AnyLocalRow[]): Map<string, Answer> {
  const answers = new Map<string, Answer>();
  for (const row of rows) if (!row.deleted) answers.set(String(row.criterionId), answerOf(row));
  return answers;
}

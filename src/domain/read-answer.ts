import type { Measure } from './schemas/catalogue.ts';

/*
 * An answer and how it reads against a measure, without zod: scoring and the checklist need only
 * these, and the checklist's cold start should not load the schema library. The zod schema of the
 * same shape (for the result row and the sync checks) lives in answer.ts, which re-exports all this.
 */

/**
 * An inspector's answer to one criterion, as the result row on the tablet stores it. Figures are
 * kept as typed, even when wrong, so the form can show them back with the error: `readAnswer`
 * judges them. Which fields count depends on the criterion's measure.
 */
export interface Answer {
  notApplicable: boolean;
  numerator: number | null;
  denominator: number | null;
  yesNo: boolean | null;
  count: number | null;
  text: string | null;
}

/** An answer with nothing filled in ("chưa chấm"). */
export const EMPTY_ANSWER: Readonly<Answer> = Object.freeze({
  notApplicable: false,
  numerator: null,
  denominator: null,
  yesNo: null,
  count: null,
  text: null,
});

/**
 * Figures are whole counts up to one billion: far above any case-file count of a department, and
 * small enough that every comparison in rate.ts stays exact in floating point.
 */
export const MAX_FIGURE = 1_000_000_000;

/** A figure field the inspector types. */
export type FigureField = 'numerator' | 'denominator' | 'count';

/** Why figures cannot be judged; `message` is the Vietnamese sentence shown under the field. */
export interface AnswerError {
  field: FigureField;
  code:
    | 'incomplete'
    | 'negative'
    | 'notInteger'
    | 'tooLarge'
    | 'zeroDenominator'
    | 'numeratorAboveDenominator';
  message: string;
}

/** An answer read against its measure. */
export type ReadAnswer =
  | { kind: 'notApplicable' }
  | { kind: 'unanswered' }
  | { kind: 'invalid'; errors: AnswerError[] }
  | { kind: 'percent'; numerator: number; denominator: number }
  | { kind: 'yesNo'; value: boolean }
  | { kind: 'count'; value: number }
  | { kind: 'text'; value: string };

const LABELS = { numerator: 'Tử số', denominator: 'Mẫu số', count: 'Số lượng' } as const satisfies Record<
  FigureField,
  string
>;

function figureErrors(field: FigureField, value: number): AnswerError[] {
  const label = LABELS[field];
  if (value < 0) return [{ field, code: 'negative', message: `${label} không được âm` }];
  if (!Number.isInteger(value)) return [{ field, code: 'notInteger', message: `${label} phải là số nguyên` }];
  if (value > MAX_FIGURE) return [{ field, code: 'tooLarge', message: `${label} quá lớn` }];
  return [];
}

/**
 * Reads an answer against a measure: not applicable, unanswered, invalid (with Vietnamese messages)
 * or a usable value. A missing answer is unanswered, never zero.
 * @example readAnswer(percentMeasure, { ...EMPTY_ANSWER, numerator: 46, denominator: 45 })
 *   // → { kind: 'invalid', errors: [{ code: 'numeratorAboveDenominator', message: 'Tử số không được lớn hơn mẫu số', … }] }
 */
export function readAnswer(measure: Measure, answer: Answer | undefined): ReadAnswer {
  if (answer === undefined) return { kind: 'unanswered' };
  if (answer.notApplicable) return { kind: 'notApplicable' };
  switch (measure.type) {
    case 'yesNo':
      return answer.yesNo === null ? { kind: 'unanswered' } : { kind: 'yesNo', value: answer.yesNo };
    case 'text': {
      const value = answer.text?.trim() ?? '';
      return value === '' ? { kind: 'unanswered' } : { kind: 'text', value };
    }
    case 'count': {
      if (answer.count === null) return { kind: 'unanswered' };
      const errors = figureErrors('count', answer.count);
      return errors.length > 0 ? { kind: 'invalid', errors } : { kind: 'count', value: answer.count };
    }
    case 'percent':
      return readFraction(answer.numerator, answer.denominator);
  }
}

function readFraction(numerator: number | null, denominator: number | null): ReadAnswer {
  if (numerator === null && denominator === null) return { kind: 'unanswered' };
  const errors = [
    ...(numerator === null ? [] : figureErrors('numerator', numerator)),
    ...(denominator === null ? [] : figureErrors('denominator', denominator)),
  ];
  if (errors.length > 0) return { kind: 'invalid', errors };
  if (numerator === null || denominator === null) {
    const field = numerator === null ? 'numerator' : 'denominator';
    return {
      kind: 'invalid',
      errors: [{ field, code: 'incomplete', message: 'Cần nhập cả tử số và mẫu số' }],
    };
  }
  if (denominator === 0) {
    const message = 'Mẫu số phải lớn hơn 0 (nếu không phát sinh, chọn "Không áp dụng")';
    return { kind: 'invalid', errors: [{ field: 'denominator', code: 'zeroDenominator', message }] };
  }
  if (numerator > denominator) {
    const message = 'Tử số không được lớn hơn mẫu số';
    return { kind: 'invalid', errors: [{ field: 'numerator', code: 'numeratorAboveDenominator', message }] };
  }
  return { kind: 'percent', numerator, denominator };
}

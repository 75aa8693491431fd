import { z } from 'zod';
import type { Answer as AnswerShape } from './read-answer.ts';

export {
  type AnswerError,
  EMPTY_ANSWER,
  type FigureField,
  MAX_FIGURE,
  type ReadAnswer,
  readAnswer,
} from './read-answer.ts';

/**
 * The schema of an answer (read-answer.ts holds the type and the rules, without zod). `satisfies`
 * and the check below keep the two shapes the same in both directions.
 */
export const Answer = z.object({
  notApplicable: z.boolean(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  yesNo: z.boolean().nullable(),
  count: z.number().nullable(),
  text: z.string().nullable(),
}) satisfies z.ZodType<AnswerShape>;
export type Answer = z.infer<typeof Answer>;

/** With `satisfies` above, a field in one shape and not the other fails to compile either way. */
export const toAnswer = (answer: AnswerShape): Answer => answer;

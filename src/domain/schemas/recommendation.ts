import { z } from 'zod';
import { IsoDate } from '../dates.ts';
import { InspectionId, RecommendationId } from '../ids.ts';
import { LongText, ShortText } from './limits.ts';

/** Whether the unit has carried a recommendation out. */
export const RecommendationStatus = z.enum(['open', 'done']);
export type RecommendationStatus = z.infer<typeof RecommendationStatus>;

/** Vietnamese labels of the recommendation statuses. */
export const RECOMMENDATION_STATUS_LABELS = {
  open: 'chưa thực hiện',
  done: 'đã thực hiện',
} as const satisfies Record<RecommendationStatus, string>;

/**
 * One recommendation (kiến nghị) of an inspection (synced table `recommendations`): what must be done, by
 * whom (`owner`, the responsible unit or person) and by when (`deadline`, null when none was set).
 */
export const RecommendationRow = z.strictObject({
  id: RecommendationId,
  inspectionId: InspectionId,
  content: LongText,
  owner: ShortText,
  deadline: IsoDate.nullable(),
  status: RecommendationStatus,
  deleted: z.boolean(),
});
export type RecommendationRow = z.infer<typeof RecommendationRow>;

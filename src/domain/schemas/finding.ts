import { z } from 'zod';
import { FindingId, InspectionId } from '../ids.ts';
import { LongText } from './limits.ts';

/** Kind of finding: ưu điểm, or tồn tại, hạn chế. */
export const FindingKind = z.enum(['strength', 'shortcoming']);
export type FindingKind = z.infer<typeof FindingKind>;

/** Vietnamese labels of the finding kinds, as section headings of the biên bản use them. */
export const FINDING_KIND_LABELS = {
  strength: 'Ưu điểm',
  shortcoming: 'Tồn tại, hạn chế',
} as const satisfies Record<FindingKind, string>;

/**
 * One finding of an inspection (synced table `findings`). `order` sorts findings of one kind; it is any
 * finite number, so an item can be moved between two others by taking the midpoint, which writes one field
 * instead of renumbering the list.
 */
export const FindingRow = z.strictObject({
  id: FindingId,
  inspectionId: InspectionId,
  kind: FindingKind,
  text: LongText,
  order: z.number(),
  deleted: z.boolean(),
});
export type FindingRow = z.infer<typeof FindingRow>;

import { z } from 'zod';
import { UnitId } from '../ids.ts';

/** Phòng (a division of the Sở) or đơn vị sự nghiệp (a public-service unit, e.g. the Centre). */
export const UnitKind = z.enum(['phong', 'donVi']);
export type UnitKind = z.infer<typeof UnitKind>;

/** Display names of the unit kinds. */
export const UNIT_KIND_NAMES = {
  phong: 'Phòng',
  donVi: 'Đơn vị sự nghiệp',
} as const satisfies Record<UnitKind, string>;

/**
 * A phòng or đơn vị of the Sở, as stored and synced; every field is one last-writer-wins unit.
 * Units are reorganised (2025): a merged unit keeps its row with `active: false` and `mergedInto`
 * set, so its inspection history stays readable. Only active, unmerged, undeleted units count
 * towards the 20% quota.
 */
export const UnitRow = z.object({
  id: UnitId,
  name: z.string().trim().min(1),
  /** The office's short code, used to sort lists; null when the office has none. */
  code: z.string().trim().min(1).nullable(),
  kind: UnitKind,
  /** Name of the head (trưởng phòng, giám đốc trung tâm). */
  head: z.string().trim().min(1).nullable(),
  active: z.boolean(),
  mergedInto: UnitId.nullable(),
  deleted: z.boolean(),
});
export type UnitRow = z.infer<typeof UnitRow>;

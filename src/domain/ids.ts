import { z } from 'zod';

/**
 * Ids of synced rows are UUIDv7: time-ordered, so B-tree indexes on both IndexedDB and SQL stay
 * append-mostly, and two offline devices never collide. Ids that share a shape carry a zod brand,
 * so passing a UnitId where an InspectionId is expected does not compile.
 */
const uuid = z.uuid({ version: 'v7' });

export const UnitId = uuid.brand<'UnitId'>();
export type UnitId = z.infer<typeof UnitId>;
export const PlanId = uuid.brand<'PlanId'>();
export type PlanId = z.infer<typeof PlanId>;
export const CatalogueId = z.string().min(1).max(64).brand<'CatalogueId'>();
export type CatalogueId = z.infer<typeof CatalogueId>;
export const InspectionId = uuid.brand<'InspectionId'>();
export type InspectionId = z.infer<typeof InspectionId>;
export const EvidenceId = uuid.brand<'EvidenceId'>();
export type EvidenceId = z.infer<typeof EvidenceId>;
export const FindingId = uuid.brand<'FindingId'>();
export type FindingId = z.infer<typeof FindingId>;
export const RecommendationId = uuid.brand<'RecommendationId'>();
export type RecommendationId = z.infer<typeof RecommendationId>;
export const UserId = uuid.brand<'UserId'>();
export type UserId = z.infer<typeof UserId>;

export { newId } from './new-id.ts';

import { z } from 'zod';
import { BlobMime, MAX_BLOB_BYTES, Sha256 } from '../api/blobs.ts';
import { IsoDateTime } from '../dates.ts';
import { EvidenceId, InspectionId } from '../ids.ts';
import { CriterionId } from './catalogue.ts';
import { LongText } from './limits.ts';

/** Largest side of a photo, in pixels (beyond what any tablet camera or canvas produces). */
export const MAX_IMAGE_SIDE = 16_384;

const Pixels = z.number().int().min(1).max(MAX_IMAGE_SIDE);

/**
 * Metadata of one photo taken as evidence (synced table `evidence`). The bytes are a blob addressed by
 * `sha256` (see api/blobs.ts) and travel separately; `criterionId` is null for a photo of the inspection as a
 * whole. `takenAt` is when the photo was taken, in UTC.
 */
export const EvidenceRow = z.strictObject({
  id: EvidenceId,
  inspectionId: InspectionId,
  criterionId: CriterionId.nullable(),
  sha256: Sha256,
  mime: BlobMime,
  size: z.number().int().min(1).max(MAX_BLOB_BYTES),
  width: Pixels,
  height: Pixels,
  caption: LongText,
  takenAt: IsoDateTime,
  deleted: z.boolean(),
});
export type EvidenceRow = z.infer<typeof EvidenceRow>;

import { z } from 'zod';

/**
 * Photos and signature images are stored apart from the rows, addressed by the SHA-256 of their bytes:
 * `PUT /api/blobs/:sha256` with the raw bytes as the body and the image type as Content-Type. The server
 * hashes what it receives and refuses a mismatch, so the PUT is idempotent by construction and a row's
 * metadata may arrive before its blob.
 */

/** The SHA-256 of a blob's bytes, as 64 lowercase hex digits. */
export const Sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'SHA-256 must be 64 lowercase hex digits')
  .brand<'Sha256'>();
export type Sha256 = z.infer<typeof Sha256>;

/** Largest blob the server accepts, in bytes (10 MiB); photos are compressed well below it on the device. */
export const MAX_BLOB_BYTES = 10 * 1024 * 1024;

/** Image types a blob may have. Signatures are PNG; photos are any of the three. */
export const BlobMime = z.enum(['image/jpeg', 'image/png', 'image/webp']);
export type BlobMime = z.infer<typeof BlobMime>;

/** Route parameters of `/api/blobs/:sha256`. */
export const BlobParams = z.strictObject({ sha256: Sha256 });
export type BlobParams = z.infer<typeof BlobParams>;

/** Headers of an upload, lower-cased as Hono returns them; the server still counts the bytes it reads. */
export const BlobUploadHeaders = z.object({
  'content-type': BlobMime,
  'content-length': z.coerce.number().int().min(1).max(MAX_BLOB_BYTES),
});
export type BlobUploadHeaders = z.infer<typeof BlobUploadHeaders>;

/** Answer to an upload; `created` is false when the server already had the blob. */
export const BlobUploadResponse = z.object({
  sha256: Sha256,
  size: z.number().int().min(1).max(MAX_BLOB_BYTES),
  created: z.boolean(),
});
export type BlobUploadResponse = z.infer<typeof BlobUploadResponse>;

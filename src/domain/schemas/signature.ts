import { z } from 'zod';
import { Sha256 } from '../api/blobs.ts';
import { IsoDateTime } from '../dates.ts';
import { InspectionId } from '../ids.ts';
import { signatureIdText } from '../row-ids.ts';
import { Name } from './limits.ts';

/** Who signs the biên bản on screen: the team leader, and the unit's representative. */
export const SignatureRole = z.enum(['leader', 'unitRepresentative']);
export type SignatureRole = z.infer<typeof SignatureRole>;

/** Vietnamese captions of the signature blocks. */
export const SIGNATURE_ROLE_LABELS = {
  leader: 'Trưởng đoàn kiểm tra',
  unitRepresentative: 'Đại diện đơn vị được kiểm tra',
} as const satisfies Record<SignatureRole, string>;

const SIGNATURE_ID = /^(.+):sig:([A-Za-z]+)$/;

/** Splits a signature id into its inspection and role, or returns null when it is not one. */
export function parseSignatureId(id: string): { inspectionId: InspectionId; role: SignatureRole } | null {
  const match = SIGNATURE_ID.exec(id);
  const inspectionId = InspectionId.safeParse(match?.[1]);
  const role = SignatureRole.safeParse(match?.[2]);
  return inspectionId.success && role.success ? { inspectionId: inspectionId.data, role: role.data } : null;
}

/**
 * Id of a signature row: `${inspectionId}:sig:${role}`. It is deterministic, so a signature captured again
 * (or on a second tablet) replaces the first instead of adding a second one for the same block.
 */
export const SignatureId = z
  .string()
  .max(80)
  .refine((id) => parseSignatureId(id) !== null, 'Mã chữ ký không hợp lệ')
  .brand<'SignatureId'>();
export type SignatureId = z.infer<typeof SignatureId>;

/** The id of the signature of `role` on an inspection. */
export function signatureId(inspectionId: InspectionId, role: SignatureRole): SignatureId {
  return SignatureId.parse(signatureIdText(inspectionId, role));
}

/**
 * One on-screen signature (synced table `signatures`); the PNG image is a blob addressed by `sha256`.
 * `inspectionId` and `role` repeat what the id says, so rows can be queried by them; the sync registry
 * refuses values that disagree with the id.
 */
export const SignatureRow = z.strictObject({
  id: SignatureId,
  inspectionId: InspectionId,
  role: SignatureRole,
  signerName: Name,
  sha256: Sha256,
  signedAt: IsoDateTime,
  deleted: z.boolean(),
});
export type SignatureRow = z.infer<typeof SignatureRow>;

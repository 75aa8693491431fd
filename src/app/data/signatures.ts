import { signatureIdText } from '../../domain/row-ids.ts';
import type { SignatureRole } from '../../domain/schemas/signature.ts';
import type { AppDb } from '../db.ts';
import { storeBlob } from './blobs.ts';
import { editableInspection } from './inspection-lock.ts';
import { reliableWrite, type WriteOutcome } from './reliable-write.ts';
import { createRow } from './write.ts';

/**
 * Keeps a signature drawn on screen: the PNG under its SHA-256, and the signature row (one per role,
 * so signing again replaces the earlier one) with the signer's name and the time.
 */
export function saveSignature(
  db: AppDb,
  inspectionId: string,
  role: SignatureRole,
  signerName: string,
  png: Blob,
  now = new Date(),
): Promise<WriteOutcome> {
  const id = signatureIdText(inspectionId, role);
  return reliableWrite(db, `signatures/${id}`, async () => {
    await editableInspection(db, inspectionId);
    const sha256 = await storeBlob(db, png, now);
    const row = {
      id,
      inspectionId,
      role,
      signerName: signerName.trim(),
      sha256,
      signedAt: now.toISOString(),
      deleted: false,
    };
    await createRow(db, 'signatures', row, now);
  });
}

import { newId } from '../../domain/new-id.ts';
import type { AppDb } from '../db.ts';
import { storeBlob } from './blobs.ts';
import { editableInspection } from './inspection-lock.ts';
import { reliableWrite, type WriteOutcome } from './reliable-write.ts';
import { createRow, deleteRow, type TypedWriteOptions, writeFields } from './write.ts';

/** A photo ready to keep: compressed on the device, with its pixel size. */
export interface PreparedPhoto {
  blob: Blob;
  width: number;
  height: number;
}

export interface AddEvidenceOptions {
  /** Compresses the chosen file (inspection/photo.ts in the browser; tests pass their own). */
  prepare: (file: File) => Promise<PreparedPhoto>;
  now?: Date;
}

/**
 * Keeps a photo as evidence: the compressed bytes go to `blobs` under their SHA-256 (never a blob:
 * URL), then the evidence row points at them. `takenAt` is the file's time (the camera's shot).
 */
export async function addEvidence(
  db: AppDb,
  inspectionId: string,
  criterionId: string | null,
  file: File,
  caption: string,
  options: AddEvidenceOptions,
): Promise<string> {
  const now = options.now ?? new Date();
  const photo = await options.prepare(file);
  const id = newId();
  const takenAt = new Date(file.lastModified > 0 ? file.lastModified : now.getTime()).toISOString();
  await reliableWrite(db, `evidence/${id}`, async () => {
    await editableInspection(db, inspectionId);
    const sha256 = await storeBlob(db, photo.blob, now);
    const row = {
      id,
      inspectionId,
      criterionId,
      sha256,
      mime: photo.blob.type,
      size: photo.blob.size,
      width: photo.width,
      height: photo.height,
      caption,
      takenAt,
      deleted: false,
    };
    await createRow(db, 'evidence', row, now);
  });
  return id;
}

export function setEvidenceCaption(
  db: AppDb,
  inspectionId: string,
  id: string,
  caption: string,
  { now = new Date(), replayOf }: TypedWriteOptions = {},
): Promise<WriteOutcome> {
  return reliableWrite(
    db,
    `evidence/${id}/caption`,
    async (journalSeq) => {
      await editableInspection(db, inspectionId);
      await writeFields(db, 'evidence', id, { caption }, { now, journalSeq, replayOf });
    },
    { verb: 'evidenceCaption', inspectionId, id, caption },
  );
}

/** A deleted photo is a tombstone; its bytes stay until sync says the server no longer needs them. */
export function removeEvidence(db: AppDb, inspectionId: string, id: string): Promise<WriteOutcome> {
  return reliableWrite(db, `evidence/${id}/deleted`, async () => {
    await editableInspection(db, inspectionId);
    await deleteRow(db, 'evidence', id);
  });
}

/** The stored bytes of a photo or signature, for display. */
export async function blobOf(db: AppDb, sha256: string): Promise<Blob | null> {
  return (await db.blobs.get(sha256))?.blob ?? null;
}

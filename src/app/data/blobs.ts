import type { AppDb } from '../db.ts';
import { trackWrite } from './write-tracker.ts';

/** Lowercase hex SHA-256 of a blob's bytes: its address on the device and on the server. */
export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Keeps an image on the device as a Blob (never a blob: URL, which dies with the page) under its
 * hash, waiting for upload. Storing the same bytes twice keeps one copy.
 */
export async function storeBlob(db: AppDb, blob: Blob, now = new Date()): Promise<string> {
  const sha256 = await sha256Hex(blob);
  await trackWrite(
    db.transaction('rw', db.blobs, async () => {
      if (await db.blobs.get(sha256)) return;
      await db.blobs.add({
        sha256,
        blob,
        mime: blob.type,
        size: blob.size,
        uploaded: 0,
        createdAt: now.toISOString(),
      });
    }),
  );
  return sha256;
}

/** Total bytes of images held on this device. */
export async function blobBytes(db: AppDb): Promise<number> {
  let total = 0;
  await db.blobs.each((row) => {
    total += row.size;
  });
  return total;
}

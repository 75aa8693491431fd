import type { Answer } from '../../domain/answer.ts';
import type { AppDb } from '../db.ts';
import type { BienBanInput } from './bien-ban-model.ts';
import { loadCatalogue } from './load-catalogue.ts';

/** Everything the biên bản of one inspection needs, read from the device only (it prints offline). */
export interface BienBanData {
  input: Omit<BienBanInput, 'number'>;
  /** Signature PNGs by sha256 (absent when the image has not reached this device). */
  images: Map<string, Blob>;
}

/** Reads one inspection's biên bản data; null when the inspection (or its catalogue) is not on the device. */
export async function loadBienBanData(db: AppDb, id: string): Promise<BienBanData | null> {
  const inspection = await db.inspections.get(id);
  if (inspection === undefined || inspection.deleted) return null;
  const catalogue = await loadCatalogue(db, inspection.catalogueId);
  if (catalogue === null) return null;
  const [results, findings, recommendations, evidence, signatures] = await Promise.all([
    db.results
      .where('inspectionId')
      .equals(id)
      .filter((r) => r.deleted !== true)
      .toArray(),
    db.findings
      .where('inspectionId')
      .equals(id)
      .filter((r) => r.deleted !== true)
      .toArray(),
    db.recommendations
      .where('inspectionId')
      .equals(id)
      .filter((r) => r.deleted !== true)
      .toArray(),
    db.evidence
      .where('inspectionId')
      .equals(id)
      .filter((r) => r.deleted !== true)
      .toArray(),
    db.signatures
      .where('inspectionId')
      .equals(id)
      .filter((r) => r.deleted !== true)
      .toArray(),
  ]);
  const images = new Map<string, Blob>();
  for (const s of signatures) {
    const stored = await db.blobs.get(s.sha256);
    if (stored) images.set(s.sha256, stored.blob);
  }
  return {
    input: {
      inspection,
      catalogue,
      // Result rows are loosely typed in Dexie; their fields are the Answer fields plus the note.
      results: results as unknown as Array<Answer & { criterionId: string; note: string }>,
      findings,
      recommendations: recommendations.sort((a, b) => a.id.localeCompare(b.id)),
      evidence,
      signatures,
    },
    images,
  };
}

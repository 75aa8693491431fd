import { CCHC_2025_ID } from '../../domain/criteria/cchc-2025-id.ts';
import type { Catalogue } from '../../domain/schemas/catalogue.ts';
import type { AppDb } from '../db.ts';

let bundled: Promise<Catalogue> | undefined;

/**
 * Starts loading the shipped 2025 catalogue (its chunk and its check) without waiting for the
 * inspection that names it: the checklist then needs one round of queries instead of two in a row.
 */
export function preloadBundledCatalogue(): Promise<Catalogue> {
  bundled ??= import('../../domain/criteria/cchc-2025.ts').then((module) => module.CCHC_2025);
  return bundled;
}

/**
 * The catalogue an inspection is scored against: the synced row when the device has one, else the
 * 2025 catalogue shipped with the app (a tablet used offline before its first sync), else null.
 */
export async function getCatalogue(db: AppDb, id: string): Promise<Catalogue | null> {
  const row = await db.catalogues.get(id);
  if (row && !row.deleted) {
    // The check of a synced row needs zod: loaded only when the device has one.
    const { catalogueFromRow } = await import('../../domain/criteria/catalogue-row.ts');
    return catalogueFromRow(row);
  }
  if (id === CCHC_2025_ID) return preloadBundledCatalogue();
  return null;
}

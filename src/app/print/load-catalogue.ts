import { catalogueFromRow } from '../../domain/criteria/catalogue-row.ts';
import { CCHC_2025, CCHC_2025_ID } from '../../domain/criteria/cchc-2025.ts';
import type { Catalogue } from '../../domain/schemas/catalogue.ts';
import type { AppDb } from '../db.ts';

/**
 * The catalogue an inspection was scored against: the synced row when the device has it, else the
 * built-in 2025 catalogue the app creates inspections with; null when neither is there.
 */
export async function loadCatalogue(db: AppDb, id: string): Promise<Catalogue | null> {
  const row = await db.catalogues.get(id);
  if (row && !row.deleted) return catalogueFromRow(row);
  return id === CCHC_2025_ID ? CCHC_2025 : null;
}

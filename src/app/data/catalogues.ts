import { CCHC_2025, CCHC_2025_ID } from '../../domain/criteria/cchc-2025.ts';
import type { Catalogue } from '../../domain/schemas/catalogue.ts';
import type { AppDb } from '../db.ts';

/**
 * The catalogue an inspection is scored against: the synced row when the device has one, else the
 * 2025 catalogue shipped with the app (a tablet used offline before its first sync), else null.
 * The shipped one is a static import: built as JSON (vite.config.ts), it loads with the inspection
 * screen's other chunks instead of one round trip after them.
 */
export async function getCatalogue(db: AppDb, id: string): Promise<Catalogue | null> {
  const row = await db.catalogues.get(id);
  if (row && !row.deleted) {
    // The check of a synced row needs zod: loaded only when the device has one.
    const { catalogueFromRow } = await import('../../domain/criteria/catalogue-row.ts');
    return catalogueFromRow(row);
  }
  if (id === CCHC_2025_ID) return CCHC_2025;
  return null;
}

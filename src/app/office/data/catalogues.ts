import { catalogueFromRow, catalogueToRow } from '../../../domain/criteria/catalogue-row.ts';
import { CCHC_2025 } from '../../../domain/criteria/cchc-2025.ts';
import {
  type CatalogueChanges,
  type CatalogueEditError,
  editCatalogue,
  isCatalogueLocked,
  lockCatalogue,
  reviseCatalogue,
} from '../../../domain/criteria/revise.ts';
import type { Json } from '../../../domain/merge.ts';
import type { Catalogue } from '../../../domain/schemas/catalogue.ts';
import { createRow, writeFields } from '../../data/write.ts';
import type { AppDb } from '../../db.ts';

/** A catalogue on this device with whether an inspection uses it (then it is locked for good). */
export interface CatalogueView {
  catalogue: Catalogue;
  isUsed: boolean;
  isLocked: boolean;
}

/** Catalogues shipped with the app, seeded into the register the first time the office needs one. */
const BUNDLED: readonly Catalogue[] = [CCHC_2025];

function asJson(row: object): { id: string } & Record<string, Json> {
  // A CatalogueRow is plain data parsed by zod: strings, numbers, booleans, null, arrays, objects.
  return row as { id: string } & Record<string, Json>;
}

/**
 * Puts the bundled catalogues the device does not have yet into the register, so they sync like
 * anything the office wrote. Call only after a first sync (or when never signed in): a device that
 * has not pulled yet would otherwise re-seed a catalogue whose targets the office already set.
 */
export async function seedBundledCatalogues(db: AppDb, now = new Date()): Promise<number> {
  let seeded = 0;
  for (const catalogue of BUNDLED) {
    if (await db.catalogues.get(catalogue.id)) continue;
    await createRow(db, 'catalogues', asJson(catalogueToRow(catalogue)), now);
    seeded += 1;
  }
  return seeded;
}

/** Ids of catalogues some inspection (not deleted) is scored against. */
export async function usedCatalogueIds(db: AppDb): Promise<Set<string>> {
  const used = new Set<string>();
  await db.inspections.each((row) => {
    if (!row.deleted) used.add(row.catalogueId);
  });
  return used;
}

/** Every catalogue on the device, newest year and version first. */
export async function listCatalogues(db: AppDb): Promise<CatalogueView[]> {
  const [rows, used] = await Promise.all([db.catalogues.toArray(), usedCatalogueIds(db)]);
  return rows
    .filter((row) => !row.deleted)
    .map((row) => {
      const catalogue = catalogueFromRow(row);
      const isUsed = used.has(row.id);
      return { catalogue, isUsed, isLocked: isCatalogueLocked(catalogue, isUsed) };
    })
    .sort((a, b) => b.catalogue.year - a.catalogue.year || b.catalogue.version - a.catalogue.version);
}

/** The catalogue a year's inspections use: the latest version of that year, else of the latest year before. */
export function catalogueForYear<T extends { catalogue: Catalogue }>(
  views: readonly T[],
  year: number,
): T | null {
  let best: T | null = null;
  for (const view of views) {
    const c = view.catalogue;
    if (c.year > year) continue;
    if (
      !best ||
      c.year > best.catalogue.year ||
      (c.year === best.catalogue.year && c.version > best.catalogue.version)
    ) {
      best = view;
    }
  }
  return best;
}

/** The outcome of saving the office's changes: in place, or as a new version when the catalogue is locked. */
export type SaveCatalogueOutcome =
  | { ok: true; catalogueId: string; revised: boolean }
  | { ok: false; errors: CatalogueEditError[] };

/**
 * Saves targets, points and weights. A catalogue nobody used yet is edited in place; a locked or used
 * one is never touched: the changes make a new version (reviseCatalogue) that later plans use.
 */
export async function saveCatalogueChanges(
  db: AppDb,
  catalogueId: string,
  changes: CatalogueChanges,
  now = new Date(),
): Promise<SaveCatalogueOutcome> {
  const row = await db.catalogues.get(catalogueId);
  if (!row || row.deleted) {
    return { ok: false, errors: [{ code: 'invalid', message: 'Không tìm thấy bộ tiêu chí.' }] };
  }
  const catalogue = catalogueFromRow(row);
  const isUsed = (await usedCatalogueIds(db)).has(catalogueId);
  if (!isCatalogueLocked(catalogue, isUsed)) {
    const edited = editCatalogue(catalogue, changes, isUsed);
    if (!edited.ok) return edited;
    const next = catalogueToRow(edited.catalogue);
    await writeFields(db, 'catalogues', catalogueId, asJson({ title: next.title, areas: next.areas }), {
      now,
    });
    return { ok: true, catalogueId, revised: false };
  }
  const revised = reviseCatalogue(catalogue, changes);
  if (!revised.ok) return revised;
  if (await db.catalogues.get(revised.catalogue.id)) {
    const message = `Đã có phiên bản ${revised.catalogue.version}: hãy sửa phiên bản mới nhất.`;
    return { ok: false, errors: [{ code: 'invalid', message }] };
  }
  await createRow(db, 'catalogues', asJson(catalogueToRow(revised.catalogue)), now);
  return { ok: true, catalogueId: revised.catalogue.id, revised: true };
}

/** Locks a catalogue (when a plan is approved with it): from then on changes make a new version. */
export async function lockCatalogueRow(db: AppDb, catalogueId: string, now = new Date()): Promise<void> {
  const row = await db.catalogues.get(catalogueId);
  if (!row || row.lockedAt !== null) return;
  const locked = lockCatalogue(catalogueFromRow(row), now);
  await writeFields(
    db,
    'catalogues',
    catalogueId,
    { lockedAt: locked.lockedAt ?? now.toISOString() },
    { now },
  );
}

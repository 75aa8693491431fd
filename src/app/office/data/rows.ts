import type { CatalogueRow } from '../../../domain/schemas/catalogue.ts';
import type { PlanRow } from '../../../domain/schemas/plan.ts';
import type { UnitRow } from '../../../domain/schemas/unit.ts';
import type { AnyLocalRow, AppDb, Local } from '../../db.ts';

/*
 * Typed reads of the office tables. Dexie declares units and plans loosely (AnyLocalRow) because sync
 * stores whatever the server sends; every row got there through `writeFields` or a pull, both of which
 * check each field with the same row schemas, so reading them as their row types is safe.
 */

export type LocalUnit = Local<UnitRow>;
export type LocalPlan = Local<PlanRow>;
export type LocalCatalogue = Local<CatalogueRow>;

export function asUnit(row: AnyLocalRow): LocalUnit {
  return row as unknown as LocalUnit; // checked on write, see above
}

export function asPlan(row: AnyLocalRow): LocalPlan {
  return row as unknown as LocalPlan; // checked on write, see above
}

const collator = new Intl.Collator('vi', { numeric: true });

/** Units by code (units without one last), then name, in Vietnamese order. */
export function compareUnits(a: UnitRow, b: UnitRow): number {
  if (a.code !== b.code) {
    if (a.code === null) return 1;
    if (b.code === null) return -1;
    const byCode = collator.compare(a.code, b.code);
    if (byCode !== 0) return byCode;
  }
  return collator.compare(a.name, b.name);
}

/** Every unit that is not deleted, in register order. */
export async function listUnits(db: AppDb): Promise<LocalUnit[]> {
  const rows = await db.units.toArray();
  return rows
    .map(asUnit)
    .filter((u) => !u.deleted)
    .sort(compareUnits);
}

/** Every plan that is not deleted. */
export async function listPlans(db: AppDb): Promise<LocalPlan[]> {
  const rows = await db.plans.toArray();
  return rows.map(asPlan).filter((p) => !p.deleted);
}

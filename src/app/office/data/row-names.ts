import type { AppDb } from '../../db.ts';
import { formatDate } from '../format.ts';

/** What a synced row is about, in words: "Phòng Quản lý khoa học (15/04/2025)", "Kế hoạch năm 2025". */
export type RowNames = ReadonlyMap<string, string>;

/**
 * Names of the rows the office may see in the audit log or a conflict: units, plans, inspections, and
 * every child row of an inspection (named after its inspection). Result and signature ids start with
 * their inspection's id, so those are named without reading them.
 */
export async function loadRowNames(db: AppDb): Promise<RowNames> {
  const names = new Map<string, string>();
  const [units, plans, inspections] = await Promise.all([
    db.units.toArray(),
    db.plans.toArray(),
    db.inspections.toArray(),
  ]);
  for (const u of units) names.set(u.id, String(u.name));
  for (const p of plans) names.set(p.id, `Kế hoạch năm ${p.year}`);
  for (const i of inspections) names.set(i.id, `${i.unitName} (${formatDate(i.date)})`);
  for (const table of [db.findings, db.recommendations, db.evidence] as const) {
    await table.each((row) => {
      const owner = names.get(row.inspectionId);
      if (owner) names.set(row.id, owner);
    });
  }
  return names;
}

/** The name of a row, or null when this device does not know it. */
export function rowName(names: RowNames | undefined, rowId: string): string | null {
  if (!names) return null;
  return names.get(rowId) ?? names.get(rowId.split(':')[0] ?? '') ?? null;
}

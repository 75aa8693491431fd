import { newId } from '../../../domain/new-id.ts';
import { isActiveUnit } from '../../../domain/planning.ts';
import type { InspectionRow } from '../../../domain/schemas/inspection.ts';
import type { UnitKind, UnitRow } from '../../../domain/schemas/unit.ts';
import { createRow, writeFields } from '../../data/write.ts';
import type { AppDb, Local } from '../../db.ts';
import { asUnit, type LocalUnit, listUnits } from './rows.ts';

/** What the office types for a unit; empty strings mean "none". */
export interface UnitInput {
  name: string;
  code: string | null;
  kind: UnitKind;
  head: string | null;
}

/** An expected refusal, shown to the office as is. */
export type UnitOutcome = { ok: true } | { ok: false; message: string };

const blankToNull = (text: string | null) => (text === null || text.trim() === '' ? null : text.trim());

function fieldsOf(input: UnitInput) {
  return {
    name: input.name.trim(),
    code: blankToNull(input.code),
    kind: input.kind,
    head: blankToNull(input.head),
  };
}

/** Checks a unit the office typed; null when it may be saved. */
export function checkUnitInput(input: UnitInput, others: readonly UnitRow[], selfId?: string): string | null {
  if (input.name.trim() === '') return 'Nhập tên phòng, đơn vị.';
  const code = blankToNull(input.code);
  if (code !== null) {
    const taken = others.find(
      (u) => u.id !== selfId && !u.deleted && u.code?.toLowerCase() === code.toLowerCase(),
    );
    if (taken) return `Mã ${code} đã dùng cho “${taken.name}”.`;
  }
  return null;
}

/** Adds a unit to the register: active, not merged. */
export async function addUnit(db: AppDb, input: UnitInput, now = new Date()): Promise<string> {
  const id = newId();
  await createRow(
    db,
    'units',
    { id, ...fieldsOf(input), active: true, mergedInto: null, deleted: false },
    now,
  );
  return id;
}

/** Renames or re-codes a unit, or changes its kind or head. */
export async function updateUnit(db: AppDb, id: string, input: UnitInput, now = new Date()): Promise<void> {
  await writeFields(db, 'units', id, fieldsOf(input), { now });
}

/** Deactivates a unit (it stops counting towards the quota) or brings it back. */
export async function setUnitActive(
  db: AppDb,
  id: string,
  active: boolean,
  now = new Date(),
): Promise<UnitOutcome> {
  const unit = await db.units.get(id);
  if (!unit) return { ok: false, message: 'Không tìm thấy đơn vị.' };
  if (active && asUnit(unit).mergedInto !== null) {
    return { ok: false, message: 'Đơn vị đã sáp nhập nên không thể hoạt động trở lại.' };
  }
  await writeFields(db, 'units', id, { active }, { now });
  return { ok: true };
}

/**
 * A reorganisation: `id` is merged into `intoId`. The merged unit keeps its row (its inspection
 * history stays readable), becomes inactive and points at the unit that took it over.
 */
export async function mergeUnit(
  db: AppDb,
  id: string,
  intoId: string,
  now = new Date(),
): Promise<UnitOutcome> {
  if (id === intoId) return { ok: false, message: 'Không thể sáp nhập một đơn vị vào chính nó.' };
  const [from, into] = await Promise.all([db.units.get(id), db.units.get(intoId)]);
  if (!from || asUnit(from).deleted) return { ok: false, message: 'Không tìm thấy đơn vị cần sáp nhập.' };
  if (!into || !isActiveUnit(asUnit(into))) {
    return { ok: false, message: 'Đơn vị nhận sáp nhập phải đang hoạt động.' };
  }
  await writeFields(db, 'units', id, { active: false, mergedInto: intoId }, { now });
  return { ok: true };
}

/** A row of an import the office confirmed: a new unit, or new values for the unit with that code. */
export type UnitImport =
  | { action: 'create'; input: UnitInput }
  | { action: 'update'; unitId: string; input: UnitInput };

/** Commits a checked import, one write per unit; returns how many were created and updated. */
export async function importUnits(
  db: AppDb,
  rows: readonly UnitImport[],
  now = new Date(),
): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  for (const row of rows) {
    if (row.action === 'create') {
      await addUnit(db, row.input, now);
      created += 1;
    } else {
      await updateUnit(db, row.unitId, row.input, now);
      updated += 1;
    }
  }
  return { created, updated };
}

/** One unit with its inspections across the years, newest first. */
export interface UnitHistory {
  unit: LocalUnit;
  inspections: Array<Pick<InspectionRow, 'id' | 'date' | 'status' | 'planId'>>;
}

/** The register with each unit's inspections (deleted inspections left out). */
export async function unitsWithHistory(db: AppDb): Promise<UnitHistory[]> {
  const [units, inspections] = await Promise.all([listUnits(db), db.inspections.toArray()]);
  const byUnit = new Map<string, Array<Local<InspectionRow>>>();
  for (const inspection of inspections) {
    if (inspection.deleted || inspection.unitId === null) continue;
    const list = byUnit.get(inspection.unitId) ?? [];
    list.push(inspection);
    byUnit.set(inspection.unitId, list);
  }
  return units.map((unit) => ({
    unit,
    inspections: (byUnit.get(unit.id) ?? [])
      .sort((a, b) => b.date.localeCompare(a.date))
      .map(({ id, date, status, planId }) => ({ id, date, status, planId })),
  }));
}

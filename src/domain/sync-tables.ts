import type { z } from 'zod';
import type { Op, RawOp, RowWrite } from './api/sync.ts';
import { Hlc } from './hlc-schema.ts';
import { type Json, jsonEqual, materialize, type RowState } from './merge.ts';
import { CatalogueRow } from './schemas/catalogue.ts';
import { EvidenceRow } from './schemas/evidence.ts';
import { FindingRow } from './schemas/finding.ts';
import { InspectionRow } from './schemas/inspection.ts';
import { PlanRow } from './schemas/plan.ts';
import { RecommendationRow } from './schemas/recommendation.ts';
import { parseResultId, ResultRow } from './schemas/result.ts';
import { parseSignatureId, SignatureRow } from './schemas/signature.ts';
import { UnitRow } from './schemas/unit.ts';

/**
 * The registry of synced tables: name → row schema. Every field of a row schema except `id` is one
 * last-writer-wins unit; `id` is the row's key and never an op field. The order is the order in which a full
 * download is best applied (what inspections point to comes first). Tables that are not here (accounts,
 * device tokens, conflicts) never travel through sync.
 */
export const SYNC_TABLES = {
  units: UnitRow,
  plans: PlanRow,
  catalogues: CatalogueRow,
  inspections: InspectionRow,
  results: ResultRow,
  findings: FindingRow,
  recommendations: RecommendationRow,
  evidence: EvidenceRow,
  signatures: SignatureRow,
} as const;

/** Name of a synced table. */
export type SyncTable = keyof typeof SYNC_TABLES;
/** The row type of a synced table. */
export type SyncRow<T extends SyncTable> = z.infer<(typeof SYNC_TABLES)[T]>;

/** The synced table names, in registry order. */
export const SYNC_TABLE_NAMES = Object.keys(SYNC_TABLES) as readonly SyncTable[]; // keys of the literal above

/** Whether a name is a synced table (own keys only: 'toString' is not a table). */
export function isSyncTable(name: string): name is SyncTable {
  return Object.hasOwn(SYNC_TABLES, name);
}

function shapeOf(table: SyncTable): Readonly<Record<string, z.ZodType>> {
  return SYNC_TABLES[table].shape;
}

/** The op fields of a table: every field of its row schema but `id`. */
export function syncFields(table: SyncTable): string[] {
  return Object.keys(shapeOf(table)).filter((field) => field !== 'id');
}

/**
 * Fields that repeat what a deterministic id says. An op that sets them to anything else would file a row
 * under one inspection while its id names another, so it is refused.
 */
const FIELDS_FROM_ID: Partial<Record<SyncTable, (id: string) => Record<string, Json> | null>> = {
  results: parseResultId,
  signatures: parseSignatureId,
};

/** Why an op was refused. */
export type OpErrorCode = 'unknown-table' | 'unknown-field' | 'invalid-id' | 'invalid-value' | 'invalid-hlc';

/** The outcome of `validateOp`. */
export type OpValidation =
  | { readonly ok: true; readonly op: Op }
  | { readonly ok: false; readonly error: OpErrorCode; readonly message: string };

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'không hợp lệ';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/**
 * Checks one op against the registry: the table exists, the field is one of its row fields (not `id`), the
 * id parses with the table's id schema, the value parses with the field's schema (so length limits and
 * finite numbers hold), and the stamp is well formed. Values are checked as the schema parses them, so a
 * value the schema would transform or strip is refused rather than silently changed.
 * @example
 * const checked = validateOp(raw);
 * if (!checked.ok) return reject(mutation, checked.error, checked.message);
 */
export function validateOp(raw: RawOp): OpValidation {
  const { table, id, field, value, hlc } = raw;
  if (!isSyncTable(table))
    return { ok: false, error: 'unknown-table', message: `Bảng không tồn tại: ${table}` };
  const shape = shapeOf(table);
  const fieldSchema = field === 'id' || !Object.hasOwn(shape, field) ? undefined : shape[field];
  if (!fieldSchema) {
    return { ok: false, error: 'unknown-field', message: `Bảng ${table} không có trường ${field}` };
  }
  const idCheck = shape.id?.safeParse(id);
  if (!idCheck?.success) {
    const why = idCheck ? firstIssue(idCheck.error) : 'không có lược đồ mã';
    return { ok: false, error: 'invalid-id', message: `Mã dòng không hợp lệ (${table}): ${why}` };
  }
  const valueCheck = fieldSchema.safeParse(value);
  if (!valueCheck.success) {
    return {
      ok: false,
      error: 'invalid-value',
      message: `${table}.${field}: ${firstIssue(valueCheck.error)}`,
    };
  }
  // Parsed data differs from the input only if the schema stripped or transformed something (e.g. an extra key
  // inside a non-strict nested object); storing either version would let replicas disagree, so refuse it.
  // The cast is sound: a schema parsing a JSON value without transforms returns JSON.
  if (!jsonEqual(valueCheck.data as Json, value)) {
    return { ok: false, error: 'invalid-value', message: `${table}.${field}: có dữ liệu không được phép` };
  }
  const fromId = FIELDS_FROM_ID[table]?.(id);
  if (fromId && Object.hasOwn(fromId, field) && fromId[field] !== value) {
    return { ok: false, error: 'invalid-value', message: `${table}.${field} không khớp với mã dòng ${id}` };
  }
  const stamp = Hlc.safeParse(hlc);
  if (!stamp.success)
    return { ok: false, error: 'invalid-hlc', message: `Dấu thời gian không hợp lệ: ${hlc}` };
  if (raw.base === undefined) return { ok: true, op: { table, id, field, value, hlc: stamp.data } };
  const base = checkBase(raw.base);
  if (base === false)
    return { ok: false, error: 'invalid-hlc', message: `Dấu thời gian gốc không hợp lệ: ${raw.base}` };
  return { ok: true, op: { table, id, field, value, hlc: stamp.data, base } };
}

/** A write's base stamp: null (the writer had no value), a stamp, or false when malformed. */
function checkBase(base: string | null): Hlc | null | false {
  if (base === null) return null;
  const parsed = Hlc.safeParse(base);
  return parsed.success ? parsed.data : false;
}

/**
 * The outcome of `validateWrite`: the write's ops, checked (all under the write's stamp; none for a write of
 * no field, which `validateOp` never sees), or the first refusal `validateOp` would give.
 */
export type WriteValidation =
  | { readonly ok: true; readonly table: SyncTable; readonly ops: readonly Op[] }
  | { readonly ok: false; readonly error: OpErrorCode; readonly message: string };

/**
 * Checks a row write as `validateOp` checks each of its ops (`writeOps`), in field order, and refuses with
 * exactly the code and message of the first op `validateOp` would refuse; but the table, the id and the
 * stamp are parsed once per write instead of once per field (a new result row is 10 fields, and the id and
 * stamp parses were most of a push's validation time). The id is still reported only at the first field
 * the table knows, and the stamp only after the first field whose value passed, as op by op.
 * @example
 * const checked = validateWrite(write);
 * if (!checked.ok) return reject(mutation, checked.error, checked.message);
 */
export function validateWrite(write: RowWrite): WriteValidation {
  const { table, id, hlc } = write;
  if (!isSyncTable(table))
    return { ok: false, error: 'unknown-table', message: `Bảng không tồn tại: ${table}` };
  const shape = shapeOf(table);
  let idChecked = false;
  let fromId: Record<string, Json> | null | undefined;
  let stamp: Hlc | undefined;
  const ops: Op[] = [];
  for (const field of Object.keys(write.fields)) {
    const value = write.fields[field] as Json; // an own key of the record, so defined
    const fieldSchema = field === 'id' || !Object.hasOwn(shape, field) ? undefined : shape[field];
    if (!fieldSchema) {
      return { ok: false, error: 'unknown-field', message: `Bảng ${table} không có trường ${field}` };
    }
    if (!idChecked) {
      const idCheck = shape.id?.safeParse(id);
      if (!idCheck?.success) {
        const why = idCheck ? firstIssue(idCheck.error) : 'không có lược đồ mã';
        return { ok: false, error: 'invalid-id', message: `Mã dòng không hợp lệ (${table}): ${why}` };
      }
      fromId = FIELDS_FROM_ID[table]?.(id);
      idChecked = true;
    }
    const valueCheck = fieldSchema.safeParse(value);
    if (!valueCheck.success) {
      return {
        ok: false,
        error: 'invalid-value',
        message: `${table}.${field}: ${firstIssue(valueCheck.error)}`,
      };
    }
    // As in validateOp: a schema that stripped or transformed something is refused (cast: JSON in, JSON out).
    if (!jsonEqual(valueCheck.data as Json, value)) {
      return { ok: false, error: 'invalid-value', message: `${table}.${field}: có dữ liệu không được phép` };
    }
    if (fromId && Object.hasOwn(fromId, field) && fromId[field] !== value) {
      return { ok: false, error: 'invalid-value', message: `${table}.${field} không khớp với mã dòng ${id}` };
    }
    if (stamp === undefined) {
      const parsed = Hlc.safeParse(hlc);
      if (!parsed.success)
        return { ok: false, error: 'invalid-hlc', message: `Dấu thời gian không hợp lệ: ${hlc}` };
      stamp = parsed.data;
    }
    if (write.base === undefined) {
      ops.push({ table, id, field, value, hlc: stamp });
      continue;
    }
    const base = checkBase(write.base[field] ?? null);
    if (base === false) {
      return {
        ok: false,
        error: 'invalid-hlc',
        message: `Dấu thời gian gốc không hợp lệ: ${write.base[field]}`,
      };
    }
    ops.push({ table, id, field, value, hlc: stamp, base });
  }
  return { ok: true, table, ops };
}

/**
 * The ops that create a whole row: one per field but `id`, each stamped by `hlcFor` (usually one stamp for
 * all: fields are merged one by one, so sharing a stamp across fields is fine).
 * @example
 * const { clock: next, stamp } = tick(clock, Date.now());
 * const ops = rowToOps('inspections', newInspection(input), () => stamp);
 */
export function rowToOps<T extends SyncTable>(
  table: T,
  row: SyncRow<T>,
  hlcFor: (field: string) => Hlc,
): Op[] {
  const values: Readonly<Record<string, Json>> = row;
  return syncFields(table).map((field) => ({
    table,
    id: row.id,
    field,
    value: values[field] ?? null,
    hlc: hlcFor(field),
  }));
}

/** A row rebuilt from its merge state, or the reason it is not a valid row yet (e.g. fields still missing). */
export type MaterializedRow<T extends SyncTable> =
  | { readonly ok: true; readonly row: SyncRow<T> }
  | { readonly ok: false; readonly message: string };

/** Rebuilds and checks the row of a table from its merge state. */
export function materializeRow<T extends SyncTable>(
  table: T,
  id: string,
  state: RowState,
): MaterializedRow<T> {
  const parsed = SYNC_TABLES[table].safeParse({ ...materialize(state), id });
  if (parsed.success) return { ok: true, row: parsed.data as SyncRow<T> }; // safeParse of SYNC_TABLES[T] yields SyncRow<T>; TS cannot narrow the indexed union
  return { ok: false, message: firstIssue(parsed.error) };
}

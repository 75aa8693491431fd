import type { z } from 'zod';
import type { Op, RawOp, RowChange, RowWrite } from './api/sync.ts';
import { type Hlc, parseHlc } from './hlc.ts';
import { type Json, jsonEqual, materialize, type RowState } from './merge.ts';
import { packedStamp } from './packed-row.ts';
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

/** A value check's outcome: null when the value passes, else the reason. */
type ValueVerdict = string | null;

/**
 * Verdicts of field schemas on primitive values, remembered: a push or pull of thousands of rows repeats
 * the same `false`, `null`, 100 and inspection ids over and over, and a schema's verdict on a value never
 * changes (the schemas are constants). Each schema keeps at most VERDICTS_PER_SCHEMA values, then starts
 * afresh, so memory stays bounded whatever arrives.
 */
const verdicts = new WeakMap<z.ZodType, Map<string | number | boolean | null, ValueVerdict>>();
const VERDICTS_PER_SCHEMA = 4096;
// Ids and codes repeat; longer text (notes) rarely does, and would only churn the map.
const LONGEST_REMEMBERED = 64;

function judgeValue(schema: z.ZodType, value: Json): ValueVerdict {
  const check = schema.safeParse(value);
  if (!check.success) return firstIssue(check.error);
  // Parsed data differs from the input only if the schema stripped or transformed something (e.g. an extra key
  // inside a non-strict nested object); storing either version would let replicas disagree, so refuse it.
  // The cast is sound: a schema parsing a JSON value without transforms returns JSON.
  if (!jsonEqual(check.data as Json, value)) return 'có dữ liệu không được phép';
  return null;
}

/** `judgeValue`, remembered for short primitive values. */
function valueVerdict(schema: z.ZodType, value: Json): ValueVerdict {
  if (typeof value === 'object' && value !== null) return judgeValue(schema, value);
  if (typeof value === 'string' && value.length > LONGEST_REMEMBERED) return judgeValue(schema, value);
  let known = verdicts.get(schema);
  if (!known) {
    known = new Map();
    verdicts.set(schema, known);
  }
  const seen = known.get(value);
  if (seen !== undefined) return seen;
  const verdict = judgeValue(schema, value);
  if (known.size >= VERDICTS_PER_SCHEMA) known.clear();
  known.set(value, verdict);
  return verdict;
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
  const base = raw.base;
  const checked = checkFields(
    table,
    id,
    { [field]: value },
    () => hlc,
    base === undefined ? undefined : () => base ?? null,
  );
  // One field in, so an accepted write holds exactly one op.
  return checked.ok ? { ok: true, op: checked.ops[0] as Op } : checked;
}

/** A write's base stamp: null (the writer had no value), a stamp, or false when malformed. */
function checkBase(base: string | null): Hlc | null | false {
  if (base === null) return null;
  return parseHlc(base) === null ? false : (base as Hlc); // what the Hlc schema checks
}

/**
 * The outcome of `validateWrite`: the write's ops, checked (all under the write's stamp; none for a write of
 * no field, which `validateOp` never sees), or the first refusal `validateOp` would give.
 */
export type WriteValidation =
  | { readonly ok: true; readonly table: SyncTable; readonly ops: readonly Op[] }
  | { readonly ok: false; readonly error: OpErrorCode; readonly message: string };

/**
 * Checks the fields of one row write as `validateOp` checks each of them, in field order, and refuses with
 * exactly the code and message of the first op `validateOp` would refuse; but the table and the id are
 * parsed once per write and each distinct stamp once, instead of once per field. The id is still reported
 * only at the first field the table knows, and a stamp only after the value of its field passed.
 */
function checkFields(
  table: string,
  id: string,
  fields: Readonly<Record<string, Json>>,
  stampOf: (field: string) => string,
  baseOf?: (field: string) => string | null,
): WriteValidation {
  if (!isSyncTable(table))
    return { ok: false, error: 'unknown-table', message: `Bảng không tồn tại: ${table}` };
  const shape = shapeOf(table);
  let idChecked = false;
  let fromId: Record<string, Json> | null | undefined;
  let lastText: string | undefined;
  let lastStamp: Hlc | undefined;
  const ops: Op[] = [];
  for (const field of Object.keys(fields)) {
    const value = fields[field] as Json; // an own key of the record, so defined
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
    const verdict = valueVerdict(fieldSchema, value);
    if (verdict !== null)
      return { ok: false, error: 'invalid-value', message: `${table}.${field}: ${verdict}` };
    if (fromId && Object.hasOwn(fromId, field) && fromId[field] !== value) {
      return { ok: false, error: 'invalid-value', message: `${table}.${field} không khớp với mã dòng ${id}` };
    }
    const text = stampOf(field);
    if (text !== lastText || lastStamp === undefined) {
      // What the Hlc schema checks (its pattern fixes the length), without zod's overhead on every row.
      if (typeof text !== 'string' || parseHlc(text) === null)
        return { ok: false, error: 'invalid-hlc', message: `Dấu thời gian không hợp lệ: ${text}` };
      lastText = text;
      lastStamp = text as Hlc; // checked just above
    }
    if (baseOf === undefined) {
      ops.push({ table, id, field, value, hlc: lastStamp });
      continue;
    }
    const baseText = baseOf(field);
    const base = checkBase(baseText);
    if (base === false) {
      return { ok: false, error: 'invalid-hlc', message: `Dấu thời gian gốc không hợp lệ: ${baseText}` };
    }
    ops.push({ table, id, field, value, hlc: lastStamp, base });
  }
  return { ok: true, table, ops };
}

/**
 * Checks a row write as `validateOp` checks each of its ops (`writeOps`), in field order, and refuses with
 * exactly the code and message of the first op `validateOp` would refuse (see `checkFields`).
 * @example
 * const checked = validateWrite(write);
 * if (!checked.ok) return reject(mutation, checked.error, checked.message);
 */
export function validateWrite(write: RowWrite): WriteValidation {
  const { base } = write;
  return checkFields(
    write.table,
    write.id,
    write.fields,
    () => write.hlc,
    base === undefined ? undefined : (field) => (Object.hasOwn(base, field) ? (base[field] ?? null) : null),
  );
}

/**
 * Checks a pulled row change field by field. A device skips what it cannot take rather than the whole row
 * (a field added by a newer build, say), so this returns the fields that passed and the reasons the others
 * did not; a table this build does not know gives no ops and no reasons.
 */
export function validateChange(change: RowChange): { ops: Op[]; refused: string[] } {
  if (!isSyncTable(change.table)) return { ops: [], refused: [] };
  const stampOf = (field: string) => packedStamp(change, field);
  const whole = checkFields(change.table, change.id, change.fields, stampOf);
  if (whole.ok) return { ops: [...whole.ops], refused: [] };
  const ops: Op[] = [];
  const refused: string[] = [];
  for (const field of Object.keys(change.fields)) {
    const one = checkFields(change.table, change.id, { [field]: change.fields[field] as Json }, stampOf);
    if (one.ok) ops.push(...one.ops);
    else refused.push(one.message);
  }
  return { ops, refused };
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

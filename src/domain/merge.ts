import { z } from 'zod';
import { compareHlc, type Hlc, hlcNode } from './hlc.ts';

/**
 * Field-level last-writer-wins, the one merge rule of the app, run unchanged by the server (on push) and by
 * the tablet (on pull and on local writes). A row is a map from field to the latest write of that field.
 *
 * Rules for one incoming write of a field against the stored cell:
 * - no stored cell: the write is applied;
 * - same stamp and same value: a duplicate delivery, nothing changes;
 * - otherwise the higher stamp wins. Stamps from different nodes never tie (the node id is part of the stamp);
 *   a same-stamp write with a different value can only come from a broken or hostile client, and the larger
 *   canonical JSON wins so every replica still converges.
 *
 * Conflict records ("no edit vanishes silently"): whenever the two writes that meet carry different values
 * and come from different nodes, the loser is reported with the winner: `lostValue/lostHlc` is the write that
 * will not be seen, `keptValue/keptHlc` the one that stays (for now). A node replacing its own earlier value is
 * an edit, not a conflict; equal values lose nothing; nor is a write whose `base` says its writer had seen the
 * value it replaces (a sequential edit from another device). Guarantee (tested in merge.test.ts): in any delivery
 * order, every write that is neither the final value nor superseded by a later write of the same node or with
 * the same value appears as `lostHlc` in some record. A write delivered again after it lost may be reported
 * again, so consumers key stored conflicts on (table, id, field, lostHlc).
 */

/** Any JSON value: what a field of a synced row can hold. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
/** Whether a value is JSON data: finite numbers, plain objects and dense arrays of JSON, all the way down. */
export function isJson(value: unknown): value is Json {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i += 1) if (!isJson(value[i])) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key of Object.keys(value))
        if (!isJson((value as Record<string, unknown>)[key])) return false;
      return true;
    }
    default:
      return false;
  }
}

/**
 * zod schema for a JSON value (rejects NaN, Infinity, undefined, functions, class instances, holes). It
 * accepts exactly what `z.json()` accepts (property-tested in merge.test.ts) but checks in one pass without
 * copying: a push carries hundreds of thousands of field values, and `z.json()`'s recursive union was the
 * largest part of reading one (issue #5 benchmarks).
 */
export const JsonValue: z.ZodType<Json> = z.custom<Json>(isJson);

/** One field of a row: its current value and the stamp of the write that set it. */
export interface Cell {
  readonly value: Json;
  readonly hlc: Hlc;
}

/** The merge state of one row: field name → cell. The row id lives outside. */
export type RowState = Readonly<Record<string, Cell>>;

/** One write of one field (an `Op` without its table and row id). */
export interface FieldWrite {
  readonly field: string;
  readonly value: Json;
  readonly hlc: Hlc;
  /**
   * The stamp the field had on the writer's device when the write was made: `null` when the writer had no
   * value, `undefined` when the writer did not say (older clients, replays of a restored server). A write
   * that replaces exactly the value its writer saw is an ordinary edit, not a conflict.
   */
  readonly base?: Hlc | null;
}

/** A value that lost to a write from another node. */
export interface Conflict {
  readonly field: string;
  readonly keptValue: Json;
  readonly keptHlc: Hlc;
  readonly lostValue: Json;
  readonly lostHlc: Hlc;
}

/** What applying one write did. */
export interface ApplyResult {
  readonly state: RowState;
  readonly outcome: 'applied' | 'ignored' | 'duplicate';
  readonly conflict?: Conflict;
}

/** JSON text with object keys sorted, so equal values give equal text whatever their key order. */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] ?? null)}`).join(',')}}`;
}

/** Deep equality of two JSON values (object key order ignored). */
export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return canonicalJson(a) === canonicalJson(b);
}

function conflictBetween(field: string, kept: Cell, lost: Cell): Conflict | undefined {
  if (jsonEqual(kept.value, lost.value)) return undefined;
  if (kept.hlc !== lost.hlc && hlcNode(kept.hlc) === hlcNode(lost.hlc)) return undefined;
  return { field, keptValue: kept.value, keptHlc: kept.hlc, lostValue: lost.value, lostHlc: lost.hlc };
}

function withConflict(result: Omit<ApplyResult, 'conflict'>, conflict: Conflict | undefined): ApplyResult {
  return conflict ? { ...result, conflict } : result;
}

type Decision =
  | { readonly outcome: 'applied'; readonly conflict?: Conflict }
  | { readonly outcome: 'ignored'; readonly conflict?: Conflict }
  | { readonly outcome: 'duplicate' };

/** What one field write does against the stored cell (the rules at the top of this file). */
function decide(current: Cell | undefined, op: FieldWrite, incoming: Cell): Decision {
  if (!current) return { outcome: 'applied' };
  let order = compareHlc(op.hlc, current.hlc);
  if (order === 0) {
    if (jsonEqual(op.value, current.value)) return { outcome: 'duplicate' };
    order = canonicalJson(op.value) > canonicalJson(current.value) ? 1 : -1;
  }
  if (order > 0) {
    // The writer saw the value it replaces (its base is the stored stamp): a sequential edit, e.g. an
    // inspector filling in a field the office created. Nothing concurrent was lost.
    const isSequential = op.base !== undefined && op.base === current.hlc;
    const conflict = isSequential ? undefined : conflictBetween(op.field, incoming, current);
    return conflict ? { outcome: 'applied', conflict } : { outcome: 'applied' };
  }
  const conflict = conflictBetween(op.field, current, incoming);
  return conflict ? { outcome: 'ignored', conflict } : { outcome: 'ignored' };
}

const cellOf = (state: RowState, field: string): Cell | undefined =>
  Object.hasOwn(state, field) ? state[field] : undefined;

/**
 * Merges one field write into a row state. Never mutates `state`; returns the same object when nothing
 * changed.
 * @example
 * const { state: next, outcome, conflict } = applyOp(state, { field: 'note', value: 'Đủ hồ sơ', hlc });
 */
export function applyOp(state: RowState, op: FieldWrite): ApplyResult {
  const incoming: Cell = { value: op.value, hlc: op.hlc };
  const decision = decide(cellOf(state, op.field), op, incoming);
  if (decision.outcome === 'duplicate') return { state, outcome: 'duplicate' };
  const next = decision.outcome === 'applied' ? { ...state, [op.field]: incoming } : state;
  return withConflict({ state: next, outcome: decision.outcome }, decision.conflict);
}

/** Sets an own data property of a row or packed row, even for a field named "__proto__". */
export function setField<T>(target: Record<string, T>, field: string, value: T): void {
  if (field === '__proto__') {
    Object.defineProperty(target, field, { value, enumerable: true, writable: true, configurable: true });
  } else target[field] = value;
}

/**
 * Merges writes in the given order, collecting conflicts: exactly `applyOp` folded over `ops`, but the
 * state is copied once instead of once per field (a pulled or pushed row brings ten fields at a time).
 * `changed` lists the fields whose cell was replaced, in order, without repeats.
 */
export function applyOps(
  state: RowState,
  ops: Iterable<FieldWrite>,
): { state: RowState; applied: number; changed: string[]; conflicts: Conflict[] } {
  let next: Record<string, Cell> | null = null;
  let applied = 0;
  const changed: string[] = [];
  const conflicts: Conflict[] = [];
  for (const op of ops) {
    const incoming: Cell = { value: op.value, hlc: op.hlc };
    const decision = decide(cellOf(next ?? state, op.field), op, incoming);
    if (decision.outcome !== 'duplicate' && decision.conflict) conflicts.push(decision.conflict);
    if (decision.outcome !== 'applied') continue;
    next ??= { ...state };
    setField(next, op.field, incoming); // as the spread in applyOp
    applied += 1;
    if (!changed.includes(op.field)) changed.push(op.field);
  }
  return { state: next ?? state, applied, changed, conflicts };
}

/** The plain field values of a row state (without the id); parse it with the table's row schema. */
export function materialize(state: RowState): Record<string, Json> {
  // fromEntries defines own properties, so even a field named __proto__ cannot touch the prototype.
  return Object.fromEntries(Object.entries(state).map(([field, cell]) => [field, cell.value]));
}

/** A row state where every field of `fields` was written with the same stamp (a row created in one go). */
export function stateFromFields(fields: Readonly<Record<string, Json>>, hlc: Hlc): RowState {
  return Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, { value, hlc }]));
}

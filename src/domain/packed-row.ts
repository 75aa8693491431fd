import type { Hlc } from './hlc.ts';
import { type Cell, type Json, type RowState, setField } from './merge.ts';

/**
 * A row's cells as they travel in a pull and as the server stores them: the stamp most fields share
 * once, the plain values, and a stamp only for the fields written at another time. A row is mostly
 * written in one go (a new result sets ten fields under one stamp), so this carries each stamp about
 * once instead of once per field: a pulled result row shrinks from ~900 to ~250 bytes.
 * @example
 * packState({ note: { value: 'Đủ', hlc: a }, deleted: { value: false, hlc: a } })
 * // → { hlc: a, fields: { note: 'Đủ', deleted: false } }
 */
export interface PackedRow {
  readonly hlc: Hlc;
  readonly fields: Readonly<Record<string, Json>>;
  /** Fields whose stamp is not `hlc`; left out when there are none. */
  readonly stamps?: Readonly<Record<string, Hlc>>;
}

/** Packs the cells of `state` (or of the listed fields only); null when there is no cell to pack. */
export function packState(state: RowState, only?: Iterable<string>): PackedRow | null {
  const fields = only ? [...only].filter((f) => Object.hasOwn(state, f)) : Object.keys(state);
  const first = fields[0] === undefined ? null : (state[fields[0]] as Cell).hlc;
  if (first !== null && fields.every((field) => (state[field] as Cell).hlc === first)) {
    // The usual row, written in one go: no counting.
    const values: Record<string, Json> = {};
    for (const field of fields) setField(values, field, (state[field] as Cell).value);
    return { hlc: first, fields: values };
  }
  const counts = new Map<Hlc, number>();
  let shared: Hlc | null = null;
  let best = 0;
  for (const field of fields) {
    const hlc = (state[field] as Cell).hlc; // an own key, so defined
    const count = (counts.get(hlc) ?? 0) + 1;
    counts.set(hlc, count);
    if (count > best) {
      best = count;
      shared = hlc;
    }
  }
  if (shared === null) return null;
  const values: Record<string, Json> = {};
  let stamps: Record<string, Hlc> | undefined;
  for (const field of fields) {
    const cell = state[field] as Cell;
    setField(values, field, cell.value);
    if (cell.hlc === shared) continue;
    stamps ??= {};
    setField(stamps, field, cell.hlc);
  }
  return stamps ? { hlc: shared, fields: values, stamps } : { hlc: shared, fields: values };
}

/**
 * The stamp of one field of a packed row: its own, or the shared one. Structural, so a pulled RowChange
 * (stamps not checked yet) reads the same way as a stored row.
 */
export function packedStamp<S extends string>(
  packed: { readonly hlc: S; readonly stamps?: Readonly<Record<string, S>> },
  field: string,
): S {
  return packed.stamps && Object.hasOwn(packed.stamps, field) ? (packed.stamps[field] as S) : packed.hlc;
}

/** The row state a packed row stands for. */
export function unpackState(packed: PackedRow): RowState {
  const state: Record<string, Cell> = {};
  for (const field of Object.keys(packed.fields)) {
    setField(state, field, { value: packed.fields[field] as Json, hlc: packedStamp(packed, field) });
  }
  return state;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatHlc, type Hlc, hlcNode } from '../../../src/domain/hlc.ts';
import { NodeId } from '../../../src/domain/hlc-schema.ts';
import {
  applyOp,
  applyOps,
  canonicalJson,
  type FieldWrite,
  type Json,
  JsonValue,
  jsonEqual,
  materialize,
  type RowState,
  stateFromFields,
} from '../../../src/domain/merge.ts';

const T0 = Date.UTC(2026, 0, 5, 8, 0, 0);
const A = NodeId.parse('000000000000000a');
const B = NodeId.parse('000000000000000b');
const C = NodeId.parse('000000000000000c');
const NODES = [A, B, C];

function stamp(offsetMs: number, node: NodeId, counter = 0): Hlc {
  return formatHlc({ millis: T0 + offsetMs, counter, node });
}

describe('applyOp', () => {
  it('applies the first write of a field', () => {
    const result = applyOp({}, { field: 'note', value: 'Đủ hồ sơ', hlc: stamp(0, A) });
    expect(result.outcome).toBe('applied');
    expect(materialize(result.state)).toEqual({ note: 'Đủ hồ sơ' });
    expect(result.conflict).toBeUndefined();
  });

  it('lets the later stamp win whichever write arrives first', () => {
    const early: FieldWrite = { field: 'note', value: 'cũ', hlc: stamp(0, A) };
    const late: FieldWrite = { field: 'note', value: 'mới', hlc: stamp(1, B) };
    const forward = applyOps({}, [early, late]);
    const backward = applyOps({}, [late, early]);
    expect(materialize(forward.state)).toEqual({ note: 'mới' });
    expect(materialize(backward.state)).toEqual({ note: 'mới' });
    expect(applyOp(stateFromFields({ note: 'mới' }, late.hlc), early).outcome).toBe('ignored');
  });

  it('records the overwritten value of another node as a conflict', () => {
    const state = stateFromFields({ note: 'của A' }, stamp(0, A));
    const { conflict } = applyOp(state, { field: 'note', value: 'của B', hlc: stamp(1, B) });
    expect(conflict).toEqual({
      field: 'note',
      keptValue: 'của B',
      keptHlc: stamp(1, B),
      lostValue: 'của A',
      lostHlc: stamp(0, A),
    });
  });

  it('records a late write that loses to a newer value of another node', () => {
    const state = stateFromFields({ note: 'của B' }, stamp(1, B));
    const result = applyOp(state, { field: 'note', value: 'của A', hlc: stamp(0, A) });
    expect(result.outcome).toBe('ignored');
    expect(result.state).toBe(state);
    expect(result.conflict).toMatchObject({ keptValue: 'của B', lostValue: 'của A', lostHlc: stamp(0, A) });
  });

  it('does not call a node replacing its own value a conflict', () => {
    const state = stateFromFields({ note: 'nháp' }, stamp(0, A));
    expect(applyOp(state, { field: 'note', value: 'bản cuối', hlc: stamp(1, A) }).conflict).toBeUndefined();
  });

  it('does not call two nodes writing the same value a conflict, whatever the key order', () => {
    const state = stateFromFields({ team: [{ name: 'An', role: 'leader' }] }, stamp(0, A));
    const result = applyOp(state, {
      field: 'team',
      value: [{ role: 'leader', name: 'An' }],
      hlc: stamp(1, B),
    });
    expect(result.outcome).toBe('applied');
    expect(result.conflict).toBeUndefined();
  });

  it('does not call an edit of a value its writer had seen a conflict (the office creates, the inspector edits)', () => {
    const created = applyOp({}, { field: 'place', value: 'Hội trường', hlc: stamp(0, A) }).state;
    const edit = applyOp(created, {
      field: 'place',
      value: 'Phòng họp',
      hlc: stamp(5, B),
      base: stamp(0, A),
    });
    expect(edit.outcome).toBe('applied');
    expect(edit.conflict).toBeUndefined();
  });

  it('records an edit whose writer had seen an older value, or none, as a conflict', () => {
    const first = applyOp({}, { field: 'place', value: 'Hội trường', hlc: stamp(0, A) }).state;
    const second = applyOp(first, {
      field: 'place',
      value: 'Sảnh',
      hlc: stamp(2, C),
      base: stamp(0, A),
    }).state;
    const stale = applyOp(second, {
      field: 'place',
      value: 'Phòng họp',
      hlc: stamp(5, B),
      base: stamp(0, A),
    });
    expect(stale.conflict).toMatchObject({ lostValue: 'Sảnh', keptValue: 'Phòng họp' });
    const blind = applyOp(first, { field: 'place', value: 'Phòng họp', hlc: stamp(5, B), base: null });
    expect(blind.conflict).toMatchObject({ lostValue: 'Hội trường' });
  });

  it('records a write that loses even when its writer had seen the value it meant to replace', () => {
    const newer = applyOp({}, { field: 'place', value: 'Sảnh', hlc: stamp(9, A) }).state;
    const late = applyOp(newer, { field: 'place', value: 'Phòng họp', hlc: stamp(5, B), base: stamp(9, A) });
    expect(late.outcome).toBe('ignored');
    expect(late.conflict).toMatchObject({ lostValue: 'Phòng họp' });
  });

  it('treats the same write delivered twice as a no-op', () => {
    const op: FieldWrite = { field: 'yesNo', value: true, hlc: stamp(0, A) };
    const once = applyOp({}, op).state;
    const twice = applyOp(once, op);
    expect(twice.outcome).toBe('duplicate');
    expect(twice.state).toBe(once);
    expect(twice.conflict).toBeUndefined();
  });

  it('converges even when a broken client reuses a stamp for a different value', () => {
    const x: FieldWrite = { field: 'count', value: 1, hlc: stamp(0, A) };
    const y: FieldWrite = { field: 'count', value: 2, hlc: stamp(0, A) };
    const xy = applyOps({}, [x, y]);
    const yx = applyOps({}, [y, x]);
    expect(materialize(xy.state)).toEqual(materialize(yx.state));
    expect(xy.conflicts).toHaveLength(1);
    expect(yx.conflicts).toEqual(xy.conflicts);
  });

  it('never mutates the state it is given', () => {
    const state = Object.freeze(stateFromFields({ note: 'a' }, stamp(0, A)));
    const result = applyOp(state, { field: 'note', value: 'b', hlc: stamp(1, A) });
    expect(materialize(state)).toEqual({ note: 'a' });
    expect(materialize(result.state)).toEqual({ note: 'b' });
  });

  it('keeps a field named __proto__ as plain data', () => {
    const { state } = applyOp({}, { field: '__proto__', value: { polluted: true }, hlc: stamp(0, A) });
    const row = materialize(state);
    expect(Object.hasOwn(row, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });
});

describe('canonicalJson', () => {
  it('writes equal values with different key order identically', () => {
    expect(canonicalJson({ b: [1, { d: null, c: 'x' }], a: true })).toBe(
      '{"a":true,"b":[1,{"c":"x","d":null}]}',
    );
    expect(jsonEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
  });
});

// --- Properties: convergence and "no edit vanishes silently" -------------------------------------------------

const valueArb: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: 0, max: 2 }),
  fc.constantFrom('x', 'y'),
  fc.constantFrom<Json>({ p: 1, q: 2 }, { q: 2, p: 1 }, { p: 2 }),
);

const opArb = fc
  .record({
    field: fc.constantFrom('a', 'b', 'c'),
    value: valueArb,
    millis: fc.integer({ min: 0, max: 6 }),
    counter: fc.integer({ min: 0, max: 2 }),
    node: fc.constantFrom(...NODES),
  })
  .map(
    ({ field, value, millis, counter, node }): FieldWrite => ({
      field,
      value,
      hlc: stamp(millis, node, counter),
    }),
  );

/** A set of writes, each stamp used once (as real clocks guarantee), and two delivery orders with repeats. */
const scenarioArb = fc.uniqueArray(opArb, { selector: (op) => op.hlc, maxLength: 24 }).chain((ops) =>
  fc.record({
    ops: fc.constant(ops),
    first: deliveryArb(ops),
    second: deliveryArb(ops),
  }),
);

function deliveryArb(ops: FieldWrite[]): fc.Arbitrary<FieldWrite[]> {
  return fc
    .tuple(fc.shuffledSubarray(ops, { minLength: ops.length }), fc.shuffledSubarray(ops))
    .chain(([all, repeats]) =>
      fc.shuffledSubarray([...all, ...repeats], { minLength: all.length + repeats.length }),
    );
}

function finalWrites(ops: FieldWrite[]): Map<string, FieldWrite> {
  const winners = new Map<string, FieldWrite>();
  for (const op of ops) {
    const best = winners.get(op.field);
    if (!best || op.hlc > best.hlc) winners.set(op.field, op);
  }
  return winners;
}

describe('merge properties', () => {
  it('applyOps is applyOp folded over the writes, from any starting state, without touching it', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(opArb, { maxLength: 6 }), ({ first }, seed) => {
        const start = applyOps({}, seed).state;
        const before = structuredClone(start);
        let folded: RowState = start;
        let applied = 0;
        const changed: string[] = [];
        const conflicts = [];
        for (const op of first) {
          const result = applyOp(folded, op);
          folded = result.state;
          if (result.outcome === 'applied') {
            applied += 1;
            if (!changed.includes(op.field)) changed.push(op.field);
          }
          if (result.conflict) conflicts.push(result.conflict);
        }
        const batch = applyOps(start, first);
        expect(batch.state).toEqual(folded);
        expect(batch.applied).toBe(applied);
        expect(batch.changed).toEqual(changed);
        expect(batch.conflicts).toEqual(conflicts);
        expect(start).toEqual(before);
        if (applied === 0) expect(batch.state).toBe(start);
      }),
    );
  });

  it('converges to the same row for any delivery order, repeats included', () => {
    fc.assert(
      fc.property(scenarioArb, ({ ops, first, second }) => {
        const one = materialize(applyOps({}, first).state);
        const two = materialize(applyOps({}, second).state);
        expect(one).toEqual(two);
        const expected = Object.fromEntries([...finalWrites(ops)].map(([field, op]) => [field, op.value]));
        expect(one).toEqual(expected);
      }),
    );
  });

  it('records every write that is neither final nor superseded by its own node or an equal later value', () => {
    fc.assert(
      fc.property(scenarioArb, ({ ops, first }) => {
        const { conflicts } = applyOps({}, first);
        const finals = finalWrites(ops);
        for (const w of ops) {
          if (finals.get(w.field)?.hlc === w.hlc) continue;
          const superseded = ops.some(
            (later) =>
              later.field === w.field &&
              later.hlc > w.hlc &&
              (hlcNode(later.hlc) === hlcNode(w.hlc) || jsonEqual(later.value, w.value)),
          );
          if (superseded) continue;
          const recorded = conflicts.some(
            (c) => c.field === w.field && c.lostHlc === w.hlc && jsonEqual(c.lostValue, w.value),
          );
          expect(recorded, `write ${w.hlc} of ${w.field} vanished without a conflict record`).toBe(true);
        }
      }),
    );
  });

  it('only records real conflicts: different nodes, different values, the higher stamp kept', () => {
    fc.assert(
      fc.property(scenarioArb, ({ first }) => {
        for (const c of applyOps({}, first).conflicts) {
          expect(hlcNode(c.keptHlc)).not.toBe(hlcNode(c.lostHlc));
          expect(jsonEqual(c.keptValue, c.lostValue)).toBe(false);
          expect(c.keptHlc > c.lostHlc).toBe(true);
        }
      }),
    );
  });

  it('ignores a repeated delivery of any write already merged', () => {
    fc.assert(
      fc.property(scenarioArb, ({ ops, first }) => {
        const merged: RowState = applyOps({}, first).state;
        for (const op of ops) {
          const again = applyOp(merged, op);
          expect(again.state).toBe(merged);
          expect(again.outcome).not.toBe('applied');
        }
      }),
    );
  });
});

describe('JsonValue', () => {
  it('accepts exactly what z.json() accepts, whatever the input', () => {
    const reference = z.json();
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
        }),
        (value) => {
          expect(JsonValue.safeParse(value).success).toBe(reference.safeParse(value).success);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', [Number.POSITIVE_INFINITY]],
    ['undefined inside an object', { a: undefined }],
    ['a hole in an array', new Array(2).fill(1, 1)],
    ['a date', { at: new Date(0) }],
  ])('refuses %s', (_label, value) => {
    expect(JsonValue.safeParse(value).success).toBe(false);
  });
});

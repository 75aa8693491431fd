import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, type Hlc, type NodeId } from '../../../src/domain/hlc.ts';
import type { Cell, Json, RowState } from '../../../src/domain/merge.ts';
import { packedStamp, packState, unpackState } from '../../../src/domain/packed-row.ts';

const stamp = (minute: number, node = '000000000000000a'): Hlc =>
  formatHlc({ millis: Date.UTC(2026, 2, 15, 2, minute), counter: 0, node: node as NodeId });

describe('packState', () => {
  it('carries the stamp most fields share once, and only the others by name', () => {
    const a = stamp(0);
    const b = stamp(5, '000000000000000b');
    const state: RowState = {
      text: { value: 'Chưa niêm yết', hlc: a },
      order: { value: 2, hlc: a },
      deleted: { value: true, hlc: b },
    };
    expect(packState(state)).toEqual({
      hlc: a,
      fields: { text: 'Chưa niêm yết', order: 2, deleted: true },
      stamps: { deleted: b },
    });
    expect(packState(state, ['deleted', 'missing'])).toEqual({ hlc: b, fields: { deleted: true } });
    expect(packState({})).toBeNull();
  });

  it('keeps a field named __proto__ as a field', () => {
    const state = JSON.parse(`{"__proto__": {"value": 1, "hlc": "${stamp(1)}"}}`) as RowState;
    const packed = packState(state);
    expect(Object.keys(packed?.fields ?? {})).toEqual(['__proto__']);
    expect(Object.keys(unpackState(packed ?? { hlc: stamp(1), fields: {} }))).toEqual(['__proto__']);
  });

  it('round-trips any row state, also through JSON text', () => {
    const cell = fc.record({
      // Through JSON once, as a stored value has been (-0 becomes 0).
      value: fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as Json),
      hlc: fc.integer({ min: 0, max: 4 }).map((m) => stamp(m)),
    });
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), cell, { minKeys: 1 }), (state) => {
        const packed = packState(state as Record<string, Cell>);
        if (!packed) throw new Error('a row with fields packs');
        expect(unpackState(packed)).toEqual(state);
        expect(unpackState(JSON.parse(JSON.stringify(packed)))).toEqual(state);
        for (const field of Object.keys(state)) expect(packedStamp(packed, field)).toBe(state[field]?.hlc);
        const shared = Object.values(state).filter((c) => c.hlc === packed.hlc).length;
        for (const other of new Set(Object.values(state).map((c) => c.hlc))) {
          expect(Object.values(state).filter((c) => c.hlc === other).length).toBeLessThanOrEqual(shared);
        }
      }),
    );
  });
});

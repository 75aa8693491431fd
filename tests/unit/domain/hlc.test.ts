import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDrift,
  compareHlc,
  createClock,
  formatHlc,
  type HlcParts,
  hlcMillis,
  hlcNode,
  MAX_HLC_COUNTER,
  MAX_HLC_MILLIS,
  newNodeId,
  parseHlc,
  receive,
  tick,
} from '../../../src/domain/hlc.ts';
import { Clock, Hlc, NodeId } from '../../../src/domain/hlc-schema.ts';

const nodeA = NodeId.parse('00000000000000aa');
const nodeB = NodeId.parse('00000000000000bb');
const T0 = Date.UTC(2026, 10, 27, 10, 0, 0);

const nodeArb = fc.stringMatching(/^[0-9a-f]{16}$/).map((s) => NodeId.parse(s));
const partsArb = fc.record({
  millis: fc.integer({ min: 0, max: MAX_HLC_MILLIS }),
  counter: fc.integer({ min: 0, max: MAX_HLC_COUNTER }),
  node: nodeArb,
});

function compareParts(a: HlcParts, b: HlcParts): number {
  if (a.millis !== b.millis) return a.millis < b.millis ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  return a.node < b.node ? -1 : a.node > b.node ? 1 : 0;
}

describe('stamp format', () => {
  it('writes Actual-style stamps of ISO time, hex counter and node id', () => {
    expect(formatHlc({ millis: T0, counter: 1, node: nodeA })).toBe(
      '2026-11-27T10:00:00.000Z-0001-00000000000000aa',
    );
  });

  it('orders stamps as strings exactly as (wall ms, counter, node id) tuples', () => {
    fc.assert(
      fc.property(partsArb, partsArb, (a, b) => {
        expect(Math.sign(compareHlc(formatHlc(a), formatHlc(b)))).toBe(Math.sign(compareParts(a, b)));
      }),
    );
  });

  it('parses back every stamp it formats', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const stamp = formatHlc(parts);
        expect(parseHlc(stamp)).toEqual(parts);
        expect(Hlc.safeParse(stamp).success).toBe(true);
        expect(hlcNode(stamp)).toBe(parts.node);
        expect(hlcMillis(stamp)).toBe(parts.millis);
      }),
    );
  });

  it.each([
    ['an impossible date', '2026-02-30T10:00:00.000Z-0001-00000000000000aa'],
    ['an upper-case node id', '2026-11-27T10:00:00.000Z-0001-00000000000000AA'],
    ['a short counter', '2026-11-27T10:00:00.000Z-001-00000000000000aaa'],
    ['a time zone offset', '2026-11-27T10:00:00.000+07:00-0001-00000000000000aa'],
    ['trailing text', '2026-11-27T10:00:00.000Z-0001-00000000000000aa '],
    ['an empty string', ''],
  ])('rejects %s', (_label, text) => {
    expect(parseHlc(text)).toBeNull();
    expect(Hlc.safeParse(text).success).toBe(false);
  });

  it('refuses to format parts that do not fit the fixed width', () => {
    expect(() => formatHlc({ millis: MAX_HLC_MILLIS + 1, counter: 0, node: nodeA })).toThrow(RangeError);
    expect(() => formatHlc({ millis: T0, counter: MAX_HLC_COUNTER + 1, node: nodeA })).toThrow(RangeError);
    expect(() => formatHlc({ millis: -1, counter: 0, node: nodeA })).toThrow(RangeError);
  });
});

describe('tick', () => {
  it('counts up within one millisecond and restarts the counter when the wall clock moves on', () => {
    const first = tick(createClock(nodeA), T0);
    const second = tick(first.clock, T0);
    const third = tick(second.clock, T0 + 5);
    expect([first.stamp, second.stamp, third.stamp].map((s) => parseHlc(s))).toEqual([
      { millis: T0, counter: 0, node: nodeA },
      { millis: T0, counter: 1, node: nodeA },
      { millis: T0 + 5, counter: 0, node: nodeA },
    ]);
  });

  it('keeps stamps increasing when the device clock goes backwards', () => {
    const ahead = tick(createClock(nodeA), T0 + 60_000);
    const behind = tick(ahead.clock, T0);
    expect(compareHlc(behind.stamp, ahead.stamp)).toBeGreaterThan(0);
    expect(parseHlc(behind.stamp)).toEqual({ millis: T0 + 60_000, counter: 1, node: nodeA });
  });

  it('borrows the next millisecond when the counter overflows', () => {
    const full = Clock.parse({ millis: T0, counter: MAX_HLC_COUNTER, node: nodeA });
    const { clock, stamp } = tick(full, T0);
    expect(clock).toEqual({ millis: T0 + 1, counter: 0, node: nodeA });
    expect(compareHlc(stamp, formatHlc(full))).toBeGreaterThan(0);
  });

  it('issues 70 000 strictly increasing stamps within a single wall-clock millisecond', () => {
    let clock = createClock(nodeA);
    let previous = formatHlc(clock);
    for (let i = 0; i < 70_000; i += 1) {
      const next = tick(clock, T0);
      if (next.stamp <= previous) throw new Error(`stamp ${i} did not increase: ${next.stamp}`);
      previous = next.stamp;
      clock = next.clock;
    }
    expect(clock.millis).toBe(T0 + 1);
  });

  it('refuses a wall time that is not a finite number', () => {
    expect(() => tick(createClock(nodeA), Number.NaN)).toThrow(RangeError);
  });
});

describe('receive', () => {
  it('makes the next local stamp sort after a remote stamp from the future', () => {
    const remote = formatHlc({ millis: T0 + 90_000, counter: 7, node: nodeB });
    const clock = receive(tick(createClock(nodeA), T0).clock, remote, T0);
    expect(clock).toEqual({ millis: T0 + 90_000, counter: 8, node: nodeA });
    expect(compareHlc(tick(clock, T0).stamp, remote)).toBeGreaterThan(0);
  });

  it('takes the larger counter plus one when local and remote share a millisecond', () => {
    const local = Clock.parse({ millis: T0, counter: 3, node: nodeA });
    const remote = formatHlc({ millis: T0, counter: 9, node: nodeB });
    expect(receive(local, remote, T0 - 10)).toEqual({ millis: T0, counter: 10, node: nodeA });
  });

  it('follows the wall clock when both stamps are in the past', () => {
    const local = Clock.parse({ millis: T0, counter: 3, node: nodeA });
    const remote = formatHlc({ millis: T0 - 1, counter: 9, node: nodeB });
    expect(receive(local, remote, T0 + 1)).toEqual({ millis: T0 + 1, counter: 0, node: nodeA });
  });

  it('stays monotone under any mix of ticks, receives and wall clocks jumping back and forth', () => {
    const event = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), wall: fc.integer({ min: -5_000, max: 5_000 }) }),
      fc.record({
        kind: fc.constant('receive' as const),
        wall: fc.integer({ min: -5_000, max: 5_000 }),
        remote: partsArb.map((p) => ({ ...p, millis: T0 + (p.millis % 10_000) })),
      }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        let clock = createClock(nodeA);
        let highest = formatHlc(clock);
        for (const e of events) {
          if (e.kind === 'tick') {
            const next = tick(clock, T0 + e.wall);
            expect(compareHlc(next.stamp, highest)).toBeGreaterThan(0);
            highest = next.stamp;
            clock = next.clock;
          } else {
            const remote = formatHlc(e.remote);
            clock = receive(clock, remote, T0 + e.wall);
            if (compareHlc(remote, highest) > 0) highest = remote;
          }
        }
        expect(compareHlc(tick(clock, T0).stamp, highest)).toBeGreaterThan(0);
      }),
    );
  });
});

describe('checkDrift', () => {
  const server = T0;

  it('accepts a stamp exactly five minutes ahead of the server', () => {
    expect(checkDrift(formatHlc({ millis: server + 5 * 60_000, counter: 0, node: nodeA }), server)).toEqual({
      ok: true,
    });
  });

  it('refuses a stamp more than five minutes ahead, with a plain Vietnamese message', () => {
    const result = checkDrift(
      formatHlc({ millis: server + 5 * 60_000 + 1, counter: 0, node: nodeA }),
      server,
    );
    expect(result).toMatchObject({ ok: false, error: 'clock-drift', aheadMs: 5 * 60_000 + 1 });
    expect(result.ok ? '' : result.message).toMatch(/Đồng hồ của máy.*6 phút.*chỉnh lại ngày giờ/);
  });

  it('accepts stamps from long ago, because an inspector may sync days later', () => {
    expect(
      checkDrift(formatHlc({ millis: server - 10 * 86_400_000, counter: 0, node: nodeA }), server).ok,
    ).toBe(true);
  });

  it('honours a custom limit', () => {
    expect(checkDrift(formatHlc({ millis: server + 2_000, counter: 0, node: nodeA }), server, 1_000).ok).toBe(
      false,
    );
  });
});

describe('newNodeId', () => {
  it('encodes the supplied random bytes as 16 lowercase hex digits', () => {
    expect(newNodeId((bytes) => bytes.set([0, 1, 2, 0xab, 0xcd, 0xef, 0x10, 0xff]))).toBe('000102abcdef10ff');
  });

  it('draws from Web Crypto by default', () => {
    const a = newNodeId();
    expect(NodeId.safeParse(a).success).toBe(true);
    expect(newNodeId()).not.toBe(a);
  });
});

describe('parseHlc against Date', () => {
  /** What parseHlc did before it computed dates itself: Date.parse, then a round trip through toISOString. */
  function byDate(stamp: string): number | null {
    const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-[0-9a-f]{4}-[0-9a-f]{16}$/.exec(stamp);
    if (!match?.[1]) return null;
    const millis = Date.parse(match[1]);
    return Number.isFinite(millis) && new Date(millis).toISOString() === match[1] ? millis : null;
  }
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  // Digits in and just out of range, so impossible dates (30 February, hour 24, second 60) come up often.
  const isoLike = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.integer({ min: 0, max: 61 }),
      fc.integer({ min: 0, max: 999 }),
    )
    .map(
      ([y, mo, d, h, mi, s, ms]) =>
        `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}Z-0001-0123456789abcdef`,
    );

  it('accepts exactly the stamps Date accepts, with the same wall time', () => {
    fc.assert(
      fc.property(fc.oneof(isoLike, fc.string({ maxLength: 50 })), (stamp) => {
        expect(parseHlc(stamp)?.millis ?? null).toBe(byDate(stamp));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees on every day of a leap century and its neighbours', () => {
    for (const year of [1900, 2000, 2024, 2100]) {
      for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 86_400_000) {
        const stamp = `${new Date(day + 45_296_789).toISOString()}-0000-0123456789abcdef`;
        expect(parseHlc(stamp)?.millis).toBe(day + 45_296_789);
      }
    }
  });
});

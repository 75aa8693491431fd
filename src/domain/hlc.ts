import type { z } from 'zod';

/**
 * Hybrid logical clock, in Actual Budget's string format:
 * `2026-11-27T10:00:00.000Z-0001-0123456789abcdef` = ISO wall time (ms), a 4-hex-digit counter, a 16-hex-digit
 * node id. Every part is fixed width, so comparing two stamps as strings compares (wall ms, counter, node id)
 * as a tuple, and SQL `ORDER BY hlc` or an IndexedDB index sort them correctly. The node id makes a stamp unique
 * across devices, so two different writes never carry the same stamp.
 */

/** Largest wall time whose ISO string still has a 4-digit year (9999-12-31T23:59:59.999Z). */
export const MAX_HLC_MILLIS = 253_402_300_799_999;
/** Largest counter that fits the 4 hex digits. */
export const MAX_HLC_COUNTER = 0xffff;
/** A stamp more than this far ahead of the server clock is refused (DESIGN.md, "Sync protocol"). */
export const MAX_DRIFT_MS = 5 * 60_000;

// This module stays free of zod at run time (types only) so the app shell can stamp writes without
// loading zod; the schemas of these types are in hlc-schema.ts.

/** A device's identity inside stamps: 16 lowercase hex digits (64 random bits). */
export type NodeId = string & z.$brand<'NodeId'>;

export const NODE_ID_PATTERN = /^[0-9a-f]{16}$/;

/** Whether a string is a well-formed node id. */
export function isNodeId(value: string): value is NodeId {
  return NODE_ID_PATTERN.test(value);
}

const HLC_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z-([0-9a-f]{4})-([0-9a-f]{16})$/;

/** The three parts of a stamp. */
export interface HlcParts {
  readonly millis: number;
  readonly counter: number;
  readonly node: NodeId;
}

const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil), for any year. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Splits a stamp into its parts, or returns null when the string is not a well-formed stamp: exactly the
 * strings whose wall time is an ISO instant `Date#toISOString` would print (no 2026-02-30, no 24:00). The
 * date is computed from its digits rather than with Date.parse and a round trip through toISOString, which
 * took most of the time of checking the 41,000 stamps of a large push (issue #5 benchmarks).
 */
export function parseHlc(stamp: string): HlcParts | null {
  const match = HLC_PATTERN.exec(stamp);
  if (!match) return null;
  const [, y = '', mo = '', d = '', h = '', mi = '', s = '', ms = '', counterHex = '', node = ''] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const millis =
    daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + Number(ms);
  return { millis, counter: Number.parseInt(counterHex, 16), node: node as NodeId }; // the pattern checked it
}

/** A hybrid-logical-clock stamp (see the top of hlc.ts for the format). */
export type Hlc = string & z.$brand<'Hlc'>;

/** Builds the stamp for the given parts; throws a RangeError for parts that cannot be encoded. */
export function formatHlc(parts: HlcParts): Hlc {
  const { millis, counter, node } = parts;
  if (!Number.isInteger(millis) || millis < 0 || millis > MAX_HLC_MILLIS) {
    throw new RangeError(`HLC wall time out of range: ${millis}`);
  }
  if (!Number.isInteger(counter) || counter < 0 || counter > MAX_HLC_COUNTER) {
    throw new RangeError(`HLC counter out of range: ${counter}`);
  }
  if (!isNodeId(node)) throw new RangeError(`not a node id: ${node}`);
  const stamp = `${new Date(millis).toISOString()}-${counter.toString(16).padStart(4, '0')}-${node}`;
  return stamp as Hlc; // the format above is exactly what the Hlc schema accepts
}

/** The node id inside a stamp. */
export function hlcNode(stamp: Hlc): NodeId {
  return stamp.slice(30) as NodeId; // fixed width: 24 (ISO) + 1 + 4 (counter) + 1
}

/** The wall time (ms since the epoch) inside a stamp. */
export function hlcMillis(stamp: Hlc): number {
  return Date.parse(stamp.slice(0, 24));
}

/** Orders two stamps: negative if a is earlier, positive if later, 0 if equal. */
export function compareHlc(a: Hlc, b: Hlc): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A clock's state; persist it as JSON and restore it with `Clock.parse` (hlc-schema.ts). */
export interface Clock {
  readonly millis: number;
  readonly counter: number;
  readonly node: NodeId;
}

/** A fresh clock for a device. */
export function createClock(node: NodeId): Clock {
  return { millis: 0, counter: 0, node };
}

function wallTime(nowMs: number): number {
  if (!Number.isFinite(nowMs)) throw new RangeError(`wall time is not a finite number: ${nowMs}`);
  return Math.min(Math.max(Math.floor(nowMs), 0), MAX_HLC_MILLIS);
}

/**
 * When the counter would pass 0xffff within one millisecond, borrow the next millisecond instead of failing
 * (Actual throws an overflow error there). The clock then runs at most a few ms ahead of the wall, and stays
 * strictly monotone.
 */
function normalise(millis: number, counter: number, node: NodeId): Clock {
  if (counter > MAX_HLC_COUNTER) return { millis: millis + 1, counter: 0, node };
  return { millis, counter, node };
}

/**
 * Stamps a local event. The new stamp is strictly greater than every stamp this clock has issued or
 * received, even when the device clock jumps backwards.
 * @example
 * const { clock: next, stamp } = tick(clock, Date.now());
 */
export function tick(clock: Clock, nowMs: number): { clock: Clock; stamp: Hlc } {
  const millis = Math.max(clock.millis, wallTime(nowMs));
  const counter = millis === clock.millis ? clock.counter + 1 : 0;
  const next = normalise(millis, counter, clock.node);
  return { clock: next, stamp: formatHlc(next) };
}

/**
 * Merges a stamp seen from elsewhere (a pulled change), so the next local stamp sorts after it. Check the
 * remote stamp with `checkDrift` first where a far-future stamp must be refused.
 */
export function receive(clock: Clock, remote: Hlc, nowMs: number): Clock {
  const r = parseHlc(remote);
  if (!r) throw new RangeError(`not a valid HLC stamp: ${remote}`);
  const millis = Math.max(clock.millis, r.millis, wallTime(nowMs));
  let counter = 0;
  if (millis === clock.millis && millis === r.millis) counter = Math.max(clock.counter, r.counter) + 1;
  else if (millis === clock.millis) counter = clock.counter + 1;
  else if (millis === r.millis) counter = r.counter + 1;
  return normalise(millis, counter, clock.node);
}

/** Within this of the server's clock, a device's own clock is trusted as it is. */
export const CLOCK_TRUSTED_WITHIN_MS = 60_000;

/**
 * The physical time a device stamps with: its own clock, or, when its last sync measured that clock more than
 * a minute off the server's (`offsetMs` = server time − device time), the server's time as that offset gives
 * it. A tablet whose date is wrong then stamps its edits with the right time instead of having them refused as
 * "ahead of the server" (checkDrift) or losing every last-writer-wins merge while it is behind.
 */
export function serverCorrected(deviceMs: number, offsetMs: number | null): number {
  return offsetMs !== null && Math.abs(offsetMs) > CLOCK_TRUSTED_WITHIN_MS ? deviceMs + offsetMs : deviceMs;
}

/** The result of a drift check: fine, or a refusal the UI can show as is. */
export type DriftCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: 'clock-drift'; readonly message: string; readonly aheadMs: number };

/**
 * Refuses a stamp more than `maxMs` ahead of the server's clock: a tablet whose date is wrong would otherwise
 * win every last-writer-wins merge for as long as its clock stays ahead. Stamps in the past are fine (an
 * inspector may sync days after the edit).
 */
export function checkDrift(stamp: Hlc, serverNowMs: number, maxMs: number = MAX_DRIFT_MS): DriftCheck {
  const aheadMs = hlcMillis(stamp) - serverNowMs;
  if (aheadMs <= maxMs) return { ok: true };
  const minutes = Math.ceil(aheadMs / 60_000);
  return {
    ok: false,
    error: 'clock-drift',
    aheadMs,
    message:
      `Đồng hồ của máy đang chạy nhanh hơn máy chủ khoảng ${minutes} phút. ` +
      'Hãy chỉnh lại ngày giờ trên máy (bật tự động đặt ngày giờ) rồi đồng bộ lại.',
  };
}

// The domain tsconfig has no DOM lib; browsers, workers and Node 20 all provide this global.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

/** A new random node id. Pass `fill` to supply the randomness (tests); it defaults to Web Crypto. */
export function newNodeId(
  fill: (bytes: Uint8Array) => void = (bytes) => crypto.getRandomValues(bytes),
): NodeId {
  const bytes = new Uint8Array(8);
  fill(bytes);
  const node = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  if (!isNodeId(node)) throw new RangeError('random source gave fewer than 8 bytes');
  return node;
}

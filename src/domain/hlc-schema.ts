import { z } from 'zod';
import {
  type Clock as ClockState,
  type Hlc as HlcStamp,
  MAX_HLC_COUNTER,
  MAX_HLC_MILLIS,
  NODE_ID_PATTERN,
  type NodeId as NodeIdValue,
  parseHlc,
} from './hlc.ts';

/** Schemas of the clock types in hlc.ts, for messages and stored state that arrive from elsewhere. */

/** A device's identity inside stamps: 16 lowercase hex digits. */
export const NodeId = z
  .string()
  .regex(NODE_ID_PATTERN, 'node id must be 16 lowercase hex digits')
  .brand<'NodeId'>();
export type NodeId = NodeIdValue;

/** A hybrid-logical-clock stamp. */
export const Hlc = z
  .string()
  .length(46)
  .refine((s) => parseHlc(s) !== null, 'not a valid HLC stamp')
  .brand<'Hlc'>();
export type Hlc = HlcStamp;

/** A clock's persisted state. */
export const Clock = z.strictObject({
  millis: z.number().int().min(0).max(MAX_HLC_MILLIS),
  counter: z.number().int().min(0).max(MAX_HLC_COUNTER),
  node: NodeId,
});
export type Clock = ClockState;

import { z } from 'zod';
import { type Hlc, NodeId } from '../hlc-schema.ts';
import { isJson, type Json, JsonValue } from '../merge.ts';
import type { SyncTable } from '../sync-tables.ts';

/**
 * Sync messages (DESIGN.md, "Sync protocol"). The client pushes mutations from its outbox and pulls the
 * changes after its cursor; both directions carry field writes stamped with an HLC.
 *
 * The push envelope is deliberately loose about what an op says (table, field, value, stamp): those are
 * checked op by op with `validateOp` (sync-tables.ts), so one bad op gets its mutation rejected and recorded
 * while the rest of the push goes through, instead of a 400 that would block the client's queue forever.
 */

/** Largest number of row writes in one mutation. */
export const MAX_OPS_PER_MUTATION = 500;
/** Largest number of fields one row write may set (a row has far fewer; this bounds hostile input). */
export const MAX_FIELDS_PER_WRITE = 64;
/** Largest number of mutations in one push. */
export const MAX_MUTATIONS_PER_PUSH = 1_000;
/** Largest push body the server reads; the client splits its outbox below it. */
export const MAX_PUSH_BYTES = 4 * 1024 * 1024;
/** Default and largest number of changed rows in one pull page. */
export const DEFAULT_PULL_LIMIT = 1_000;
export const MAX_PULL_LIMIT = 5_000;

/**
 * A device's sync identity. It is the device's HLC node id: every stamp then names the device that wrote it,
 * which is what a conflict record shows, and there is one id to keep instead of two.
 */
export const ClientId = NodeId;
export type ClientId = NodeId;

/** The server database's incarnation; it changes when the server is restored from a backup. */
export const Epoch = z.string().min(1).max(64);
export type Epoch = z.infer<typeof Epoch>;

/** A client's sequential mutation number, from 1. */
export const MutationId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

const Count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** An op as it arrives in a push, before `validateOp` has checked it against the registry. */
export const RawOp = z.object({
  table: z.string().min(1).max(64),
  id: z.string().min(1).max(200),
  field: z.string().min(1).max(64),
  value: JsonValue,
  hlc: z.string().max(64),
  /** See `RowWrite.base`; checked like `hlc` where present. */
  base: z.string().max(64).nullable().optional(),
});
export type RawOp = z.infer<typeof RawOp>;

/** A checked op: one write of one field of one row. */
export interface Op {
  readonly table: SyncTable;
  readonly id: string;
  readonly field: string;
  readonly value: Json;
  readonly hlc: Hlc;
  readonly base?: Hlc | null;
}

/** Whether a value is a plain object (what JSON.parse makes of `{…}`). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A map of `min` to `MAX_FIELDS_PER_WRITE` field names (1–64 characters) to values that pass `isValue`. */
function fieldMap<T>(isValue: (value: unknown) => value is T, what: string, min: number) {
  // One pass without copying: z.record parses every key and value through schemas and rebuilds the object,
  // which was a third of reading a push of 41,000 rows (issue #5 benchmarks). Same checks, one message.
  return z.custom<Record<string, T>>((value) => {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    if (keys.length < min || keys.length > MAX_FIELDS_PER_WRITE) return false;
    for (const key of keys) {
      if (key.length < 1 || key.length > 64 || !isValue(value[key])) return false;
    }
    return true;
  }, `${min} to ${MAX_FIELDS_PER_WRITE} fields, named by 1 to 64 characters, each ${what}`);
}

const isStampText = (value: unknown): value is string => typeof value === 'string' && value.length <= 64;

/** Field → JSON value. */
const FieldValues = fieldMap(isJson, 'a JSON value', 1);
/** Field → stamp text (checked as a stamp later, field by field); may be empty. */
const FieldStamps = fieldMap(isStampText, 'a stamp', 0);

/**
 * The wire form of ops: the fields one user action wrote to one row, under the one stamp they share. Each
 * `field: value` pair is exactly the op `{ table, id, field, value, hlc }` and merges on its own; grouping
 * only stops the table, id and stamp from being repeated for every field (a new result row is 10 fields).
 */
export const RowWrite = z.object({
  table: z.string().min(1).max(64),
  id: z.string().min(1).max(200),
  hlc: z.string().max(64),
  /**
   * For fields the writer already had a value of: the stamp of that value. A field left out had no value
   * on the writer; the whole map left out means "not known" (every overwrite is then kept as a conflict).
   */
  base: FieldStamps.optional(),
  fields: FieldValues,
});
export type RowWrite = z.infer<typeof RowWrite>;

/** The ops of a row write, one per field, ready for `validateOp`. */
export function writeOps(write: RowWrite): RawOp[] {
  return Object.entries(write.fields).map(([field, value]) => ({
    table: write.table,
    id: write.id,
    field,
    value,
    hlc: write.hlc,
    ...(write.base ? { base: write.base[field] ?? null } : {}),
  }));
}

/** One outbox entry: row writes made together by one user action, applied together or rejected together. */
export const Mutation = z.object({
  mutationId: MutationId,
  ops: z.array(RowWrite).min(1).max(MAX_OPS_PER_MUTATION),
});
export type Mutation = z.infer<typeof Mutation>;

/** `POST /api/sync/push`. Mutation ids must be consecutive and ascending, as the outbox numbers them. */
export const PushRequest = z.object({
  clientId: ClientId,
  epoch: Epoch.nullable(),
  mutations: z
    .array(Mutation)
    .min(1)
    .max(MAX_MUTATIONS_PER_PUSH)
    .refine(
      (ms) => ms.every((m, i) => i === 0 || m.mutationId === (ms[i - 1]?.mutationId ?? 0) + 1),
      'mutation ids must be consecutive',
    ),
});
export type PushRequest = z.infer<typeof PushRequest>;

/**
 * The text of a push from its mutations serialised one by one (`JSON.stringify(mutation)`): the client sizes
 * its batch by those texts and sends them as they are, so the outbox is serialised once instead of twice
 * (issue #5: a first upload of 1,000 inspections is 17 MB of JSON). The same JSON as
 * `JSON.stringify({ clientId, epoch, mutations })`.
 */
export function pushBodyText(
  clientId: ClientId,
  epoch: Epoch | null,
  mutationTexts: readonly string[],
): string {
  return `{"clientId":${JSON.stringify(clientId)},"epoch":${JSON.stringify(epoch)},"mutations":[${mutationTexts.join(',')}]}`;
}

/**
 * Why a mutation was refused for good: an op failed `validateOp`, the user may not write that row, or a
 * stamp is too far ahead of the server clock.
 */
export type RejectCode =
  | 'unknown-table'
  | 'unknown-field'
  | 'invalid-id'
  | 'invalid-value'
  | 'invalid-hlc'
  | 'forbidden'
  | 'clock-drift';

/**
 * A refused mutation. The code is any short string, not the `RejectCode` list, so an older client still reads
 * a code added later.
 */
export const Rejection = z.object({
  mutationId: MutationId,
  error: z.string().min(1).max(64),
  message: z.string().max(1000),
});
export type Rejection = z.infer<typeof Rejection>;

/**
 * Answer to a push. `lastMutationId` covers applied and rejected mutations alike: the client drops every
 * outbox entry up to it. `serverTime` (ms since the epoch) lets the client measure its clock offset.
 */
export const PushResponse = z.object({
  epoch: Epoch,
  lastMutationId: Count,
  rejected: z.array(Rejection),
  serverTime: Count,
});
export type PushResponse = z.infer<typeof PushResponse>;

/** A pull as the client builds it. */
export const PullRequest = z.object({
  clientId: ClientId,
  epoch: Epoch.nullable(),
  cursor: Count,
  /**
   * Where the device's current download began (≤ cursor; defaults to cursor). Rows come after `cursor`, but
   * each carries its fields changed after `since`: a row first met on page 3 of a download may hold fields
   * older than page 2's cursor that the device has never seen.
   */
  since: Count.optional(),
  limit: z.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
  /**
   * The `lastMutationId` of the client's last pull or push answer, while its epoch and cursor are those of that
   * answer. With it, a pull that would bring nothing the client does not already know (same epoch, cursor at
   * the server's high-water mark, same lastMutationId, no download in progress) is answered `204 No Content`,
   * with no body. Without it the answer is always a `PullResponse` (older builds).
   */
  lastMutationId: Count.optional(),
});
export type PullRequest = z.infer<typeof PullRequest>;

/** The pull format this build speaks (see `PullQuery.v`). */
export const PULL_FORMAT = 2;

/**
 * `GET /api/sync/pull?clientId=…&epoch=…&cursor=…&limit=…&lastMutationId=…`: the same, read from query strings.
 * The answer is a `PullResponse`, or `204 No Content` when the client named a `lastMutationId` and has
 * nothing to learn (see `PullRequest.lastMutationId`).
 */
export const PullQuery = z
  .object({
    clientId: ClientId,
    epoch: Epoch.optional().transform((e) => e ?? null),
    cursor: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    since: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
    /** The answer's format: 2 = packed rows (`RowChange`); absent = 1, the field-by-field rows of older builds. */
    v: z.coerce.number().int().min(1).max(PULL_FORMAT).default(1),
    lastMutationId: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .refine((q) => q.since === undefined || q.since <= q.cursor, 'since must not be after cursor');
export type PullQuery = z.output<typeof PullQuery>;

/** The query string values of a pull; an unknown epoch is left out. */
export function pullQueryParams(request: PullRequest): Record<string, string> {
  const params: Record<string, string> = { clientId: request.clientId, cursor: String(request.cursor) };
  if (request.epoch !== null) params.epoch = request.epoch;
  if (request.since !== undefined) params.since = String(request.since);
  if (request.limit !== undefined) params.limit = String(request.limit);
  if (request.lastMutationId !== undefined) params.lastMutationId = String(request.lastMutationId);
  params.v = String(PULL_FORMAT);
  return params;
}

/**
 * The current state of the changed fields of one row, packed (packed-row.ts): the table and id once, the stamp
 * most of them share once, their values, and the stamps of the fields written at another time. The table is any
 * name, so an older client can skip a table added later; check it with `validateChange` (sync-tables.ts); `packedStamp` gives a field's stamp.
 */
export const RowChange = z.object({
  table: z.string().min(1).max(64),
  id: z.string().min(1).max(200),
  hlc: z.string().max(64),
  fields: FieldValues,
  stamps: FieldStamps.optional(),
});
export type RowChange = z.infer<typeof RowChange>;

/**
 * Answer to a pull. `cursor` is where the next pull starts; `hasMore` says to pull again at once. If `epoch`
 * differs from the one the client sent, the server was restored: the client re-pushes unacknowledged work and
 * pulls from 0. `lastMutationId` is this client's, so it can prune its outbox in the same transaction.
 */
export const PullResponse = z.object({
  epoch: Epoch,
  cursor: Count,
  hasMore: z.boolean(),
  lastMutationId: Count,
  serverTime: Count,
  changes: z.array(RowChange),
});
export type PullResponse = z.infer<typeof PullResponse>;

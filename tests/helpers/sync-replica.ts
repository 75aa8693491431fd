// A Node-side sync client for tests and benchmarks: local rows as domain RowState maps, an outbox of
// mutations, an HLC clock, push and pull over HTTP with a bearer token. It follows the protocol the tablet
// follows (DESIGN.md "Sync protocol") without Dexie: a local write is stamped with `tick` and merged with
// `applyOp`; pulled fields go through `receive` and `applyOp`; the outbox is pruned up to the server's
// `lastMutationId`.
import {
  MAX_MUTATIONS_PER_PUSH,
  type Mutation,
  type PullRequest,
  type PullResponse,
  type PushResponse,
  pullQueryParams,
  pushBodyText,
  type Rejection,
  type RowWrite,
} from '../../src/domain/api/sync.ts';
import {
  type Clock,
  createClock,
  type Hlc,
  type NodeId,
  newNodeId,
  receive,
  tick,
} from '../../src/domain/hlc.ts';
import { applyOps, type FieldWrite, type Json, type RowState } from '../../src/domain/merge.ts';
import { type PackedRow, packedStamp, unpackState } from '../../src/domain/packed-row.ts';

/** A fetch bound to one server: `(path, init)`; see `httpFor`. */
export type HttpFn = (path: string, init?: RequestInit) => Promise<Response>;

/** A fetch against a base URL, e.g. a server started with tests/helpers/server.ts. */
export function httpFor(baseUrl: string): HttpFn {
  return (path, init) => fetch(`${baseUrl}${path}`, init);
}

export interface ReplicaOptions {
  http: HttpFn;
  token: string;
  clientId?: NodeId;
  /** Wall clock; default Date.now. */
  now?: () => number;
}

export interface LocalRow {
  table: string;
  id: string;
  state: RowState;
}

/** What a push did: the HTTP status and the parsed body (a PushResponse on 200, an error body otherwise). */
export interface PushOutcome {
  status: number;
  body: Record<string, unknown>;
  /** The exact request body sent (to replay it later). */
  sent: string;
}

export class SyncReplica {
  readonly clientId: NodeId;
  http: HttpFn;
  token: string;
  clock: Clock;
  readonly rows = new Map<string, LocalRow>();
  outbox: Mutation[] = [];
  nextMutationId = 1;
  cursor = 0;
  epoch: string | null = null;
  lastMutationId = 0;
  readonly rejected: Rejection[] = [];
  private readonly now: () => number;

  constructor(options: ReplicaOptions) {
    this.http = options.http;
    this.token = options.token;
    this.clientId = options.clientId ?? newNodeId();
    this.clock = createClock(this.clientId);
    this.now = options.now ?? Date.now;
  }

  /** Stamps one write of some fields of one row, applies it locally, and queues it as its own mutation. */
  write(table: string, id: string, fields: Record<string, Json>): Mutation {
    return this.writeMany([{ table, id, fields }]);
  }

  /** Several row writes made by one user action: one mutation, one stamp each. */
  writeMany(writes: readonly { table: string; id: string; fields: Record<string, Json> }[]): Mutation {
    const ops: RowWrite[] = writes.map(({ table, id, fields }) => {
      const { clock, stamp } = tick(this.clock, this.now());
      this.clock = clock;
      this.applyLocal(table, id, fields, stamp);
      return { table, id, hlc: stamp, fields };
    });
    const mutation: Mutation = { mutationId: this.nextMutationId++, ops };
    this.outbox.push(mutation);
    return mutation;
  }

  /** Queues a mutation as given (e.g. a hostile one) without applying it locally. */
  enqueueRaw(ops: RowWrite[]): Mutation {
    const mutation: Mutation = { mutationId: this.nextMutationId++, ops };
    this.outbox.push(mutation);
    return mutation;
  }

  private applyLocal(table: string, id: string, fields: Record<string, Json>, hlc: Hlc): void {
    this.mergeLocal(
      table,
      id,
      Object.entries(fields).map(([field, value]) => ({ field, value, hlc })),
    );
  }

  private mergeLocal(table: string, id: string, writes: readonly FieldWrite[]): void {
    const key = `${table}/${id}`;
    let row = this.rows.get(key);
    if (!row) {
      row = { table, id, state: {} };
      this.rows.set(key, row);
    }
    row.state = applyOps(row.state, writes).state;
  }

  private headers(json: boolean): Record<string, string> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    if (json) headers['content-type'] = 'application/json';
    return headers;
  }

  /** The body of a push of the first `max` outbox entries (default: all). */
  pushBody(max = this.outbox.length): string {
    const texts = this.outbox.slice(0, max).map((mutation) => JSON.stringify(mutation));
    return pushBodyText(this.clientId, this.epoch, texts);
  }

  /** Sends a push body as is. */
  sendPush(body: string): Promise<Response> {
    return this.http('/api/sync/push', { method: 'POST', headers: this.headers(true), body });
  }

  /** Pushes the outbox (or its first `max` entries); on 200 prunes what the server acknowledged. */
  async push(max?: number): Promise<PushOutcome> {
    if (this.outbox.length === 0) return { status: 204, body: {}, sent: '' };
    return this.pushText(this.pushBody(max));
  }

  /**
   * Pushes the oldest outbox entries whose JSON fits `maxBytes` of UTF-8 (at least one), serialising each
   * once and sending those texts, as the tablet does (src/app/sync/push.ts).
   */
  async pushBatch(maxBytes: number): Promise<PushOutcome> {
    if (this.outbox.length === 0) return { status: 204, body: {}, sent: '' };
    const texts: string[] = [];
    let bytes = 0;
    for (const mutation of this.outbox.slice(0, MAX_MUTATIONS_PER_PUSH)) {
      const text = JSON.stringify(mutation);
      const size = Buffer.byteLength(text) + 1;
      if (texts.length > 0 && bytes + size > maxBytes) break;
      texts.push(text);
      bytes += size;
    }
    return this.pushText(pushBodyText(this.clientId, this.epoch, texts));
  }

  private async pushText(sent: string): Promise<PushOutcome> {
    const response = await this.sendPush(sent);
    const body = (await response.json()) as Record<string, unknown>;
    if (response.status === 200) this.acknowledge(body as unknown as PushResponse);
    return { status: response.status, body, sent };
  }

  /** Applies a push answer (also usable for one received late, e.g. through a replay). */
  acknowledge(answer: PushResponse): void {
    this.epoch = answer.epoch;
    this.rejected.push(...answer.rejected);
    this.prune(answer.lastMutationId);
  }

  private prune(lastMutationId: number): void {
    this.lastMutationId = Math.max(this.lastMutationId, lastMutationId);
    this.outbox = this.outbox.filter((m) => m.mutationId > this.lastMutationId);
  }

  /**
   * One pull page from the current cursor, applied. Names the lastMutationId it knows while it knows an epoch,
   * as the tablet does; a 204 (nothing new) comes back as a page with no changes that leaves it as it was.
   */
  async pullPage(limit?: number): Promise<{ status: number; page: PullResponse }> {
    const fetched = await this.fetchPage(this.pageRequest(limit));
    this.applyPage(fetched.page);
    return fetched;
  }

  /**
   * Pulls until the server has nothing more; returns the pages. Like the tablet (src/app/sync/pull.ts), it
   * asks for the next page as soon as a page has arrived, and applies that page while the next one comes.
   */
  async pull(limit?: number): Promise<PullResponse[]> {
    const pages: PullResponse[] = [];
    // Where this download began: later pages carry each row's fields changed since then (PullRequest.since).
    let since = this.cursor;
    let pending = this.fetchPage(this.pageRequest(limit));
    for (;;) {
      const { page } = await pending;
      if (page.hasMore) {
        since = Math.min(since, page.cursor); // a restored server starts the download again from 0
        pending = this.fetchPage({
          ...this.pageRequest(limit),
          epoch: page.epoch,
          cursor: page.cursor,
          since,
          lastMutationId: page.lastMutationId,
        });
      }
      this.applyPage(page);
      pages.push(page);
      if (!page.hasMore) return pages;
    }
  }

  private pageRequest(limit?: number): PullRequest {
    return {
      clientId: this.clientId,
      epoch: this.epoch,
      cursor: this.cursor,
      limit,
      lastMutationId: this.epoch === null ? undefined : this.lastMutationId,
    };
  }

  private async fetchPage(request: PullRequest): Promise<{ status: number; page: PullResponse }> {
    const query = new URLSearchParams(pullQueryParams(request));
    const response = await this.http(`/api/sync/pull?${query}`, { headers: this.headers(false) });
    const text = await response.text();
    if (response.status === 204 && request.epoch !== null) {
      const page: PullResponse = {
        epoch: request.epoch,
        cursor: request.cursor,
        hasMore: false,
        lastMutationId: request.lastMutationId ?? 0,
        serverTime: Date.parse(response.headers.get('date') ?? '') || this.now(),
        changes: [],
      };
      return { status: 204, page };
    }
    if (response.status !== 200) throw new Error(`pull failed: ${response.status} ${text}`);
    return { status: response.status, page: JSON.parse(text) as PullResponse };
  }

  private applyPage(page: PullResponse): void {
    // As the tablet (src/app/sync/apply.ts): each row merged in one go, the clock moved once, past the newest stamp.
    let newest: Hlc | null = null;
    for (const change of page.changes) {
      const writes: FieldWrite[] = [];
      for (const field of Object.keys(change.fields)) {
        // The server's stamps, trusted here as the tablet trusts them once validateChange passed.
        const hlc = packedStamp(change, field) as Hlc;
        if (newest === null || hlc > newest) newest = hlc;
        writes.push({ field, value: change.fields[field] as Json, hlc });
      }
      this.mergeLocal(change.table, change.id, writes);
    }
    if (newest !== null) this.clock = receive(this.clock, newest, this.now());
    this.epoch = page.epoch;
    this.cursor = page.cursor;
    this.prune(page.lastMutationId);
  }

  /** Push everything, then pull everything. */
  async sync(): Promise<void> {
    const pushed = await this.push();
    if (pushed.status !== 200 && pushed.status !== 204) {
      throw new Error(`push failed: ${pushed.status} ${JSON.stringify(pushed.body)}`);
    }
    await this.pull();
  }

  /** The local state as plain data, keys sorted: `{ 'table/id': { field: [value, hlc] } }`. */
  snapshot(): Record<string, Record<string, [Json, string]>> {
    const out: Record<string, Record<string, [Json, string]>> = {};
    for (const key of [...this.rows.keys()].sort()) {
      const row = this.rows.get(key);
      if (!row) continue;
      out[key] = sortedCells(row.state);
    }
    return out;
  }

  /** The plain values of one local row, or undefined. */
  values(table: string, id: string): Record<string, Json> | undefined {
    const row = this.rows.get(`${table}/${id}`);
    if (!row) return undefined;
    return Object.fromEntries(Object.entries(row.state).map(([field, cell]) => [field, cell.value]));
  }
}

/** A row state as plain data, fields sorted: `{ field: [value, hlc] }` (as `snapshot` shows each row). */
export function sortedCells(state: RowState): Record<string, [Json, string]> {
  const fields: Record<string, [Json, string]> = {};
  for (const field of Object.keys(state).sort()) {
    const cell = state[field];
    if (cell) fields[field] = [cell.value, cell.hlc];
  }
  return fields;
}

/** A row state stored by the server (a packed row's JSON text), as `sortedCells` shows it. */
export function storedCells(text: string): Record<string, [Json, string]> {
  return sortedCells(unpackState(JSON.parse(text) as PackedRow));
}

import { MAX_PULL_LIMIT, PullResponse, pullQueryParams } from '../../domain/api/sync.ts';
import type { NodeId } from '../../domain/hlc.ts';
import type { AppDb } from '../db.ts';
import { applyPulledPage } from './apply.ts';
import { callJson, type HttpFailure, type HttpOptions } from './http.ts';
import { readCursor, readEpoch, readLastMutationId, readSince } from './state.ts';

export type PullOutcome =
  | { type: 'done'; rows: number }
  | { type: 'epoch-changed'; epoch: string; lastMutationId: number }
  | HttpFailure;

// The server's largest page: a first download of 1,000 inspections (41,000 rows, 1.5 MB gzipped) is 9 requests
// instead of 41, and a page of 5,000 rows is still one quick Dexie transaction.
const PAGE = MAX_PULL_LIMIT;

/** Where the next page starts, as the device would read it back after applying the page before. */
interface PageRequest {
  epoch: string | null;
  cursor: number;
  /** Where this download began (PullRequest.since). */
  since: number;
  lastMutationId: number | null;
}

function requestPage(
  http: HttpOptions,
  clientId: NodeId,
  request: PageRequest,
  pageSize: number,
  signal?: AbortSignal,
) {
  const query = new URLSearchParams(
    pullQueryParams({
      clientId,
      epoch: request.epoch,
      cursor: request.cursor,
      // The server starts from the cursor when `since` is left out.
      since: request.since === request.cursor ? undefined : request.since,
      limit: pageSize,
      lastMutationId: request.lastMutationId ?? undefined,
    }),
  );
  return callJson<unknown>(http, 'GET', `/api/sync/pull?${query}`, undefined, { signal });
}

/**
 * Pulls every page after the stored cursor; each page is applied in its own transaction. The pull names the
 * lastMutationId of the last answer, so one with nothing new is a 204 with no body that changes nothing.
 *
 * The next page is asked for as soon as a page has arrived, before that page is applied: its request is
 * known by then (the page's cursor, epoch and lastMutationId, and the download's start, which is what the
 * device reads back once the page is written), so the server reads and sends page k+1 while the device
 * writes page k, and a long download on office Wi-Fi pays one round trip instead of one per page. A page
 * that fails to apply cancels the request ahead of it; a request ahead that fails leaves the pages before it
 * applied, as a failure between pages always did.
 */
export async function pullChanges(
  db: AppDb,
  http: HttpOptions,
  clientId: NodeId,
  onProgress?: (rows: number) => void,
  pageSize: number = PAGE,
): Promise<PullOutcome> {
  let rows = 0;
  const epoch = await readEpoch(db);
  const cursor = await readCursor(db);
  // A download interrupted half-way resumes with the start it had, so no row misses older fields.
  const since = (await readSince(db)) ?? cursor;
  const lastMutationId = epoch === null ? null : await readLastMutationId(db);
  let pending = requestPage(http, clientId, { epoch, cursor, since, lastMutationId }, pageSize);
  // The epoch the device holds when the answer arrives: its stored one, then each applied page's.
  let held = epoch;
  for (;;) {
    const result = await pending;
    if (!result.ok) return result;
    // Nothing new: the cursor, epoch and lastMutationId stored are still right, nothing to write.
    if (result.status === 204) return { type: 'done', rows };
    const page = PullResponse.parse(result.data);
    if (held !== null && page.epoch !== held) {
      return { type: 'epoch-changed', epoch: page.epoch, lastMutationId: page.lastMutationId };
    }
    const ahead = new AbortController();
    if (page.hasMore) {
      const next = { epoch: page.epoch, cursor: page.cursor, since, lastMutationId: page.lastMutationId };
      pending = requestPage(http, clientId, next, pageSize, ahead.signal);
    }
    try {
      rows += await applyPulledPage(db, { ...page, since: page.hasMore ? since : null });
    } catch (error) {
      ahead.abort();
      pending.catch(() => undefined); // its AbortError is expected, and nobody waits for it now
      throw error;
    }
    held = page.epoch;
    onProgress?.(rows);
    if (!page.hasMore) return { type: 'done', rows };
  }
}

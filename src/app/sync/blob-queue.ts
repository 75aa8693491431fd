import type { AppDb } from '../db.ts';
import type { HttpFailure, HttpOptions } from './http.ts';
import { readResponse } from './http.ts';

export type BlobOutcome =
  | { type: 'done'; uploaded: number; downloaded: number; failed: number }
  | HttpFailure;

/** Downloads per sync run are bounded so a first sync of the office PC shows progress and ends. */
const MAX_DOWNLOADS_PER_RUN = 200;

function blobRequest(http: HttpOptions, method: string, sha256: string, body?: Blob): Promise<Response> {
  const headers: Record<string, string> = {};
  if (http.token) headers.authorization = `Bearer ${http.token}`;
  if (body) headers['content-type'] = body.type || 'application/octet-stream';
  return (http.fetch ?? fetch)(new URL(`/api/blobs/${sha256}`, http.baseUrl), { method, headers, body });
}

/**
 * Photos in flight at once. Each upload is a HEAD and, when the server lacks the photo, a PUT: one at a time,
 * a tablet back with 40 photos on office Wi-Fi (50 ms a round trip) spent 4 s in round trips alone. Browsers
 * open up to six connections to a host; four leave room for the row sync and the app's own requests.
 */
export const BLOB_CONCURRENCY = 4;

const OFFLINE: HttpFailure = {
  ok: false,
  reason: 'offline',
  message: 'Không kết nối được máy chủ để gửi ảnh.',
};

/** What a task of `eachLimited` may ask of its queue. */
interface QueueControl {
  /** Whether the queue has stopped: a task between two requests sends no more. */
  readonly stopped: boolean;
  /**
   * Stops the queue at once and returns the failure `response` carries. Called as soon as a refusal arrives,
   * before its body is read: a worker finishing meanwhile would otherwise take a new photo, and one between
   * its HEAD and PUT would still send it.
   */
  refuse(response: Response): Promise<HttpFailure>;
}

/**
 * Runs `task` over `items`, at most `limit` at a time. A task that refuses (`QueueControl.refuse`) or returns
 * a failure, or whose request throws (the link dropped: `offline`), stops the others from taking new items
 * (those in flight finish); the first failure is returned. An abort is thrown as it is.
 */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, queue: QueueControl) => Promise<HttpFailure | undefined>,
): Promise<HttpFailure | undefined> {
  let next = 0;
  let failure: HttpFailure | undefined;
  let stopped = false;
  const queue: QueueControl = {
    get stopped() {
      return stopped || failure !== undefined;
    },
    refuse(response) {
      stopped = true;
      return readResponse(response) as Promise<HttpFailure>; // a refused status: never ok
    },
  };
  const worker = async () => {
    while (!queue.stopped && next < items.length) {
      const item = items[next++] as T;
      try {
        // Awaited first: `failure ??= await …` would test `failure` before the await and then overwrite a
        // failure another worker set meanwhile with this task's undefined.
        const outcome = await task(item, queue);
        failure ??= outcome;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') throw error;
        failure ??= OFFLINE;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return failure;
}

/**
 * The photo queue, beside the row sync: each image waiting on this device is offered by hash
 * (HEAD), sent only when the server lacks it (PUT, which the server verifies against the hash), and
 * marked uploaded when the server has it. Images other devices took are fetched for display and
 * printing. A refused upload (too big, wrong type) is kept with its reason, never dropped. Up to
 * BLOB_CONCURRENCY photos move at once.
 */
export async function syncBlobs(
  db: AppDb,
  http: HttpOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<BlobOutcome> {
  const waiting = await db.blobs.where('uploaded').equals(0).toArray();
  let uploaded = 0;
  let failed = 0;
  const upload = await eachLimited(waiting, BLOB_CONCURRENCY, async (item, queue) => {
    const head = await blobRequest(http, 'HEAD', item.sha256);
    if (head.status === 401) return queue.refuse(head);
    let ok = head.ok;
    if (head.status === 404) {
      if (queue.stopped) return undefined; // another photo was refused meanwhile: this one waits too
      const put = await blobRequest(http, 'PUT', item.sha256, item.blob);
      if (put.status === 401 || put.status >= 500) return queue.refuse(put);
      ok = put.ok;
      if (!ok) {
        const failure = await readResponse(put);
        await db.blobs.update(item.sha256, { lastError: failure.ok ? 'unknown' : failure.message });
        failed += 1;
      }
    } else if (!head.ok && head.status >= 500) {
      return queue.refuse(head);
    }
    if (ok) {
      await db.blobs.update(item.sha256, { uploaded: 1, lastError: undefined });
      uploaded += 1;
    }
    onProgress?.(uploaded + failed, waiting.length);
    return undefined;
  });
  if (upload) return upload;

  const wanted = await missingBlobs(db);
  let downloaded = 0;
  const download = await eachLimited(
    wanted.slice(0, MAX_DOWNLOADS_PER_RUN),
    BLOB_CONCURRENCY,
    async (sha256, queue) => {
      const response = await blobRequest(http, 'GET', sha256);
      if (response.status === 401) return queue.refuse(response);
      if (!response.ok) return undefined; // not uploaded yet by its device ("ảnh chưa tải lên")
      const blob = await response.blob();
      await db.blobs.put({
        sha256,
        blob,
        mime: blob.type,
        size: blob.size,
        uploaded: 1,
        createdAt: new Date().toISOString(),
      });
      downloaded += 1;
      return undefined;
    },
  );
  if (download) return download;
  return { type: 'done', uploaded, downloaded, failed };
}

/** Hashes that rows on this device point to but whose bytes are not here. */
export async function missingBlobs(db: AppDb): Promise<string[]> {
  const wanted = new Set<string>();
  await db.evidence.each((row) => {
    if (!row.deleted) wanted.add(row.sha256);
  });
  await db.signatures.each((row) => {
    if (!row.deleted) wanted.add(row.sha256);
  });
  const have = await db.blobs.bulkGet([...wanted]);
  return [...wanted].filter((_, index) => have[index] === undefined);
}

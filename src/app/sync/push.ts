import { MAX_MUTATIONS_PER_PUSH, MAX_PUSH_BYTES, PushResponse, pushBodyText } from '../../domain/api/sync.ts';
import type { NodeId } from '../../domain/hlc.ts';
import { claimedUpTo, META, setClaimedUpTo, writeMeta } from '../data/meta.ts';
import { type AppDb, type OutboxEntry, SYNCED_TABLES } from '../db.ts';
import { callJson, type HttpFailure, type HttpOptions, JsonText } from './http.ts';
import { restampRefused } from './restamp.ts';
import { addRejections, readEpoch, SYNC_META } from './state.ts';

export type PushOutcome =
  | { type: 'done'; pushed: number; rejected: number }
  | { type: 'epoch-changed'; epoch: string; lastMutationId: number }
  | HttpFailure;

// Leave room for the envelope.
const BATCH_BYTES = Math.floor(MAX_PUSH_BYTES * 0.8);

const encoder = new TextEncoder();
let scratch = new Uint8Array(64 * 1024);

/**
 * The UTF-8 size of a text, which is what the server's body limit counts: a Vietnamese note takes up to
 * three bytes a character (ữ, ộ), so the length of a JSON text can understate its body by half or more.
 * Encoded into one reused buffer: 6× faster than counting in a loop over a first upload's 17 MB.
 */
export function utf8Length(text: string): number {
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  return encoder.encodeInto(text, scratch).written;
}

/**
 * Takes the oldest outbox entries that fit one request, each with its JSON text (which sized the batch and
 * becomes the body), and marks them claimed in the same transaction, so the write path stops folding new
 * keystrokes into an entry already on its way.
 */
async function claimBatch(db: AppDb): Promise<{ batch: OutboxEntry[]; texts: string[] }> {
  return db.transaction('rw', [db.outbox, db.meta], async () => {
    const entries = await db.outbox.orderBy('mutationId').limit(MAX_MUTATIONS_PER_PUSH).toArray();
    const batch: OutboxEntry[] = [];
    const texts: string[] = [];
    let bytes = 0;
    for (const entry of entries) {
      const text = JSON.stringify({ mutationId: entry.mutationId, ops: entry.ops });
      const size = utf8Length(text) + 1;
      if (batch.length > 0 && bytes + size > BATCH_BYTES) break;
      batch.push(entry);
      texts.push(text);
      bytes += size;
    }
    const last = batch.at(-1);
    if (last && last.mutationId > (await claimedUpTo(db))) await setClaimedUpTo(db, last.mutationId);
    return { batch, texts };
  });
}

/**
 * Pushes the whole outbox in batches. The server applies each mutation once (ids it has seen are
 * skipped), so a batch whose answer was lost is simply sent again; entries leave the outbox only
 * when the server's `lastMutationId` covers them.
 */
export async function pushOutbox(
  db: AppDb,
  http: HttpOptions,
  clientId: NodeId,
  onProgress?: (pushed: number) => void,
): Promise<PushOutcome> {
  let pushed = 0;
  let rejected = 0;
  for (;;) {
    const { batch, texts } = await claimBatch(db);
    if (batch.length === 0) return { type: 'done', pushed, rejected };
    const epoch = await readEpoch(db);
    const body = new JsonText(pushBodyText(clientId, epoch, texts));
    const sentAt = Date.now();
    const result = await callJson<unknown>(http, 'POST', '/api/sync/push', body);
    if (!result.ok) {
      if (result.reason === 'rejected' && result.code === 'epoch-mismatch') {
        return {
          type: 'epoch-changed',
          epoch: String(result.body.epoch ?? ''),
          lastMutationId: Number(result.body.lastMutationId ?? 0),
        };
      }
      if (result.reason === 'rejected' && result.code === 'mutation-gap') {
        // The server lost mutations it had acknowledged (a restore): resend everything. A device that never
        // had an answer takes the epoch the refusal names (an empty one would be refused by every request).
        return {
          type: 'epoch-changed',
          epoch: epoch ?? String(result.body.epoch ?? ''),
          lastMutationId: Number(result.body.lastMutationId ?? 0),
        };
      }
      return result;
    }
    const answer = PushResponse.parse(result.data);
    const lastSent = batch.at(-1)?.mutationId ?? 0;
    if (answer.lastMutationId < lastSent) {
      // Cannot happen with a correct server; stop rather than resend the same batch forever.
      return {
        ok: false,
        reason: 'server',
        status: 200,
        message: 'Máy chủ chưa xác nhận các thay đổi đã gửi.',
      };
    }
    // Refused only because the tablet's date ran ahead: sent again with the server's time, not lost.
    const drifted = new Set(
      answer.rejected.filter((r) => r.error === 'clock-drift').map((r) => r.mutationId),
    );
    const tables = drifted.size > 0 ? SYNCED_TABLES.map((table) => db.synced(table)) : [];
    await db.transaction('rw', [db.outbox, db.meta, ...tables], async () => {
      await db.outbox.where('mutationId').belowOrEqual(answer.lastMutationId).delete();
      const now = new Date().toISOString();
      await addRejections(
        db,
        answer.rejected
          .filter((r) => !drifted.has(r.mutationId))
          .map((r) => ({ mutationId: r.mutationId, error: r.error, message: r.message, at: now })),
      );
      if (drifted.size > 0) {
        const refused = batch.filter((entry) => drifted.has(entry.mutationId));
        await restampRefused(db, refused, answer.serverTime);
      }
      if (epoch === null) await writeMeta(db, SYNC_META.epoch, answer.epoch);
      await writeMeta(db, SYNC_META.lastMutationId, answer.lastMutationId);
      await writeMeta(db, META.serverOffsetMs, answer.serverTime - Math.round((sentAt + Date.now()) / 2));
    });
    pushed += batch.length - drifted.size;
    rejected += answer.rejected.length - drifted.size;
    onProgress?.(pushed);
  }
}

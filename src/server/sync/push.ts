import type { Insertable, Kysely } from 'kysely';
import type { Mutation, PushRequest, PushResponse, Rejection } from '../../domain/api/sync.ts';
import { checkDrift } from '../../domain/hlc.ts';
import { applyOps } from '../../domain/merge.ts';
import { validateWrite } from '../../domain/sync-tables.ts';
import { ApiError } from '../errors.ts';
import type { Caller } from '../middleware/auth.ts';
import { reusableQuery } from '../store/reusable-query.ts';
import type { Database } from '../store/schema.ts';
import type { Store } from '../store/store.ts';
import { authorizeWrite, childInspectionId } from './access.ts';
import { insertConflicts, type RowConflict } from './conflicts.ts';
import { readSyncHead } from './head.ts';
import { RowOverlay, RowSet } from './row-set.ts';
import { lockSeq, storeSeq } from './seq.ts';

/**
 * Applies a push in ONE transaction (sync-research.md §2.3): mutations already applied are skipped, a gap
 * is refused, each new mutation is applied whole or rejected whole (recorded, and the client's queue still
 * moves on), every op merges field by field by last-writer-wins, overwritten values become conflict
 * records, every mutation is kept as the audit log, and `last_mutation_id` advances with the effects. The
 * transaction commits before the answer is sent (and SQLite runs with synchronous=FULL), so anything the
 * client sees acknowledged survives a crash; a crash before commit leaves nothing, and the retry applies it.
 */
export async function applyPush(store: Store, caller: Caller, push: PushRequest): Promise<PushResponse> {
  return store.db.transaction().execute(async (trx) => {
    const base = await lockSeq(trx);
    // After the lock: the client's last mutation id is read as the previous writer committed it.
    const { epoch, lastMutationId: last } = await readSyncHead(trx, caller, push.clientId);
    const now = Date.now();
    if (push.epoch !== null && push.epoch !== epoch) {
      throw new ApiError(
        409,
        'epoch-mismatch',
        'Dữ liệu máy chủ đã được khôi phục từ bản sao lưu; thiết bị sẽ đồng bộ lại từ đầu.',
        { epoch, lastMutationId: last },
      );
    }
    const fresh = push.mutations.filter((m) => m.mutationId > last);
    const first = fresh[0];
    if (!first) return { epoch, lastMutationId: last, rejected: [], serverTime: now };
    if (first.mutationId > last + 1) {
      throw new ApiError(
        409,
        'mutation-gap',
        'Máy chủ chưa nhận đủ các thay đổi trước đó; thiết bị sẽ gửi lại.',
        {
          epoch,
          lastMutationId: last,
        },
      );
    }

    const rows = new RowSet(trx, store);
    await preload(rows, fresh);
    const receivedAt = new Date(now).toISOString();
    const rejected: Rejection[] = [];
    const conflicts: RowConflict[] = [];
    const audit: Insertable<Database['sync_mutations']>[] = [];
    for (const mutation of fresh) {
      const outcome = applyMutation(rows, caller, mutation, now);
      const status = 'error' in outcome ? 'rejected' : 'applied';
      if ('error' in outcome) {
        rejected.push({ mutationId: mutation.mutationId, error: outcome.error, message: outcome.message });
      } else {
        for (const c of outcome.conflicts) conflicts.push({ ...c, mutationId: mutation.mutationId });
      }
      audit.push({
        client_id: push.clientId,
        mutation_id: mutation.mutationId,
        user_id: caller.user.id,
        device_id: caller.deviceId,
        received_at: receivedAt,
        ops: JSON.stringify(mutation.ops),
        status,
      });
    }

    const widened = await rows.writeAccess();
    await rows.resequenceInspections(widened);
    await storeSeq(trx, await rows.write(base));
    await insertConflicts(trx, conflicts, {
      userId: caller.user.id,
      clientId: push.clientId,
      at: receivedAt,
    });
    for (let i = 0; i < audit.length; i += 500) {
      await trx
        .insertInto('sync_mutations')
        .values(audit.slice(i, i + 500))
        .execute();
    }
    if (rejected.length > 0) {
      await trx
        .insertInto('sync_rejections')
        .values(
          rejected.map((r) => ({
            client_id: push.clientId,
            mutation_id: r.mutationId,
            error: r.error,
            message: r.message,
            created_at: receivedAt,
          })),
        )
        .execute();
    }
    const lastMutationId = fresh.at(-1)?.mutationId ?? last;
    await advanceClient(trx, push.clientId, caller.user.id, caller.deviceId, lastMutationId, receivedAt);
    return { epoch, lastMutationId, rejected, serverTime: now };
  });
}

/** Records how far the server has applied a client's mutations (run by every push that applies one). */
const advanceClient = reusableQuery(
  (
    db: Kysely<Database>,
    clientId: string,
    userId: string,
    deviceId: string,
    lastMutationId: number,
    updatedAt: string,
  ) =>
    db
      .insertInto('sync_clients')
      .values({
        client_id: clientId,
        user_id: userId,
        device_id: deviceId,
        last_mutation_id: lastMutationId,
        updated_at: updatedAt,
      })
      .onConflict((oc) =>
        oc.column('client_id').doUpdateSet({ last_mutation_id: lastMutationId, updated_at: updatedAt }),
      ),
  ['\u0000client', '\u0000user', '\u0000device', Number.MIN_SAFE_INTEGER, '\u0000at'],
);

/** Loads every row the mutations write, and the inspections their children belong to, in two rounds. */
async function preload(rows: RowSet, mutations: readonly Mutation[]): Promise<void> {
  const keys: [string, string][] = [];
  const inspections = new Set<string>();
  for (const mutation of mutations) {
    for (const write of mutation.ops) {
      keys.push([write.table, write.id]);
      if (write.table === 'inspections') continue;
      const colon = write.id.indexOf(':');
      if (colon > 0) inspections.add(write.id.slice(0, colon));
      const declared = Object.hasOwn(write.fields, 'inspectionId') ? write.fields.inspectionId : undefined;
      if (typeof declared === 'string') inspections.add(declared);
    }
  }
  await rows.load([...keys, ...[...inspections].map((id) => ['inspections', id] as const)]);
  const parents: [string, string][] = [];
  for (const row of rows.rows.values()) {
    if (row.inspectionId !== null && row.table !== 'inspections')
      parents.push(['inspections', row.inspectionId]);
  }
  await rows.load(parents);
}

type RowConflictDraft = Omit<RowConflict, 'mutationId'>;

/** Checks and merges one mutation into an overlay; folds it in only if every op passed. */
function applyMutation(
  rows: RowSet,
  caller: Caller,
  mutation: Mutation,
  now: number,
): { conflicts: RowConflictDraft[] } | Omit<Rejection, 'mutationId'> {
  const overlay = new RowOverlay(rows);
  const conflicts: RowConflictDraft[] = [];
  for (const write of mutation.ops) {
    const checked = validateWrite(write);
    if (!checked.ok) return { error: checked.error, message: checked.message };
    const { table, ops } = checked;
    const hlc = ops[0]?.hlc; // a row write has at least one field, all under one stamp
    if (hlc === undefined) return { error: 'unknown-table', message: `Bảng không tồn tại: ${table}` };
    const drift = checkDrift(hlc, now);
    if (!drift.ok) return { error: drift.error, message: drift.message };
    const refusal = authorizeWrite(caller.user, table, write, overlay);
    if (refusal) return refusal;
    const parent =
      table === 'inspections' ? { inspectionId: write.id } : childInspectionId(table, write, overlay);
    const row = overlay.edit(table, write.id, {
      inspectionId: 'inspectionId' in parent ? parent.inspectionId : null,
      createdBy: caller.user.id,
    });
    const merged = applyOps(row.state, ops);
    row.state = merged.state;
    for (const field of merged.changed) row.changed.add(field);
    for (const conflict of merged.conflicts) conflicts.push({ table, id: write.id, ...conflict });
  }
  overlay.commit();
  return { conflicts };
}

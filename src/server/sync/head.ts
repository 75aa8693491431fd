import type { Kysely } from 'kysely';
import { ApiError } from '../errors.ts';
import type { Caller } from '../middleware/auth.ts';
import { reusableQuery } from '../store/reusable-query.ts';
import type { Database } from '../store/schema.ts';

/** What a push or a pull needs to know before anything else, read in one statement. */
export interface SyncHead {
  /** The server epoch (migration 0001_init). */
  epoch: string;
  /** The pull cursor's committed high-water mark (seq.ts). */
  highWater: number;
  /** The last mutation of this client the server has applied or rejected; 0 before its first push. */
  lastMutationId: number;
}

const headQuery = reusableQuery(
  (db: Kysely<Database>, clientId: string) => {
    const client = db.selectFrom('sync_clients').where('client_id', '=', clientId);
    return db.selectNoFrom((eb) => [
      eb.selectFrom('server_meta').select('value').where('key', '=', 'epoch').as('epoch'),
      eb.selectFrom('sync_seq').select('value').where('id', '=', 1).as('high_water'),
      client.select('user_id').as('user_id'),
      client.select('last_mutation_id').as('last_mutation_id'),
    ]);
  },
  ['\u0000client-id'],
);

/**
 * Reads the epoch, the high-water mark and the client's last mutation id in ONE statement: one snapshot on
 * either engine (a single statement is, even outside a transaction), and one round trip instead of three,
 * which is most of what a sync with nothing to do costs the server. A client id that another account
 * already uses is refused with 403 `forbidden`.
 */
export async function readSyncHead(
  db: Kysely<Database>,
  caller: Caller,
  clientId: string,
): Promise<SyncHead> {
  const [row] = await headQuery(db, clientId);
  if (!row) throw new Error('the sync head query returned no row');
  if (row.user_id !== null && row.user_id !== caller.user.id) {
    throw new ApiError(403, 'forbidden', 'Mã đồng bộ của thiết bị này thuộc về một tài khoản khác.');
  }
  if (row.epoch === null) throw new Error('server_meta has no epoch: the database was not migrated');
  return {
    epoch: row.epoch,
    // PostgreSQL returns bigint columns as text.
    highWater: Number(row.high_water ?? 0),
    lastMutationId: Number(row.last_mutation_id ?? 0),
  };
}

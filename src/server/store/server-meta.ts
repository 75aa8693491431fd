import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** The server epoch written by migration 0001_init (see there for what it means to clients). */
export async function readServerEpoch(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom('server_meta')
    .select('value')
    .where('key', '=', 'epoch')
    .executeTakeFirstOrThrow();
  return row.value;
}

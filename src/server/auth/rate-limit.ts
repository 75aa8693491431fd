import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';

/**
 * Failed logins, counted per username and per client address over a sliding window. They are rows in the
 * database, not process memory, so several server instances share the count and a restart does not reset it.
 */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_LOGIN_FAILURES = 5;

/** The rate-limit keys of a login attempt. */
export function loginKeys(username: string, address: string): string[] {
  return [`user:${username}`, `ip:${address}`];
}

/**
 * Seconds until another attempt is allowed under every key, or 0 when one is allowed now. Also drops
 * failures older than the window (keeps the table small).
 */
export async function loginRetryAfter(db: Kysely<Database>, keys: string[], nowMs: number): Promise<number> {
  const since = nowMs - LOGIN_WINDOW_MS;
  await db.deleteFrom('login_failures').where('at_ms', '<=', since).execute();
  let waitMs = 0;
  for (const key of keys) {
    const recent = await db
      .selectFrom('login_failures')
      .select('at_ms')
      .where('key', '=', key)
      .where('at_ms', '>', since)
      .orderBy('at_ms', 'desc')
      .limit(MAX_LOGIN_FAILURES)
      .execute();
    const oldest = recent[MAX_LOGIN_FAILURES - 1];
    if (oldest) waitMs = Math.max(waitMs, Number(oldest.at_ms) + LOGIN_WINDOW_MS - nowMs);
  }
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}

/** Records one failed attempt under each key. */
export async function recordLoginFailure(db: Kysely<Database>, keys: string[], nowMs: number): Promise<void> {
  await db
    .insertInto('login_failures')
    .values(keys.map((key) => ({ key, at_ms: nowMs })))
    .execute();
}

/** Forgets the failures of a key (a successful login clears its username's count). */
export async function clearLoginFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}

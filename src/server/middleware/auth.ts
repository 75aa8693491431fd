import type { MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import { bearerToken } from '../../domain/api/auth.ts';
import type { UserRow } from '../../domain/schemas/user.ts';
import { toUserRow } from '../auth/accounts.ts';
import { tokenHash } from '../auth/tokens.ts';
import { ApiError } from '../errors.ts';
import { reusableQuery } from '../store/reusable-query.ts';
import type { Database } from '../store/schema.ts';
import type { Store } from '../store/store.ts';

/** Who is calling: the account and the device token it signed in with. */
export interface Caller {
  user: UserRow;
  deviceId: string;
}

/** Hono variables set by `deviceAuth`; routes behind it declare `new Hono<AuthEnv>()`. */
export interface AuthEnv {
  Variables: { caller: Caller };
}

/** Seen-at times are written at most this often per device, so an active tablet does not write on every call. */
const LAST_SEEN_EVERY_MS = 60_000;

/** The device a token hash belongs to, with its account (run on every authenticated request). */
const deviceByTokenHash = reusableQuery(
  (db: Kysely<Database>, hash: string) =>
    db
      .selectFrom('devices')
      .innerJoin('users', 'users.id', 'devices.user_id')
      .select([
        'devices.id as device_id',
        'devices.revoked_at',
        'devices.last_seen_at',
        'users.id',
        'users.username',
        'users.display_name',
        'users.role',
        'users.disabled',
      ])
      .where('devices.token_hash', '=', hash),
  ['\u0000token-hash'],
);

const unauthorized = () =>
  new ApiError(401, 'unauthorized', 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.');

/**
 * Requires `Authorization: Bearer <device token>`. Missing, malformed or unknown → 401 `unauthorized`;
 * revoked → 401 `token-revoked`; the account disabled → 403 `account-disabled`. Sets `c.var.caller`.
 * @example
 * const sync = new Hono<AuthEnv>();
 * sync.use('*', deviceAuth({ store }));
 */
export function deviceAuth({ store }: { store: Store }): MiddlewareHandler<AuthEnv> {
  return async function deviceAuth(c, next) {
    const token = bearerToken(c.req.header('authorization'));
    if (token === null) throw unauthorized();
    const [row] = await deviceByTokenHash(store.db, tokenHash(token));
    if (!row) throw unauthorized();
    if (row.revoked_at !== null) {
      throw new ApiError(
        401,
        'token-revoked',
        'Thiết bị này đã bị thu hồi quyền truy cập. Vui lòng đăng nhập lại.',
      );
    }
    if (row.disabled === 1) {
      throw new ApiError(403, 'account-disabled', 'Tài khoản đã bị khóa. Vui lòng liên hệ Văn phòng Sở.');
    }
    const now = Date.now();
    if (row.last_seen_at === null || now - Date.parse(row.last_seen_at) > LAST_SEEN_EVERY_MS) {
      await store.db
        .updateTable('devices')
        .set({ last_seen_at: new Date(now).toISOString() })
        .where('id', '=', row.device_id)
        .execute();
    }
    c.set('caller', { user: toUserRow(row), deviceId: row.device_id });
    await next();
  };
}

/**
 * Lets only admins (the office) through; everyone else gets 403 `forbidden`. Mount after `deviceAuth`.
 */
export function requireAdmin(): MiddlewareHandler<AuthEnv> {
  return async function requireAdmin(c, next) {
    if (c.var.caller.user.role !== 'admin') {
      throw new ApiError(403, 'forbidden', 'Chỉ Văn phòng Sở được thực hiện thao tác này.');
    }
    await next();
  };
}

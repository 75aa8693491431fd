import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { DeviceId, LoginRequest, type LoginResponse } from '../../domain/api/auth.ts';
import { newId } from '../../domain/ids.ts';
import { findUserByUsername, toUserRow } from '../auth/accounts.ts';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../auth/passwords.ts';
import { clearLoginFailures, loginKeys, loginRetryAfter, recordLoginFailure } from '../auth/rate-limit.ts';
import { newToken, tokenHash } from '../auth/tokens.ts';
import { ApiError } from '../errors.ts';
import { type AuthEnv, deviceAuth } from '../middleware/auth.ts';
import type { Store } from '../store/store.ts';
import { parseJson } from '../validate.ts';

const invalidCredentials = () =>
  new ApiError(401, 'invalid-credentials', 'Tên đăng nhập hoặc mật khẩu không đúng.');

/**
 * The client's address for the rate limit: the socket's peer, which a client cannot forge; 'local' for
 * in-process requests. Behind a reverse proxy every socket is the proxy's, so with `trustProxy` the first
 * X-Forwarded-For entry is used instead. The proxy must then be the only way in and must overwrite the
 * header with the peer it sees (Caddy does by default; nginx: `proxy_set_header X-Forwarded-For
 * $remote_addr`): a proxy that appends keeps whatever first entry the client sent, which it can forge.
 */
function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const first = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (first) return first;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local'; // app.request() in tests has no socket
  }
}

/**
 * `POST /api/auth/login` (public), `GET /api/auth/me`, `POST /api/auth/logout`. A login issues a new device
 * token; an unknown user and a wrong password get the same 401 after the same work; five failures in
 * fifteen minutes for a username or an address → 429 with Retry-After.
 */
export function authRoutes({
  store,
  trustProxy = false,
}: {
  store: Store;
  trustProxy?: boolean;
}): Hono<AuthEnv> {
  const auth = new Hono<AuthEnv>();

  auth.post('/login', async (c) => {
    const login = await parseJson(c, LoginRequest);
    const keys = loginKeys(login.username, clientAddress(c, trustProxy));
    const retryAfter = await loginRetryAfter(store.db, keys, Date.now());
    if (retryAfter > 0) {
      const body = {
        error: 'rate-limited',
        message: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
        retryAfterSeconds: retryAfter,
      };
      return c.json(body, 429, { 'Retry-After': String(retryAfter) });
    }
    const user = await findUserByUsername(store.db, login.username);
    const matches = await verifyPassword(login.password, user?.password_hash ?? (await DUMMY_PASSWORD_HASH));
    if (!user || !matches) {
      await recordLoginFailure(store.db, keys, Date.now());
      throw invalidCredentials();
    }
    if (user.disabled === 1) {
      throw new ApiError(403, 'account-disabled', 'Tài khoản đã bị khóa. Vui lòng liên hệ Văn phòng Sở.');
    }
    await clearLoginFailures(store.db, keys[0] ?? '');
    const token = newToken();
    const deviceId = DeviceId.parse(newId());
    await store.db
      .insertInto('devices')
      .values({
        id: deviceId,
        user_id: user.id,
        device_name: login.deviceName,
        token_hash: tokenHash(token),
        created_at: new Date().toISOString(),
        last_seen_at: null,
        revoked_at: null,
      })
      .execute();
    const answer: LoginResponse = { token, deviceId, user: toUserRow(user) };
    return c.json(answer, 200);
  });

  auth.use('/me', deviceAuth({ store }));
  auth.use('/logout', deviceAuth({ store }));

  auth.get('/me', (c) => c.json({ user: c.var.caller.user, deviceId: c.var.caller.deviceId }));

  auth.post('/logout', async (c) => {
    await store.db
      .updateTable('devices')
      .set({ revoked_at: new Date().toISOString() })
      .where('id', '=', c.var.caller.deviceId)
      .execute();
    return c.body(null, 204);
  });

  return auth;
}

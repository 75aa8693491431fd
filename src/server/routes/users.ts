import { Hono } from 'hono';
import { z } from 'zod';
import { CreateUserRequest, UpdateUserRequest } from '../../domain/api/auth.ts';
import { UserId } from '../../domain/ids.ts';
import { createUser, listUsers, UsernameTakenError, updateUser } from '../auth/accounts.ts';
import { ApiError } from '../errors.ts';
import { type AuthEnv, deviceAuth, requireAdmin } from '../middleware/auth.ts';
import type { Store } from '../store/store.ts';
import { parseJson, parseParams } from '../validate.ts';

const UserParams = z.strictObject({ id: UserId });

const notFound = () => new ApiError(404, 'not-found', 'Không tìm thấy tài khoản.');

/** `GET/POST /api/users`, `PATCH /api/users/:id`: accounts, for admins only. */
export function userRoutes({ store }: { store: Store }): Hono<AuthEnv> {
  const users = new Hono<AuthEnv>();
  users.use('*', deviceAuth({ store }), requireAdmin());

  users.get('/', async (c) => c.json({ users: await listUsers(store.db) }));

  users.post('/', async (c) => {
    const request = await parseJson(c, CreateUserRequest);
    try {
      return c.json(await createUser(store.db, request), 201);
    } catch (err) {
      if (err instanceof UsernameTakenError) {
        throw new ApiError(409, 'username-taken', 'Tên đăng nhập này đã có người dùng.');
      }
      throw err;
    }
  });

  users.patch('/:id', async (c) => {
    const { id } = parseParams(c, UserParams);
    const patch = await parseJson(c, UpdateUserRequest);
    const self = c.var.caller.user;
    if (id === self.id && (patch.disabled === true || (patch.role !== undefined && patch.role !== 'admin'))) {
      // The office would lock itself out: another admin has to do it.
      throw new ApiError(409, 'self-lockout', 'Không thể tự khóa hoặc tự bỏ quyền quản trị của chính mình.');
    }
    const updated = await updateUser(store.db, id, patch);
    if (!updated) throw notFound();
    return c.json(updated);
  });

  return users;
}

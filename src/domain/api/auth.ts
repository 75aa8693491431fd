import { z } from 'zod';
import { IsoDateTime } from '../dates.ts';
import { InspectionId, UserId } from '../ids.ts';
import { MAX_LIST_ITEMS, Name } from '../schemas/limits.ts';
import { Password, Username, UserRole, UserRow } from '../schemas/user.ts';

/**
 * Accounts and device tokens. Each signed-in tablet or PC holds its own bearer token, so the office can
 * revoke one lost tablet without signing everyone else out.
 */

/** A bearer token as issued by the server (random bytes in base64url). */
export const Token = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/, 'malformed token');
export type Token = z.infer<typeof Token>;

/** Id of one device's token (what the office sees and revokes; never the token itself). */
export const DeviceId = z.uuid({ version: 'v7' }).brand<'DeviceId'>();
export type DeviceId = z.infer<typeof DeviceId>;

/**
 * `POST /api/auth/login`. The username is trimmed and lower-cased first, because tablet keyboards capitalise
 * the first letter; the password is not checked against the creation rules (a wrong one is simply wrong).
 */
export const LoginRequest = z.strictObject({
  username: z
    .string()
    .max(100)
    .transform((s) => s.trim().toLowerCase()),
  password: z.string().min(1).max(200),
  deviceName: Name,
});
export type LoginRequest = z.input<typeof LoginRequest>;

/** Answer to a successful login. */
export const LoginResponse = z.object({ token: Token, deviceId: DeviceId, user: UserRow });
export type LoginResponse = z.infer<typeof LoginResponse>;

/** `POST /api/users` (admin): a new account. */
export const CreateUserRequest = z.strictObject({
  username: Username,
  displayName: Name,
  password: Password,
  role: UserRole,
});
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

/** `PATCH /api/users/:id` (admin): change some of an account's fields; at least one. */
export const UpdateUserRequest = z
  .strictObject({
    displayName: Name.optional(),
    role: UserRole.optional(),
    disabled: z.boolean().optional(),
    password: Password.optional(),
  })
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), 'Không có thay đổi nào');
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;

/** `GET /api/users` (admin). */
export const UserList = z.object({ users: z.array(UserRow) });
export type UserList = z.infer<typeof UserList>;

/** `PUT /api/inspections/:id/assignees` (admin): who works on an inspection; replaces the whole list. */
export const AssignRequest = z.strictObject({
  inspectionId: InspectionId,
  userIds: z
    .array(UserId)
    .max(MAX_LIST_ITEMS)
    .refine((ids) => new Set(ids).size === ids.length, 'Danh sách người được giao bị trùng'),
});
export type AssignRequest = z.infer<typeof AssignRequest>;

/** One signed-in device, as listed to its owner or the office. */
export const DeviceToken = z.object({
  id: DeviceId,
  userId: UserId,
  deviceName: Name,
  createdAt: IsoDateTime,
  lastSeenAt: IsoDateTime.nullable(),
  revokedAt: IsoDateTime.nullable(),
});
export type DeviceToken = z.infer<typeof DeviceToken>;

/** `GET /api/auth/devices` (own) or `GET /api/users/:id/devices` (admin). */
export const DeviceTokenList = z.object({ devices: z.array(DeviceToken) });
export type DeviceTokenList = z.infer<typeof DeviceTokenList>;

/** Reads the token out of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null | undefined): Token | null {
  const match = /^Bearer ([^\s]+)$/i.exec(header?.trim() ?? '');
  const parsed = Token.safeParse(match?.[1]);
  return parsed.success ? parsed.data : null;
}

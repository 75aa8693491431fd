import { z } from 'zod';
import { UserId } from '../ids.ts';
import { Name } from './limits.ts';

/** What an account may do: `admin` is the office (Văn phòng Sở); `inspector` works on assigned inspections. */
export const UserRole = z.enum(['admin', 'inspector']);
export type UserRole = z.infer<typeof UserRole>;

/** Vietnamese labels of the roles. */
export const USER_ROLE_LABELS = {
  admin: 'Quản trị (Văn phòng Sở)',
  inspector: 'Thành viên đoàn kiểm tra',
} as const satisfies Record<UserRole, string>;

/** A login name: 3–40 of a–z, 0–9, dot, underscore, hyphen (lower case only, so logins are not ambiguous). */
export const Username = z
  .string()
  .regex(/^[a-z0-9._-]{3,40}$/, 'Tên đăng nhập gồm 3–40 ký tự a–z, 0–9, dấu chấm, gạch dưới hoặc gạch ngang');
export type Username = z.infer<typeof Username>;

/** A new password: long enough to resist guessing, short enough that hashing it stays cheap. */
export const Password = z
  .string()
  .min(8, 'Mật khẩu phải có ít nhất 8 ký tự')
  .max(200, 'Mật khẩu không được dài quá 200 ký tự');

/**
 * An account, as the server stores and returns it (password hashes live in the server's own table and
 * never leave it). Server-side only for now: not part of the sync registry.
 */
export const UserRow = z.strictObject({
  id: UserId,
  username: Username,
  displayName: Name,
  role: UserRole,
  disabled: z.boolean(),
});
export type UserRow = z.infer<typeof UserRow>;

import type { Kysely } from 'kysely';
import type { UserId } from '../../domain/ids.ts';
import { newId } from '../../domain/ids.ts';
import type { UserRole, UserRow } from '../../domain/schemas/user.ts';
import type { Database, UsersTable } from '../store/schema.ts';
import { hashPassword } from './passwords.ts';

/** Account storage, shared by the HTTP routes and the admin CLI. */

/** The API shape of a stored account (never its password hash). */
export function toUserRow(
  row: Pick<UsersTable, 'id' | 'username' | 'display_name' | 'role' | 'disabled'>,
): UserRow {
  return {
    id: row.id as UserId, // ids are written only by createUser, from newId()
    username: row.username,
    displayName: row.display_name,
    role: row.role as UserRole, // written only from a parsed UserRole
    disabled: row.disabled === 1,
  };
}

export class UsernameTakenError extends Error {
  override name = 'UsernameTakenError';
}

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  role: UserRole;
}

/** Creates an account; throws `UsernameTakenError` when the username exists. */
export async function createUser(db: Kysely<Database>, account: NewAccount): Promise<UserRow> {
  const passwordHash = await hashPassword(account.password);
  const now = new Date().toISOString();
  const row = {
    id: newId(),
    username: account.username,
    display_name: account.displayName,
    role: account.role,
    disabled: 0,
    password_hash: passwordHash,
    created_at: now,
    updated_at: now,
  };
  const inserted = await db
    .insertInto('users')
    .values(row)
    .onConflict((oc) => oc.column('username').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) throw new UsernameTakenError(account.username);
  return toUserRow(row);
}

export interface AccountChanges {
  displayName?: string | undefined;
  role?: UserRole | undefined;
  disabled?: boolean | undefined;
  password?: string | undefined;
}

/** Changes an account; returns the updated account, or null when there is none with that id. */
export async function updateUser(
  db: Kysely<Database>,
  id: string,
  changes: AccountChanges,
): Promise<UserRow | null> {
  const set: Partial<UsersTable> = { updated_at: new Date().toISOString() };
  if (changes.displayName !== undefined) set.display_name = changes.displayName;
  if (changes.role !== undefined) set.role = changes.role;
  if (changes.disabled !== undefined) set.disabled = changes.disabled ? 1 : 0;
  if (changes.password !== undefined) set.password_hash = await hashPassword(changes.password);
  await db.updateTable('users').set(set).where('id', '=', id).execute();
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUserRow(row) : null;
}

/** Every account, by username. */
export async function listUsers(db: Kysely<Database>): Promise<UserRow[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
  return rows.map(toUserRow);
}

/** The stored account with that username (hash included), or undefined. */
export function findUserByUsername(db: Kysely<Database>, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

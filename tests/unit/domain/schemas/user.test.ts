import { describe, expect, it } from 'vitest';
import { newId, UserId } from '../../../../src/domain/ids.ts';
import {
  Password,
  USER_ROLE_LABELS,
  Username,
  UserRole,
  UserRow,
} from '../../../../src/domain/schemas/user.ts';

describe('Username', () => {
  it.each(['anh', 'nguyen.van.an', 'lo_thi-binh2', 'a'.repeat(40)])('accepts %s', (name) => {
    expect(Username.safeParse(name).success).toBe(true);
  });

  it.each(['ab', 'a'.repeat(41), 'An', 'nguyễn', 'an an', 'an@sokhcn'])('refuses %s', (name) => {
    expect(Username.safeParse(name).success).toBe(false);
  });
});

describe('UserRow', () => {
  const valid = {
    id: UserId.parse(newId()),
    username: 'van.phong',
    displayName: 'Văn phòng Sở',
    role: 'admin',
    disabled: false,
  };

  it('accepts an account', () => {
    expect(UserRow.safeParse(valid).success).toBe(true);
  });

  it('never carries a password hash', () => {
    expect(UserRow.safeParse({ ...valid, passwordHash: 'scrypt$…' }).success).toBe(false);
  });

  it('refuses an unknown role', () => {
    expect(UserRow.safeParse({ ...valid, role: 'viewer' }).success).toBe(false);
  });

  it('labels every role', () => {
    expect(Object.keys(USER_ROLE_LABELS)).toEqual(UserRole.options);
  });
});

describe('Password', () => {
  it('needs 8 to 200 characters', () => {
    expect(Password.safeParse('1234567').success).toBe(false);
    expect(Password.safeParse('12345678').success).toBe(true);
    expect(Password.safeParse('x'.repeat(201)).success).toBe(false);
  });
});

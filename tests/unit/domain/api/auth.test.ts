import { describe, expect, it } from 'vitest';
import {
  AssignRequest,
  bearerToken,
  CreateUserRequest,
  DeviceTokenList,
  LoginRequest,
  UpdateUserRequest,
} from '../../../../src/domain/api/auth.ts';
import { InspectionId, newId, UserId } from '../../../../src/domain/ids.ts';

const token = 'A'.repeat(22) + '-_'.repeat(11);

describe('LoginRequest', () => {
  it('trims and lower-cases the username a tablet keyboard capitalised', () => {
    const parsed = LoginRequest.parse({
      username: ' Van.Phong ',
      password: 'x',
      deviceName: 'Máy tính bảng 1',
    });
    expect(parsed.username).toBe('van.phong');
  });

  it('refuses an empty password, a missing device name and extra keys', () => {
    const base = { username: 'an', password: 'secret', deviceName: 'Tab' };
    expect(LoginRequest.safeParse({ ...base, password: '' }).success).toBe(false);
    expect(LoginRequest.safeParse({ ...base, deviceName: '' }).success).toBe(false);
    expect(LoginRequest.safeParse({ ...base, role: 'admin' }).success).toBe(false);
  });
});

describe('CreateUserRequest', () => {
  it('applies the username and password rules', () => {
    const base = {
      username: 'lo.binh',
      displayName: 'Lò Thị Bình',
      password: 'mật-khẩu-dài',
      role: 'inspector',
    };
    expect(CreateUserRequest.safeParse(base).success).toBe(true);
    expect(CreateUserRequest.safeParse({ ...base, username: 'Lo Binh' }).success).toBe(false);
    expect(CreateUserRequest.safeParse({ ...base, password: 'ngắn' }).success).toBe(false);
    expect(CreateUserRequest.safeParse({ ...base, role: 'root' }).success).toBe(false);
  });
});

describe('UpdateUserRequest', () => {
  it('needs at least one change', () => {
    expect(UpdateUserRequest.safeParse({}).success).toBe(false);
    expect(UpdateUserRequest.safeParse({ disabled: true }).success).toBe(true);
    expect(UpdateUserRequest.safeParse({ username: 'khac' }).success).toBe(false);
  });
});

describe('AssignRequest', () => {
  it('refuses the same person twice', () => {
    const user = UserId.parse(newId());
    const inspectionId = InspectionId.parse(newId());
    expect(AssignRequest.safeParse({ inspectionId, userIds: [user] }).success).toBe(true);
    expect(AssignRequest.safeParse({ inspectionId, userIds: [user, user] }).success).toBe(false);
  });
});

describe('DeviceTokenList', () => {
  it('lists devices without their tokens', () => {
    const device = {
      id: newId(),
      userId: newId(),
      deviceName: 'Máy tính bảng 2',
      createdAt: '2026-03-01T01:00:00.000Z',
      lastSeenAt: null,
      revokedAt: null,
    };
    expect(DeviceTokenList.parse({ devices: [{ ...device, token }] }).devices[0]).toEqual(device);
  });
});

describe('bearerToken', () => {
  it('reads the token of a Bearer header', () => {
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer ${token}`)).toBe(token);
  });

  it.each([
    ['no header', undefined],
    ['another scheme', `Basic ${token}`],
    ['a short token', 'Bearer abc'],
    ['two tokens', `Bearer ${token} ${token}`],
    ['a token with a dot', `Bearer ${token}.x`],
  ])('returns null for %s', (_label, header) => {
    expect(bearerToken(header)).toBeNull();
  });
});

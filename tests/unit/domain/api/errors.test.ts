import { describe, expect, it } from 'vitest';
import {
  API_ERROR_MESSAGES,
  API_ERROR_STATUS,
  ApiError,
  apiError,
  isApiErrorCode,
} from '../../../../src/domain/api/errors.ts';

describe('apiError', () => {
  it('uses the default Vietnamese sentence of the code', () => {
    expect(apiError('forbidden')).toEqual({
      error: 'forbidden',
      message: 'Bạn không có quyền thực hiện thao tác này.',
    });
  });

  it('takes a more precise sentence when given one', () => {
    expect(apiError('clock-drift', 'Đồng hồ nhanh 7 phút.').message).toBe('Đồng hồ nhanh 7 phút.');
  });

  it('has a message and a 4xx or 5xx status for every code', () => {
    expect(Object.keys(API_ERROR_MESSAGES).sort()).toEqual(Object.keys(API_ERROR_STATUS).sort());
    for (const status of Object.values(API_ERROR_STATUS)) expect(status).toBeGreaterThanOrEqual(400);
  });
});

describe('ApiError', () => {
  it('reads a code added by a newer server', () => {
    expect(ApiError.safeParse({ error: 'maintenance', message: 'Đang bảo trì.' }).success).toBe(true);
  });

  it('refuses a body without a code', () => {
    expect(ApiError.safeParse({ message: 'Lỗi' }).success).toBe(false);
  });
});

describe('isApiErrorCode', () => {
  it('knows its own codes and nothing inherited', () => {
    expect(isApiErrorCode('epoch-mismatch')).toBe(true);
    expect(isApiErrorCode('maintenance')).toBe(false);
    expect(isApiErrorCode('toString')).toBe(false);
  });
});

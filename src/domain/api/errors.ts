import { z } from 'zod';

/**
 * Every expected failure of the API is a JSON body `{ error, message }`: `error` is a stable code the client
 * branches on, `message` one plain Vietnamese sentence the UI may show as is. Clients must not branch on the
 * message (STYLE.md §7).
 */

/** The codes the server sends today, with their HTTP status. */
export const API_ERROR_STATUS = {
  'bad-request': 400,
  unauthorized: 401,
  'invalid-credentials': 401,
  forbidden: 403,
  'account-disabled': 403,
  'not-found': 404,
  'username-taken': 409,
  'mutation-gap': 409,
  'epoch-mismatch': 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'hash-mismatch': 422,
  'clock-drift': 422,
  'rate-limited': 429,
  internal: 500,
} as const satisfies Record<string, number>;

/** A known error code. */
export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

/** Default Vietnamese sentence for each code. */
export const API_ERROR_MESSAGES = {
  'bad-request': 'Yêu cầu gửi lên không hợp lệ.',
  unauthorized: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
  'invalid-credentials': 'Tên đăng nhập hoặc mật khẩu không đúng.',
  forbidden: 'Bạn không có quyền thực hiện thao tác này.',
  'account-disabled': 'Tài khoản đã bị khóa. Vui lòng liên hệ Văn phòng Sở.',
  'not-found': 'Không tìm thấy dữ liệu được yêu cầu.',
  'username-taken': 'Tên đăng nhập này đã có người dùng.',
  'mutation-gap': 'Máy chủ chưa nhận đủ các thay đổi trước đó; thiết bị sẽ gửi lại.',
  'epoch-mismatch': 'Dữ liệu máy chủ đã được khôi phục từ bản sao lưu; thiết bị sẽ đồng bộ lại từ đầu.',
  'payload-too-large': 'Dữ liệu gửi lên quá lớn.',
  'unsupported-media-type': 'Định dạng tệp không được hỗ trợ; chỉ nhận ảnh JPEG, PNG hoặc WebP.',
  'hash-mismatch': 'Tệp bị lỗi trong khi truyền; thiết bị sẽ gửi lại.',
  'clock-drift': 'Ngày giờ trên máy không đúng. Hãy chỉnh lại ngày giờ rồi đồng bộ lại.',
  'rate-limited': 'Có quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
  internal: 'Máy chủ gặp lỗi. Vui lòng thử lại sau.',
} as const satisfies Record<ApiErrorCode, string>;

/**
 * An error body. `error` is any short code rather than the known list, so an older client still reads the
 * body of a code added later (and falls back to its generic handling).
 */
export const ApiError = z.object({
  error: z.string().min(1).max(64),
  message: z.string().max(1000),
});
export type ApiError = z.infer<typeof ApiError>;

/**
 * An error body for a known code, with the default sentence unless a more precise one is given.
 * @example c.json(apiError('forbidden'), API_ERROR_STATUS.forbidden)
 */
export function apiError(code: ApiErrorCode, message: string = API_ERROR_MESSAGES[code]): ApiError {
  return { error: code, message };
}

/** Whether a code is one this build knows. */
export function isApiErrorCode(code: string): code is ApiErrorCode {
  return Object.hasOwn(API_ERROR_STATUS, code);
}

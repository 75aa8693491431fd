import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The body of every error the API answers with; `error` is a stable code clients can branch on. */
export interface ApiErrorBody {
  error: string;
  message: string;
  [detail: string]: unknown;
}

/**
 * An expected failure: answered with `status` and `{ error: code, message, ...details }`, never logged
 * as a server fault. `message` is one short Vietnamese sentence the UI may show as is.
 *
 * @example
 * throw new ApiError(422, 'clock-drift', 'Đồng hồ của máy lệch quá 5 phút.', { driftMs });
 */
export class ApiError extends HTTPException {
  override name = 'ApiError';
  readonly code: string;
  readonly details: Record<string, unknown>;

  constructor(
    status: ContentfulStatusCode,
    code: string,
    message: string,
    details: Record<string, unknown> = {},
    cause?: unknown,
  ) {
    super(status, { message, cause });
    this.code = code;
    this.details = details;
  }

  override getResponse(): Response {
    const body: ApiErrorBody = { ...this.details, error: this.code, message: this.message };
    return Response.json(body, { status: this.status });
  }
}

/** Codes for a plain `HTTPException` (one thrown by Hono middleware or without an `ApiError`). */
const codeByStatus: Partial<Record<number, [code: string, message: string]>> = {
  400: ['bad-request', 'Yêu cầu không hợp lệ.'],
  401: ['unauthorized', 'Cần đăng nhập lại.'],
  403: ['forbidden', 'Tài khoản không có quyền thực hiện việc này.'],
  404: ['not-found', 'Không tìm thấy.'],
  409: ['conflict', 'Dữ liệu đã bị thay đổi ở nơi khác.'],
  413: ['payload-too-large', 'Dữ liệu gửi lên quá lớn.'],
  415: ['unsupported-media-type', 'Kiểu dữ liệu gửi lên không được hỗ trợ.'],
  422: ['invalid-body', 'Dữ liệu gửi lên không hợp lệ.'],
  429: ['too-many-requests', 'Quá nhiều yêu cầu, vui lòng thử lại sau.'],
};

/** Turns any `HTTPException` into the `{ error, message }` JSON shape, keeping its extra headers. */
export function httpExceptionResponse(err: HTTPException): Response {
  if (err instanceof ApiError) return err.getResponse();
  const [code, fallback] = codeByStatus[err.status] ?? ['http-error', 'Yêu cầu không thực hiện được.'];
  const body: ApiErrorBody = { error: code, message: err.message || fallback };
  const res = Response.json(body, { status: err.status });
  // Keep what a middleware set on its own response (WWW-Authenticate, Retry-After…), not its body.
  err.res?.headers.forEach((value, name) => {
    if (name !== 'content-type' && name !== 'content-length') res.headers.set(name, value);
  });
  return res;
}

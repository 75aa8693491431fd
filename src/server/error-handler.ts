import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError, type ApiErrorBody, httpExceptionResponse } from './errors.ts';

export const INTERNAL_ERROR_MESSAGE = 'Lỗi máy chủ. Vui lòng thử lại sau.';

/**
 * The app's `onError`: expected failures (`HTTPException`, `ApiError`) become their status with a
 * `{ error, message }` body; a body that is not JSON, read by a route with `c.req.json()` instead of
 * `parseJson`, is the client's fault (400); anything else is a bug: logged once, here, and answered
 * with a 500 that reveals nothing.
 */
export function handleError(err: Error, c: Context): Response {
  if (err instanceof HTTPException) return httpExceptionResponse(err);
  if (err instanceof SyntaxError && hasJsonBody(c)) return malformedJson(err).getResponse();
  console.error(`${c.req.method} ${c.req.path} failed:`, err);
  const body: ApiErrorBody = { error: 'internal', message: INTERNAL_ERROR_MESSAGE };
  return c.json(body, 500);
}

export function malformedJson(cause: unknown): ApiError {
  return new ApiError(400, 'malformed-json', 'Dữ liệu gửi lên không phải JSON hợp lệ.', {}, cause);
}

// A SyntaxError is only blamed on the client when the request carried a JSON body: one from
// parsing our own stored JSON must still surface as a 500.
function hasJsonBody(c: Context): boolean {
  const type = c.req.header('content-type') ?? '';
  return c.req.raw.body !== null && /\bjson\b/i.test(type);
}

import type { Context } from 'hono';
import type { z } from 'zod';
import { malformedJson } from './error-handler.ts';
import { ApiError } from './errors.ts';

/**
 * Reads the request body as JSON and validates it with a zod schema from `src/domain`.
 * Not JSON → 400 `malformed-json`; JSON of the wrong shape, or with a `__proto__` key anywhere → 422
 * `invalid-body` with the zod issues.
 *
 * @example
 * sync.post('/push', async (c) => {
 *   const push = await parseJson(c, PushRequest);
 *   …
 * });
 */
export async function parseJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const text = await c.req.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    if (err instanceof SyntaxError) throw malformedJson(err);
    throw err;
  }
  // JSON.parse makes "__proto__" an own key, but code that copies keys with `obj[key] = …` (zod's record
  // parsing does) would drop it silently or set a prototype; refuse such bodies outright. The substring test
  // keeps the full scan off the hot path.
  if (text.includes('"__proto__"') && hasProtoKey(body)) {
    throw new ApiError(422, 'invalid-body', 'Dữ liệu gửi lên có khóa không được phép (__proto__).');
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    code: issue.code,
    message: issue.message,
  }));
  throw new ApiError(422, 'invalid-body', 'Dữ liệu gửi lên không hợp lệ.', { issues });
}

/**
 * Validates the route parameters with a zod schema; a malformed id is a 404 `not-found` (there is nothing
 * at that address), never a 500.
 */
export function parseParams<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const result = schema.safeParse(c.req.param());
  if (result.success) return result.data;
  throw new ApiError(404, 'not-found', 'Không tìm thấy dữ liệu được yêu cầu.');
}

function hasProtoKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(hasProtoKey);
  return Object.keys(value).some(
    (key) => key === '__proto__' || hasProtoKey((value as Record<string, unknown>)[key]),
  );
}

/** Validates the query string with a zod schema; anything else → 400 `bad-request` with the issues. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const result = schema.safeParse(c.req.query());
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String),
    message: issue.message,
  }));
  throw new ApiError(400, 'bad-request', 'Tham số truy vấn không hợp lệ.', { issues });
}

import type { Context } from 'hono';
import type { z } from 'zod';
import { malformedJson } from './error-handler.ts';
import { ApiError } from './errors.ts';

/**
 * Reads the request body as JSON and validates it with a zod schema from `src/domain`.
 * Not JSON → 400 `malformed-json`; JSON of the wrong shape → 422 `invalid-body` with the zod issues.
 *
 * @example
 * sync.post('/push', async (c) => {
 *   const push = await parseJson(c, PushRequest);
 *   …
 * });
 */
export async function parseJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch (err) {
    if (err instanceof SyntaxError) throw malformedJson(err);
    throw err;
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

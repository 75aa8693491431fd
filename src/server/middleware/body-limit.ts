import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors.ts';

/** The largest JSON body `/api` accepts. A route that takes bigger bodies (blobs) sets its own. */
export const JSON_BODY_LIMIT = 1024 * 1024;

export interface BodySizeLimitOptions {
  maxSize: number;
  /** Path prefixes left alone, because their routes apply a limit of their own (e.g. `/api/blobs`). */
  except?: readonly string[];
}

/**
 * Refuses a request body larger than `maxSize` bytes with 413 `payload-too-large`, before a route
 * reads it. Built on hono/body-limit, which checks Content-Length and also counts chunked bodies.
 */
export function bodySizeLimit({ maxSize, except = [] }: BodySizeLimitOptions): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(413, 'payload-too-large', 'Dữ liệu gửi lên quá lớn.', { maxBytes: maxSize });
    },
  });
  return async function bodySizeLimit(c, next) {
    const path = c.req.path;
    if (except.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return next();
    return limit(c, next);
  };
}

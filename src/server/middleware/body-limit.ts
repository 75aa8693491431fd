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
  const onTooLarge = (): never => {
    throw new ApiError(413, 'payload-too-large', 'Dữ liệu gửi lên quá lớn.', { maxBytes: maxSize });
  };
  const limit = bodyLimit({ maxSize, onError: onTooLarge });
  return async function bodySizeLimit(c, next) {
    const path = c.req.path;
    if (except.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return next();
    // Checked here from the headers alone whenever they say how long the body is. hono/body-limit reads
    // `c.req.raw.body` first, which makes @hono/node-server build a full web Request: that cost a sync with
    // nothing to do 0.3–0.7 ms of its ~1 ms on the server after an idle pause, and made `c.req.text()` pull a
    // push through a ReadableStream instead of the socket's buffers (19 against 8 ms for 3.4 MB; issue #5
    // bench). On Node's HTTP/1.1 server (`c.env.incoming`) the parser never hands a route more than the
    // Content-Length says, and a request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112
    // §6.3). A chunked body, or a Request made in process (`app.request`), is counted by hono's middleware.
    const onNode = (c.env as { incoming?: unknown } | undefined)?.incoming !== undefined;
    if (onNode && c.req.header('transfer-encoding') === undefined) {
      const declared = c.req.header('content-length');
      if (declared === undefined) return next();
      const size = Number(declared);
      if (!Number.isSafeInteger(size) || size < 0 || size > maxSize) return onTooLarge();
      return next();
    }
    return limit(c, next);
  };
}

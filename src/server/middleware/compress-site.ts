import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';

/**
 * Gzips the PWA's own files (HTML, JS, CSS, the manifest): a tablet's first visit downloads the
 * whole precache, which shrinks about 3× on the wire. The API is left alone: its bodies are read
 * on loopback or office Wi-Fi where gzip costs more CPU than it saves in time.
 */
export function compressSite(): MiddlewareHandler {
  const gzip = compress({ encoding: 'gzip' });
  return async function compressSite(c, next) {
    if (c.req.path.startsWith('/api/')) return next();
    return gzip(c, next);
  };
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler, NotFoundHandler } from 'hono';
import { ApiError } from '../errors.ts';

export interface StaticSiteOptions {
  /** The built PWA (`vite build` output), an absolute path. */
  distDir: string;
}

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
const isHashedAsset = (path: string) => path.startsWith('/assets/');

export const MISSING_BUILD_MESSAGE =
  'Chưa có bản dựng giao diện: hãy chạy "npm run build" rồi tải lại trang.\n' +
  'The app is not built: run "npm run build", then reload.\n';

/** Serves the files of `distDir`; passes everything else (and all of /api) on. */
export function staticFiles({ distDir }: StaticSiteOptions): MiddlewareHandler {
  const serve = serveStatic({ root: distDir });
  return async function staticFiles(c, next) {
    if (isApi(c.req.path)) return next();
    return serve(c, next);
  };
}

/**
 * Cache headers for the site. Files under /assets/ have a content hash in their name, so they can be
 * cached for good; everything else (index.html, sw.js, the manifest, icons) must be revalidated, or a
 * browser would keep an old service worker or an index.html that points at assets that are gone.
 */
export function cacheHeaders(): MiddlewareHandler {
  return async function cacheHeaders(c, next) {
    await next();
    if (isApi(c.req.path)) return;
    const immutable = isHashedAsset(c.req.path) && (c.res.status === 200 || c.res.status === 206);
    c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
}

/**
 * What nothing else answered: an unknown /api path is a JSON 404; any other GET is a client-side
 * route of the SPA and gets index.html (or a 503 when the app is not built). A missing hashed
 * asset stays a 404: answering it with HTML would only break the page later, and confusingly.
 */
export function siteFallback({ distDir }: StaticSiteOptions): NotFoundHandler {
  const indexFile = join(distDir, 'index.html');
  return async function siteFallback(c: Context) {
    const path = c.req.path;
    if (isApi(path)) {
      return new ApiError(404, 'not-found', `Không có địa chỉ API ${c.req.method} ${path}.`).getResponse();
    }
    if (c.req.method !== 'GET' || isHashedAsset(path)) return c.text('Not found', 404);
    let html: string;
    try {
      html = await readFile(indexFile, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return c.text(MISSING_BUILD_MESSAGE, 503);
      throw err;
    }
    return c.html(html);
  };
}

import { Hono } from 'hono';
import { handleError } from './error-handler.ts';
import { bodySizeLimit, JSON_BODY_LIMIT } from './middleware/body-limit.ts';
import { healthRoutes } from './routes/health.ts';
import { cacheHeaders, siteFallback, staticFiles } from './routes/static.ts';
import type { Store } from './store/store.ts';

export interface AppOptions {
  store: Store;
  /** Absolute path of the built PWA. */
  distDir: string;
  /** package.json version, reported by /api/health. */
  version: string;
  startedAt: Date;
}

/** The whole HTTP surface: the /api resources, then the PWA from `distDir` on the same origin. */
export function createApp({ store, distDir, version, startedAt }: AppOptions): Hono {
  const app = new Hono();

  app.use('*', cacheHeaders());
  app.use('/api/*', bodySizeLimit({ maxSize: JSON_BODY_LIMIT }));

  app.route('/api/health', healthRoutes({ store, version, startedAt }));

  app.get('*', staticFiles({ distDir }));
  app.notFound(siteFallback({ distDir }));
  app.onError(handleError);
  return app;
}

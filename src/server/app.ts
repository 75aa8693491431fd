import { Hono } from 'hono';
import { handleError } from './error-handler.ts';
import { bodySizeLimit, JSON_BODY_LIMIT } from './middleware/body-limit.ts';
import { compressSite } from './middleware/compress-site.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { blobRoutes } from './routes/blobs.ts';
import { conflictRoutes } from './routes/conflicts.ts';
import { deviceRoutes } from './routes/devices.ts';
import { healthRoutes } from './routes/health.ts';
import { cacheHeaders, siteFallback, staticFiles } from './routes/static.ts';
import { syncRoutes } from './routes/sync.ts';
import { userRoutes } from './routes/users.ts';
import type { Store } from './store/store.ts';

export interface AppOptions {
  store: Store;
  /** Absolute path of the built PWA. */
  distDir: string;
  /** package.json version, reported by /api/health. */
  version: string;
  startedAt: Date;
  /** Count failed logins by the first X-Forwarded-For address (TRUST_PROXY=1, behind a reverse proxy). */
  trustProxy?: boolean;
}

/** The whole HTTP surface: the /api resources, then the PWA from `distDir` on the same origin. */
export function createApp({ store, distDir, version, startedAt, trustProxy = false }: AppOptions): Hono {
  const app = new Hono();

  app.use('*', cacheHeaders());
  app.use('*', compressSite());
  // Pushes and blobs are bigger than other JSON bodies; their routes set their own limits.
  app.use('/api/*', bodySizeLimit({ maxSize: JSON_BODY_LIMIT, except: ['/api/sync/push', '/api/blobs'] }));

  app.route('/api/health', healthRoutes({ store, version, startedAt }));
  app.route('/api/auth', authRoutes({ store, trustProxy }));
  app.route('/api/users', userRoutes({ store }));
  app.route('/api/devices', deviceRoutes({ store }));
  app.route('/api/sync', syncRoutes({ store }));
  app.route('/api/blobs', blobRoutes({ store }));
  app.route('/api/conflicts', conflictRoutes({ store }));
  app.route('/api/audit', auditRoutes({ store }));

  app.get('*', staticFiles({ distDir }));
  app.notFound(siteFallback({ distDir }));
  app.onError(handleError);
  return app;
}

import { Hono } from 'hono';
import { sql } from 'kysely';
import { latestAppliedMigration } from '../store/migrations/index.ts';
import { readServerEpoch } from '../store/server-meta.ts';
import type { Store } from '../store/store.ts';

export interface HealthOptions {
  store: Store;
  version: string;
  startedAt: Date;
}

/** GET /api/health: is the server up, which build, which database, which epoch. */
export function healthRoutes({ store, version, startedAt }: HealthOptions): Hono {
  const health = new Hono();

  health.get('/', async (c) => {
    await sql`select 1`.execute(store.db);
    const [schemaVersion, epoch] = await Promise.all([
      latestAppliedMigration(store.db),
      readServerEpoch(store.db),
    ]);
    const now = new Date();
    return c.json({
      status: 'ok',
      version,
      database: { dialect: store.dialect, ok: true, schemaVersion },
      epoch,
      uptimeSeconds: Math.floor((now.getTime() - startedAt.getTime()) / 1000),
      serverTime: now.toISOString(),
    });
  });

  return health;
}

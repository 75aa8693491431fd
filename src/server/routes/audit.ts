import { Hono } from 'hono';
import { z } from 'zod';
import { type AuthEnv, deviceAuth, requireAdmin } from '../middleware/auth.ts';
import type { Store } from '../store/store.ts';
import { parseQuery } from '../validate.ts';

const AuditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
});

/**
 * `GET /api/audit?limit&before` (admin): the sync_mutations log, newest first: who changed what, when, from
 * which device, and whether it was applied. Page with `before` = the smallest `id` of the previous page
 * (`nextBefore`, null on the last page).
 */
export function auditRoutes({ store }: { store: Store }): Hono<AuthEnv> {
  const audit = new Hono<AuthEnv>();
  audit.use('*', deviceAuth({ store }), requireAdmin());

  audit.get('/', async (c) => {
    const query = parseQuery(c, AuditQuery);
    let select = store.db
      .selectFrom('sync_mutations as m')
      .leftJoin('users as u', 'u.id', 'm.user_id')
      .leftJoin('devices as d', 'd.id', 'm.device_id')
      .leftJoin('sync_rejections as r', (join) =>
        join.onRef('r.client_id', '=', 'm.client_id').onRef('r.mutation_id', '=', 'm.mutation_id'),
      )
      .select([
        'm.id',
        'm.client_id',
        'm.mutation_id',
        'm.user_id',
        'u.display_name',
        'm.device_id',
        'd.device_name',
        'm.received_at',
        'm.ops',
        'm.status',
        'r.error',
        'r.message',
      ])
      .orderBy('m.id', 'desc')
      .limit(query.limit + 1);
    if (query.before !== undefined) select = select.where('m.id', '<', query.before);
    const rows = await select.execute();
    const page = rows.slice(0, query.limit);
    return c.json({
      entries: page.map((r) => ({
        id: r.id,
        clientId: r.client_id,
        mutationId: Number(r.mutation_id),
        userId: r.user_id,
        userName: r.display_name,
        deviceId: r.device_id,
        deviceName: r.device_name,
        receivedAt: r.received_at,
        status: r.status,
        rejection: r.error === null ? null : { error: r.error, message: r.message },
        ops: JSON.parse(r.ops),
      })),
      nextBefore: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
    });
  });

  return audit;
}

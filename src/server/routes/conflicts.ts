import { Hono } from 'hono';
import { z } from 'zod';
import { JsonValue } from '../../domain/merge.ts';
import { type AuthEnv, deviceAuth, requireAdmin } from '../middleware/auth.ts';
import type { Store } from '../store/store.ts';
import { resolveConflict } from '../sync/resolve.ts';
import { parseJson, parseParams, parseQuery } from '../validate.ts';

const ConflictQuery = z.strictObject({
  status: z.enum(['open', 'resolved']).default('open'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
});
const ConflictParams = z.strictObject({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });
const ResolveRequest = z.strictObject({ value: JsonValue });

const parse = (text: string | null) => (text === null ? null : JSON.parse(text));

/**
 * `GET /api/conflicts?status=open|resolved&limit&before` (admin): overwritten values, newest first, with who
 * (user, device) and when; `POST /api/conflicts/:id/resolve {value}` (admin): see resolve.ts.
 */
export function conflictRoutes({ store }: { store: Store }): Hono<AuthEnv> {
  const conflicts = new Hono<AuthEnv>();
  conflicts.use('*', deviceAuth({ store }), requireAdmin());

  conflicts.get('/', async (c) => {
    const query = parseQuery(c, ConflictQuery);
    let select = store.db
      .selectFrom('sync_conflicts')
      .leftJoin('users', 'users.id', 'sync_conflicts.user_id')
      .selectAll('sync_conflicts')
      .select('users.display_name')
      .where('status', '=', query.status)
      .orderBy('sync_conflicts.id', 'desc')
      .limit(query.limit);
    if (query.before !== undefined) select = select.where('sync_conflicts.id', '<', query.before);
    const rows = await select.execute();
    return c.json({
      conflicts: rows.map((r) => ({
        id: r.id,
        table: r.tbl,
        rowId: r.row_id,
        field: r.field,
        keptValue: parse(r.kept_value),
        keptHlc: r.kept_hlc,
        lostValue: parse(r.lost_value),
        lostHlc: r.lost_hlc,
        userId: r.user_id,
        userName: r.display_name,
        clientId: r.client_id,
        mutationId: Number(r.mutation_id),
        createdAt: r.created_at,
        status: r.status,
        resolvedBy: r.resolved_by,
        resolvedAt: r.resolved_at,
        resolvedValue: parse(r.resolved_value),
      })),
    });
  });

  conflicts.post('/:id/resolve', async (c) => {
    const { id } = parseParams(c, ConflictParams);
    const { value } = await parseJson(c, ResolveRequest);
    return c.json(await resolveConflict(store, c.var.caller, id, value));
  });

  return conflicts;
}

import { Hono } from 'hono';
import { MAX_PUSH_BYTES, PullQuery, PushRequest } from '../../domain/api/sync.ts';
import { type AuthEnv, deviceAuth } from '../middleware/auth.ts';
import { bodySizeLimit } from '../middleware/body-limit.ts';
import { jsonBody } from '../middleware/gzip-body.ts';
import type { Store } from '../store/store.ts';
import { readPull } from '../sync/pull.ts';
import { applyPush } from '../sync/push.ts';
import { parseJson, parseQuery } from '../validate.ts';

/**
 * `POST /api/sync/push` (PushRequest → PushResponse; 409 `epoch-mismatch` / `mutation-gap` with
 * `lastMutationId`; bodies up to MAX_PUSH_BYTES) and `GET /api/sync/pull` (PullQuery → PullResponse, or 204
 * with no body when the client named what it knows and nothing is new).
 */
export function syncRoutes({ store }: { store: Store }): Hono<AuthEnv> {
  const sync = new Hono<AuthEnv>();
  sync.use('*', deviceAuth({ store }));

  sync.post('/push', bodySizeLimit({ maxSize: MAX_PUSH_BYTES }), async (c) => {
    const push = await parseJson(c, PushRequest);
    return c.json(await applyPush(store, c.var.caller, push));
  });

  sync.get('/pull', async (c) => {
    const answer = await readPull(store, c.var.caller, parseQuery(c, PullQuery));
    return answer === null ? c.body(null, 204) : jsonBody(c, answer);
  });

  return sync;
}

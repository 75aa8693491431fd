import { Hono } from 'hono';
import { z } from 'zod';
import { DeviceId, type DeviceToken } from '../../domain/api/auth.ts';
import { ApiError } from '../errors.ts';
import { type AuthEnv, deviceAuth } from '../middleware/auth.ts';
import type { DevicesTable } from '../store/schema.ts';
import type { Store } from '../store/store.ts';
import { parseParams } from '../validate.ts';

const DeviceParams = z.strictObject({ id: DeviceId });

function toDeviceToken(row: Omit<DevicesTable, 'token_hash'>): DeviceToken {
  // Rows are written only by the login route, from a new UUIDv7 and parsed values, so the brands hold.
  return {
    id: row.id,
    userId: row.user_id,
    deviceName: row.device_name,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    revokedAt: row.revoked_at,
  } as DeviceToken;
}

/**
 * `GET /api/devices` (an admin sees every device, an inspector their own) and `DELETE /api/devices/:id`
 * (revoke: an admin any device, an inspector their own; someone else's is 404, as if it did not exist).
 * A revoked token gets 401 `token-revoked` on every later call.
 */
export function deviceRoutes({ store }: { store: Store }): Hono<AuthEnv> {
  const devices = new Hono<AuthEnv>();
  devices.use('*', deviceAuth({ store }));

  const columns = ['id', 'user_id', 'device_name', 'created_at', 'last_seen_at', 'revoked_at'] as const;

  devices.get('/', async (c) => {
    const { user } = c.var.caller;
    let query = store.db.selectFrom('devices').select(columns).orderBy('created_at', 'desc');
    if (user.role !== 'admin') query = query.where('user_id', '=', user.id);
    const rows = await query.execute();
    return c.json({ devices: rows.map(toDeviceToken) });
  });

  devices.delete('/:id', async (c) => {
    const { id } = parseParams(c, DeviceParams);
    const { user } = c.var.caller;
    let query = store.db.selectFrom('devices').select(columns).where('id', '=', id);
    if (user.role !== 'admin') query = query.where('user_id', '=', user.id);
    const row = await query.executeTakeFirst();
    if (!row) throw new ApiError(404, 'not-found', 'Không tìm thấy thiết bị.');
    const revokedAt = row.revoked_at ?? new Date().toISOString();
    await store.db.updateTable('devices').set({ revoked_at: revokedAt }).where('id', '=', id).execute();
    return c.json({ device: toDeviceToken({ ...row, revoked_at: revokedAt }) });
  });

  return devices;
}

import type { DeviceToken } from '../../../domain/api/auth.ts';
import type { Json } from '../../../domain/merge.ts';
import type { UserRole, UserRow } from '../../../domain/schemas/user.ts';
import { getSetting } from '../../settings.ts';
import { callJson, type HttpResult } from '../../sync/http.ts';
import { session } from '../../sync/status.ts';

/*
 * The office's REST calls (accounts, devices, conflicts, audit, photos not uploaded). They are online
 * only: unlike synced rows they live on the server alone, so a failure is shown, never queued.
 */

async function call<T>(method: string, path: string, body?: unknown): Promise<HttpResult<T>> {
  // Right after a reload the sync scheduler may not have loaded the session yet: read it from settings.
  const token = session.value?.token ?? (await getSetting('session'))?.token ?? null;
  return callJson<T>({ baseUrl: location.origin, token }, method, path, body);
}

export const listUsers = () => call<{ users: UserRow[] }>('GET', '/api/users');

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  role: UserRole;
}

export const createUser = (user: NewUser) => call<UserRow>('POST', '/api/users', user);

export const setUserDisabled = (id: string, disabled: boolean) =>
  call<UserRow>('PATCH', `/api/users/${encodeURIComponent(id)}`, { disabled });

export const listDevices = () => call<{ devices: DeviceToken[] }>('GET', '/api/devices');

export const revokeDevice = (id: string) =>
  call<{ device: DeviceToken }>('DELETE', `/api/devices/${encodeURIComponent(id)}`);

/** An overwritten value the office may restore: the value kept by the merge and the one it replaced. */
export interface Conflict {
  id: number;
  table: string;
  rowId: string;
  field: string;
  keptValue: Json;
  keptHlc: string;
  lostValue: Json;
  lostHlc: string;
  userId: string | null;
  userName: string | null;
  clientId: string;
  mutationId: number;
  createdAt: string;
  status: 'open' | 'resolved';
}

export const listConflicts = () => call<{ conflicts: Conflict[] }>('GET', '/api/conflicts?status=open');

export const resolveConflict = (id: number, value: Json) =>
  call<{ id: number; hlc: string }>('POST', `/api/conflicts/${id}/resolve`, { value });

/** One row write as the audit log records it. */
export interface AuditOp {
  table: string;
  id: string;
  hlc?: string;
  fields?: Record<string, Json>;
  field?: string;
  value?: Json;
}

/** One mutation in the server's log: who, from which device, when, what, and whether it was applied. */
export interface AuditEntry {
  id: number;
  clientId: string;
  mutationId: number;
  userId: string | null;
  userName: string | null;
  deviceId: string | null;
  deviceName: string | null;
  receivedAt: string;
  status: string;
  rejection: { error: string; message: string | null } | null;
  ops: AuditOp[];
}

export const listAudit = (limit: number, before: number | null) =>
  call<{ entries: AuditEntry[]; nextBefore: number | null }>(
    'GET',
    `/api/audit?limit=${limit}${before === null ? '' : `&before=${before}`}`,
  );

/** An evidence or signature row whose photo the server does not have yet. */
export interface MissingBlob {
  table: string;
  id: string;
  inspectionId: string;
  sha256: string;
}

export const listMissingBlobs = () => call<{ missing: MissingBlob[] }>('GET', '/api/blobs/missing');

import type { RowWrite } from '../../domain/api/sync.ts';
import { type Json, jsonEqual } from '../../domain/merge.ts';
import type { UserRow } from '../../domain/schemas/user.ts';
import type { SyncTable } from '../../domain/sync-tables.ts';
import { inspectionAccess, type RowOverlay } from './row-set.ts';

/**
 * Who may write which synced row (issue #5, "Access rules for sync"). Reading follows the same rules through
 * `sync_access` (see pull.ts).
 * - units, plans, catalogues: admins only;
 * - inspections: anyone may create one whose `assignedTo` is empty or names only themself (and keeps access
 *   as its creator); afterwards an inspector writes only inspections they are assigned to or created, and
 *   never `assignedTo`;
 * - results, findings, recommendations, evidence, signatures follow their inspection, which must exist on
 *   the server or have been created earlier in the same push; `inspectionId` is set when the row is created
 *   and never changes.
 */

/** Why a write was refused, or null when it may go ahead. */
export type WriteRefusal = { error: 'forbidden' | 'invalid-value'; message: string } | null;

const ADMIN_TABLES: ReadonlySet<SyncTable> = new Set(['units', 'plans', 'catalogues']);

const forbidden = (message: string): WriteRefusal => ({ error: 'forbidden', message });

/** The inspection a child row belongs to, from its id (results, signatures) or its stored or new field. */
export function childInspectionId(
  table: SyncTable,
  write: RowWrite,
  overlay: RowOverlay,
): { inspectionId: string } | { refusal: NonNullable<WriteRefusal> } {
  if (table === 'results' || table === 'signatures') {
    // validateOp has checked the id's shape: the inspection id is what comes before the first colon.
    return { inspectionId: write.id.slice(0, write.id.indexOf(':')) };
  }
  const stored = overlay.get(table, write.id)?.inspectionId ?? null;
  const given: Json | undefined = Object.hasOwn(write.fields, 'inspectionId')
    ? write.fields.inspectionId
    : undefined;
  if (stored === null) {
    if (typeof given !== 'string') {
      return {
        refusal: {
          error: 'invalid-value',
          message: `${table}.inspectionId phải được ghi khi tạo dòng ${write.id}`,
        },
      };
    }
    return { inspectionId: given };
  }
  if (given !== undefined && given !== stored) {
    return {
      refusal: { error: 'invalid-value', message: `${table}.inspectionId không được thay đổi sau khi tạo` },
    };
  }
  return { inspectionId: stored };
}

/** Checks one row write of `user` against the rules above, in the state the mutation has built so far. */
export function authorizeWrite(
  user: UserRow,
  table: SyncTable,
  write: RowWrite,
  overlay: RowOverlay,
): WriteRefusal {
  const isAdmin = user.role === 'admin';
  if (ADMIN_TABLES.has(table)) {
    return isAdmin ? null : forbidden(`Chỉ Văn phòng Sở được sửa bảng ${table}.`);
  }
  if (table === 'inspections') {
    if (isAdmin) return null;
    const row = overlay.get(table, write.id);
    const creating = !overlay.existedBefore(table, write.id);
    if (creating) {
      const assigned = Object.hasOwn(write.fields, 'assignedTo') ? write.fields.assignedTo : [];
      const onlySelf = Array.isArray(assigned) && assigned.every((id) => id === user.id);
      return onlySelf ? null : forbidden('Thành viên đoàn chỉ được tạo cuộc kiểm tra giao cho chính mình.');
    }
    if (!row || !inspectionAccess(row.state, row.createdBy).has(user.id)) {
      return forbidden('Bạn không được giao cuộc kiểm tra này.');
    }
    if (Object.hasOwn(write.fields, 'assignedTo')) {
      const cell = row.state.assignedTo;
      const resent = cell && cell.hlc === write.hlc && jsonEqual(cell.value, write.fields.assignedTo ?? null);
      if (!resent) return forbidden('Chỉ Văn phòng Sở được thay đổi người được giao.');
    }
    return null;
  }
  const parent = childInspectionId(table, write, overlay);
  if ('refusal' in parent) return parent.refusal;
  const inspection = overlay.get('inspections', parent.inspectionId);
  if (!inspection) return forbidden('Cuộc kiểm tra của dòng này chưa có trên máy chủ.');
  if (isAdmin || inspectionAccess(inspection.state, inspection.createdBy).has(user.id)) return null;
  return forbidden('Bạn không được giao cuộc kiểm tra này.');
}

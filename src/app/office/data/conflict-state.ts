import { type Json, jsonEqual } from '../../../domain/merge.ts';
import { isSyncTable } from '../../../domain/sync-tables.ts';
import type { AppDb } from '../../db.ts';
import type { Conflict } from './api.ts';

const key = (c: Pick<Conflict, 'table' | 'rowId' | 'field'>) => `${c.table}/${c.rowId}/${c.field}`;

/** What this device holds now in each conflicting field (undefined when the row is not here). */
export async function currentValues(
  db: AppDb,
  conflicts: readonly Conflict[],
): Promise<Map<string, Json | undefined>> {
  const values = new Map<string, Json | undefined>();
  for (const c of conflicts) {
    if (!isSyncTable(c.table)) continue;
    const row = await db.synced(c.table).get(c.rowId);
    values.set(key(c), row === undefined ? undefined : ((row[c.field] ?? null) as Json));
  }
  return values;
}

/**
 * Whether a conflict still stands as recorded: the field still holds the value that was kept. When a later
 * write changed it (the same tablet went on working), choosing a side now would undo that later work, so
 * such conflicts are shown apart.
 */
export function isStillCurrent(conflict: Conflict, values: ReadonlyMap<string, Json | undefined>): boolean {
  const current = values.get(key(conflict));
  return current === undefined || jsonEqual(current, conflict.keptValue);
}

export function currentValue(
  conflict: Conflict,
  values: ReadonlyMap<string, Json | undefined>,
): Json | undefined {
  return values.get(key(conflict));
}

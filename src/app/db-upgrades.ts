import type { Transaction } from 'dexie';
import { CCHC_2025_ID } from '../domain/criteria/cchc-2025-id.ts';
import { createClock, newNodeId, tick } from '../domain/hlc.ts';
import type { Json } from '../domain/merge.ts';

interface V1Inspection {
  id: string;
  unitName: string;
  date: string;
  status: 'draft' | 'inProgress' | 'completed' | 'signed';
  createdAt: string;
  updatedAt: string;
}

/**
 * v1 → v2: drafts made before sync existed become full inspection rows, and each gets the outbox
 * entry it would have had, so nothing created on an old build is left behind by the first sync.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const old = (await tx.table('inspections').toArray()) as V1Inspection[];
  if (old.length === 0) return;
  let clock = createClock(newNodeId());
  let mutationId = 1;
  for (const row of old) {
    const fields: Record<string, Json> = {
      planId: null,
      unitId: null,
      unitName: row.unitName,
      catalogueId: CCHC_2025_ID,
      date: row.date,
      place: '',
      team: [],
      unitRepresentatives: [],
      status: row.status,
      assignedTo: [],
      unitComments: '',
      completedAt: null,
      deleted: false,
    };
    const stamped = tick(clock, Date.parse(row.updatedAt) || Date.now());
    clock = stamped.clock;
    const hlc = Object.fromEntries(Object.keys(fields).map((field) => [field, stamped.stamp]));
    await tx.table('inspections').put({ id: row.id, ...fields, _hlc: hlc, _updatedAt: row.updatedAt });
    await tx.table('outbox').add({
      mutationId,
      ops: [{ table: 'inspections', id: row.id, hlc: stamped.stamp, fields }],
      createdAt: row.createdAt,
    });
    mutationId += 1;
  }
  await tx.table('meta').bulkPut([
    { key: 'clock', value: clock },
    { key: 'nextMutationId', value: mutationId },
  ]);
}

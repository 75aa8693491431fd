import { useSignal } from '@preact/signals';
import type { Json } from '../../domain/merge.ts';
import { appDb } from '../data/connection.ts';
import { useLiveQuery } from '../live-query.ts';
import { requestSync } from '../sync/status.ts';
import { ConflictCard } from './ConflictCard.tsx';
import { type Conflict, listConflicts, resolveConflict } from './data/api.ts';
import { currentValue, currentValues, isStillCurrent } from './data/conflict-state.ts';
import { loadRowNames, rowName } from './data/row-names.ts';
import { useRemote } from './use-remote.ts';

/**
 * Values the merge overwrote (two devices changed the same field), with a "Giữ giá trị này" button per
 * side. The server writes the chosen value with a newer stamp, so every device gets it on its next sync;
 * this device syncs at once. Conflicts whose field was changed again afterwards are listed apart, since
 * choosing a side there would undo the later change.
 */
export function ConflictsPanel() {
  const db = appDb();
  const { remote, reload } = useRemote(listConflicts);
  const conflicts = remote.state === 'ok' ? remote.data.conflicts : [];
  const names = useLiveQuery(() => loadRowNames(db));
  const values = useLiveQuery(() => currentValues(db, conflicts), [remote]);
  const busy = useSignal<number | null>(null);
  const error = useSignal<string | null>(null);

  async function keep(conflict: Conflict, value: Json) {
    busy.value = conflict.id;
    error.value = null;
    const result = await resolveConflict(conflict.id, value);
    busy.value = null;
    if (!result.ok) error.value = result.message;
    await reload();
    requestSync();
  }

  const standing = values ? conflicts.filter((c) => isStillCurrent(c, values)) : conflicts;
  const superseded = values ? conflicts.filter((c) => !isStillCurrent(c, values)) : [];
  const card = (c: Conflict) => (
    <ConflictCard
      key={c.id}
      conflict={c}
      rowName={rowName(names, c.rowId)}
      laterValue={values && !isStillCurrent(c, values) ? currentValue(c, values) : undefined}
      isBusy={busy.value !== null}
      onKeep={(value) => void keep(c, value)}
    />
  );

  return (
    <section class="card" aria-labelledby="conflicts-heading" data-testid="conflicts">
      <h2 id="conflicts-heading">Xung đột cần xử lý</h2>
      {remote.state === 'loading' && <p>Đang tải…</p>}
      {remote.state === 'error' && <p class="error">{remote.message}</p>}
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      {remote.state === 'ok' && standing.length === 0 && (
        <p class="muted">Không có xung đột nào cần xử lý.</p>
      )}
      {standing.map(card)}
      {superseded.length > 0 && (
        <details>
          <summary>{superseded.length} xung đột đã được sửa tiếp sau đó</summary>
          {superseded.map(card)}
        </details>
      )}
    </section>
  );
}

import { useSignal } from '@preact/signals';
import { parseHlc } from '../../domain/hlc.ts';
import type { Json } from '../../domain/merge.ts';
import { appDb } from '../data/connection.ts';
import { useLiveQuery } from '../live-query.ts';
import { requestSync } from '../sync/status.ts';
import { type Conflict, listConflicts, resolveConflict } from './data/api.ts';
import { loadRowNames, rowName } from './data/row-names.ts';
import { formatDateTime } from './format.ts';
import { fieldLabel, tableLabel, valueText } from './labels.ts';
import { useRemote } from './use-remote.ts';

function stampTime(hlc: string): string {
  const parts = parseHlc(hlc);
  return parts ? formatDateTime(new Date(parts.millis).toISOString()) : '–';
}

/**
 * Values the merge overwrote (two devices changed the same field): both values, who and when, and a
 * "Giữ giá trị này" button per side. The server writes the chosen value with a newer stamp, so every
 * device gets it on its next sync; this device syncs at once.
 */
export function ConflictsPanel() {
  const db = appDb();
  const { remote, reload } = useRemote(listConflicts);
  const names = useLiveQuery(() => loadRowNames(db));
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
      {remote.state === 'ok' && remote.data.conflicts.length === 0 && (
        <p class="muted">Không có xung đột nào.</p>
      )}
      {remote.state === 'ok' &&
        remote.data.conflicts.map((c) => {
          const byPusher = (hlc: string) => parseHlc(hlc)?.node === c.clientId;
          const who = (hlc: string) => (byPusher(hlc) ? (c.userName ?? 'thiết bị gửi') : 'thiết bị khác');
          return (
            <article key={c.id} class="conflict" data-testid={`conflict-${c.id}`}>
              <p>
                <strong>
                  {tableLabel(c.table)} · {fieldLabel(c.field)}
                </strong>
                {rowName(names, c.rowId) && ` · ${rowName(names, c.rowId)}`}{' '}
                <span class="muted">
                  (phát sinh khi đồng bộ của {c.userName ?? 'không rõ'} lúc {formatDateTime(c.createdAt)})
                </span>
              </p>
              <div class="conflict-values">
                {(
                  [
                    ['Giá trị đang giữ', c.keptValue, c.keptHlc],
                    ['Giá trị bị ghi đè', c.lostValue, c.lostHlc],
                  ] as const
                ).map(([label, value, hlc]) => (
                  <div key={label} class="conflict-side">
                    <p class="muted">
                      {label} · {who(hlc)} · {stampTime(hlc)}
                    </p>
                    <p>{valueText(value, c.field)}</p>
                    <button
                      type="button"
                      class="btn btn-small"
                      disabled={busy.value !== null}
                      onClick={() => keep(c, value)}
                    >
                      Giữ giá trị này
                    </button>
                  </div>
                ))}
              </div>
            </article>
          );
        })}
    </section>
  );
}

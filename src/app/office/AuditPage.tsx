import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { appDb } from '../data/connection.ts';
import { useLiveQuery } from '../live-query.ts';
import { describeOp } from './audit-text.ts';
import { type AuditEntry, listAudit } from './data/api.ts';
import { loadRowNames } from './data/row-names.ts';
import { formatDateTime } from './format.ts';

const PAGE = 50;

const SHOWN_OPS = 5;

/** `/office/audit`: the server's log of changes, newest first: who, from which device, when, what. */
export function AuditPage() {
  const db = appDb();
  const names = useLiveQuery(() => loadRowNames(db));
  const pages = useSignal<AuditEntry[][]>([]);
  const nextBefore = useSignal<number | null>(null);
  const error = useSignal<string | null>(null);
  const loading = useSignal(false);

  async function load(before: number | null) {
    loading.value = true;
    const result = await listAudit(PAGE, before);
    loading.value = false;
    if (!result.ok) {
      error.value = result.message;
      return;
    }
    error.value = null;
    pages.value = before === null ? [result.data.entries] : [...pages.value, result.data.entries];
    nextBefore.value = result.data.nextBefore;
  }

  useEffect(() => {
    void load(null);
  }, []);

  const entries = pages.value.flat();
  return (
    <main class="page">
      <div class="page-head">
        <h2>Nhật ký thay đổi</h2>
        <button type="button" class="btn btn-small" onClick={() => void load(null)}>
          Tải lại
        </button>
      </div>
      {error.value && <p class="error">{error.value}</p>}
      <section class="card">
        <div class="table-wrap">
          <table class="data-table" data-testid="audit-table">
            <thead>
              <tr>
                <th>Thời gian</th>
                <th>Người thực hiện</th>
                <th>Thiết bị</th>
                <th>Thay đổi</th>
                <th>Kết quả</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td class="num">{formatDateTime(e.receivedAt)}</td>
                  <td>{e.userName ?? (e.userId ? e.userId : 'Máy chủ (xử lý xung đột)')}</td>
                  <td>{e.deviceName ?? '–'}</td>
                  <td>
                    <ul class="plain-list">
                      {e.ops.slice(0, SHOWN_OPS).map((op, i) => (
                        <li key={`${op.table}-${op.id}-${i}`}>{describeOp(op, names)}</li>
                      ))}
                    </ul>
                    {e.ops.length > SHOWN_OPS && (
                      <details>
                        <summary>và {e.ops.length - SHOWN_OPS} thay đổi khác</summary>
                        <ul class="plain-list">
                          {e.ops.slice(SHOWN_OPS).map((op, i) => (
                            <li key={`${op.table}-${op.id}-${i}`}>{describeOp(op, names)}</li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </td>
                  <td>
                    {e.rejection ? (
                      <span class="badge badge-bad" title={e.rejection.message ?? ''}>
                        ✗ Bị từ chối: {e.rejection.message ?? e.rejection.error}
                      </span>
                    ) : (
                      <span class="badge badge-ok">✓ Đã ghi</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {entries.length === 0 && !loading.value && <p class="muted">Chưa có thay đổi nào.</p>}
        {nextBefore.value !== null && (
          <button
            type="button"
            class="btn"
            disabled={loading.value}
            onClick={() => void load(nextBefore.value)}
          >
            Xem cũ hơn
          </button>
        )}
      </section>
    </main>
  );
}

import { appDb } from '../data/connection.ts';
import { useLiveQuery } from '../live-query.ts';
import { listMissingBlobs } from './data/api.ts';
import { useRemote } from './use-remote.ts';

/** Photos and signatures whose rows reached the server but whose images did not ("ảnh chưa tải lên"). */
export function MissingPhotos() {
  const db = appDb();
  const { remote, reload } = useRemote(listMissingBlobs);
  const names = useLiveQuery(async () => {
    const rows = await db.inspections.toArray();
    return new Map<string, string>(
      rows.map((r) => [r.id, `${r.unitName} (${r.date.split('-').reverse().join('/')})`]),
    );
  });
  const missing = remote.state === 'ok' ? remote.data.missing : [];
  const byInspection = new Map<string, { photos: number; signatures: number }>();
  for (const m of missing) {
    const entry = byInspection.get(m.inspectionId) ?? { photos: 0, signatures: 0 };
    if (m.table === 'signatures') entry.signatures += 1;
    else entry.photos += 1;
    byInspection.set(m.inspectionId, entry);
  }
  return (
    <section class="card" aria-labelledby="missing-heading" data-testid="missing-photos">
      <div class="page-head">
        <h2 id="missing-heading">Ảnh chưa tải lên máy chủ</h2>
        <button type="button" class="btn btn-small" onClick={() => void reload()}>
          Kiểm tra lại
        </button>
      </div>
      {remote.state === 'loading' && <p>Đang tải…</p>}
      {remote.state === 'error' && <p class="error">{remote.message}</p>}
      {remote.state === 'ok' && missing.length === 0 && <p class="muted">Máy chủ đã có đủ ảnh và chữ ký.</p>}
      {byInspection.size > 0 && (
        <>
          <p>
            {missing.length} ảnh, chữ ký còn nằm trên máy tính bảng: nhắc thành viên đoàn mở ứng dụng khi có
            mạng để gửi lên.
          </p>
          <ul>
            {[...byInspection.entries()].map(([id, n]) => (
              <li key={id}>
                {names?.get(id) ?? id}: {n.photos > 0 && `${n.photos} ảnh`}
                {n.photos > 0 && n.signatures > 0 && ', '}
                {n.signatures > 0 && `${n.signatures} chữ ký`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

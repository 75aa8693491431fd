import { useSignal } from '@preact/signals';
import { UNIT_KIND_NAMES } from '../../domain/schemas/unit.ts';
import type { AppDb } from '../db.ts';
import type { LocalUnit } from './data/rows.ts';
import { importableRows, parseUnitCsv, type UnitCsvPreview } from './data/unit-csv.ts';
import { importUnits } from './data/units.ts';

const ACTION_LABELS = {
  create: 'Thêm mới',
  update: 'Cập nhật',
  unchanged: 'Không đổi',
  error: 'Có lỗi',
} as const;

/**
 * "Nhập từ tệp CSV": the office picks a file, sees every row with what would happen and each row's
 * errors, then commits the good rows; nothing is written before that.
 */
export function UnitImport({ db, units }: { db: AppDb; units: readonly LocalUnit[] }) {
  const fileName = useSignal<string | null>(null);
  const preview = useSignal<UnitCsvPreview | null>(null);
  const done = useSignal<string | null>(null);
  const busy = useSignal(false);

  async function onFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    done.value = null;
    if (!file) return;
    fileName.value = file.name;
    preview.value = parseUnitCsv(await file.text(), units);
  }

  async function commit() {
    if (!preview.value) return;
    busy.value = true;
    const counts = await importUnits(db, importableRows(preview.value));
    busy.value = false;
    preview.value = null;
    fileName.value = null;
    done.value = `Đã nhập: thêm ${counts.created} đơn vị, cập nhật ${counts.updated} đơn vị.`;
  }

  const rows = preview.value?.rows ?? [];
  const good = preview.value ? importableRows(preview.value).length : 0;
  const bad = rows.filter((r) => r.action === 'error').length;

  return (
    <section class="card" aria-labelledby="import-heading">
      <h3 id="import-heading">Nhập danh sách từ tệp CSV</h3>
      <p class="muted">
        Các cột: <code>Mã, Tên đơn vị, Loại, Thủ trưởng</code> (Loại: “Phòng” hoặc “Đơn vị sự nghiệp”). Tệp
        lưu bằng UTF-8; dòng có mã trùng với đơn vị đã có sẽ cập nhật đơn vị đó.
      </p>
      <div class="field">
        <label for="unit-csv">Chọn tệp CSV</label>
        <input id="unit-csv" type="file" accept=".csv,text/csv" onChange={onFile} />
      </div>
      {done.value && (
        <p class="notice notice-ok" role="status">
          {done.value}
        </p>
      )}
      {preview.value && preview.value.fileErrors.length > 0 && (
        <ul class="error-list" role="alert">
          {preview.value.fileErrors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {rows.length > 0 && (
        <>
          <p>
            Tệp <strong>{fileName.value}</strong>: {rows.length} dòng, {good} dòng sẽ được nhập
            {bad > 0 && `, ${bad} dòng có lỗi sẽ bị bỏ qua`}.
          </p>
          <div class="table-wrap">
            <table class="data-table" data-testid="import-preview">
              <thead>
                <tr>
                  <th class="num">Dòng</th>
                  <th>Mã</th>
                  <th>Tên đơn vị</th>
                  <th>Loại</th>
                  <th>Thủ trưởng</th>
                  <th>Xử lý</th>
                  <th>Lỗi</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.line} class={row.action === 'error' ? 'row-error' : undefined}>
                    <td class="num">{row.line}</td>
                    <td>{row.code}</td>
                    <td>{row.name}</td>
                    <td>{row.kind ? UNIT_KIND_NAMES[row.kind] : ''}</td>
                    <td>{row.head}</td>
                    <td>{ACTION_LABELS[row.action]}</td>
                    <td>{row.errors.join(' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="toolbar">
            <button
              type="button"
              class="btn btn-primary"
              disabled={good === 0 || busy.value}
              onClick={commit}
            >
              Nhập {good} đơn vị
            </button>
            <button
              type="button"
              class="btn"
              onClick={() => {
                preview.value = null;
                fileName.value = null;
              }}
            >
              Hủy
            </button>
          </div>
        </>
      )}
    </section>
  );
}

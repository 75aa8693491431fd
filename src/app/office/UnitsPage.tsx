import { isActiveUnit, requiredCount } from '../../domain/planning.ts';
import { appDb } from '../data/connection.ts';
import { useLiveQuery } from '../live-query.ts';
import { addUnit, checkUnitInput, unitsWithHistory } from './data/units.ts';
import { UnitForm } from './UnitForm.tsx';
import { UnitImport } from './UnitImport.tsx';
import { UnitRowView } from './UnitRowView.tsx';

/** `/office/units`: the Sở's register of phòng and đơn vị, which the 20% quota counts. */
export function UnitsPage() {
  const db = appDb();
  const register = useLiveQuery(() => unitsWithHistory(db));
  const units = register?.map((r) => r.unit) ?? [];
  const active = units.filter(isActiveUnit).length;

  return (
    <main class="page">
      <div class="page-head">
        <h2>Danh sách phòng, đơn vị</h2>
        <p class="muted" data-testid="unit-count">
          {active} đơn vị đang hoạt động · kế hoạch kiểm tra cần ít nhất {requiredCount(active)} đơn vị (20%)
        </p>
      </div>
      <section class="card" aria-labelledby="add-unit-heading">
        <h3 id="add-unit-heading">Thêm đơn vị</h3>
        <UnitForm
          idPrefix="new-unit"
          submitLabel="Thêm"
          onSubmit={async (input) => {
            const problem = checkUnitInput(input, units);
            if (problem) return problem;
            await addUnit(db, input);
            return null;
          }}
        />
      </section>
      <UnitImport db={db} units={units} />
      <section class="card" aria-labelledby="units-heading">
        <h3 id="units-heading">Đơn vị ({units.length})</h3>
        {register === undefined ? (
          <p>Đang tải…</p>
        ) : register.length === 0 ? (
          <p class="muted">Chưa có đơn vị nào: thêm từng đơn vị hoặc nhập từ tệp CSV.</p>
        ) : (
          <div class="table-wrap">
            <table class="data-table" data-testid="units-table">
              <thead>
                <tr>
                  <th>Mã</th>
                  <th>Tên, loại, thủ trưởng</th>
                  <th>Trạng thái</th>
                  <th>Các lần kiểm tra</th>
                  <th>Thao tác</th>
                </tr>
              </thead>
              <tbody>
                {register.map((entry) => (
                  <UnitRowView key={entry.unit.id} db={db} entry={entry} units={units} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}

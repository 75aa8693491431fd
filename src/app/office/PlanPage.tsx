import { useSignal } from '@preact/signals';
import { useLocation } from 'preact-iso';
import { isActiveUnit, requiredCount } from '../../domain/planning.ts';
import { INSPECTION_STATUS_LABELS } from '../../domain/schemas/inspection.ts';
import { appDb } from '../data/connection.ts';
import { useLiveQuery } from '../live-query.ts';
import { requestSync } from '../sync/status.ts';
import { listUsers } from './data/api.ts';
import { catalogueForYear } from './data/catalogues.ts';
import {
  approvePlanWithInspections,
  draftPlan,
  loadPlanScreen,
  setPlanned,
  setSchedule,
} from './data/plans.ts';
import { currentYear, formatDateTime } from './format.ts';
import { PlanUnitRow } from './PlanUnitRow.tsx';
import { useCatalogues } from './use-catalogues.ts';
import { useRemote } from './use-remote.ts';

/**
 * `/office/plans/:year`: the year's inspection plan. A proposal covers ceil(20%) of the active units,
 * longest uninspected first; the office adds or removes units, schedules each inspection and assigns
 * inspectors, then approves: a plan below quota is refused with the domain's reason, an approved plan
 * creates the inspections that reach the inspectors' tablets on their next sync.
 */
export function PlanPage({ year: yearParam }: { year?: string }) {
  const db = appDb();
  const { route } = useLocation();
  const year = Number(yearParam) || currentYear();
  const screen = useLiveQuery(() => loadPlanScreen(db, year), [year]);
  const { views } = useCatalogues();
  const { remote: users } = useRemote(listUsers);
  const errors = useSignal<string[]>([]);
  const notice = useSignal<string | null>(null);
  const busy = useSignal(false);

  if (screen === undefined) return <main class="page">Đang tải…</main>;
  const { plan, units, lastInspectedOn, inspectionStatus } = screen;
  const catalogue = views ? catalogueForYear(views, year) : null;
  const inspectors =
    users.state === 'ok' ? users.data.users.filter((u) => u.role === 'inspector' && !u.disabled) : [];
  const active = units.filter(isActiveUnit);
  const isDraft = plan?.status === 'draft';
  const required =
    plan?.status === 'approved' && plan.required !== null ? plan.required : requiredCount(active.length);
  const planned = plan ? plan.unitIds.filter((id) => active.some((u) => u.id === id)).length : 0;
  const shown = plan?.status === 'approved' ? units.filter((u) => plan.unitIds.includes(u.id)) : active;

  async function propose() {
    await draftPlan(db, year);
  }

  async function approve() {
    if (!plan) return;
    busy.value = true;
    notice.value = null;
    const outcome = await approvePlanWithInspections(db, plan.id, catalogue?.catalogue.id ?? null);
    busy.value = false;
    if (!outcome.ok) {
      errors.value = outcome.errors.map((e) => e.message);
      return;
    }
    errors.value = [];
    notice.value = `Đã phê duyệt kế hoạch và tạo ${outcome.inspectionIds.length} cuộc kiểm tra; máy tính bảng của thành viên đoàn sẽ nhận khi đồng bộ.`;
    requestSync();
  }

  return (
    <main class="page" data-testid="plan-page">
      <div class="page-head">
        <h2>Kế hoạch kiểm tra CCHC năm {year}</h2>
        <div class="toolbar no-print">
          <button type="button" class="btn btn-small" onClick={() => route(`/office/plans/${year - 1}`)}>
            ← Năm {year - 1}
          </button>
          <button type="button" class="btn btn-small" onClick={() => route(`/office/plans/${year + 1}`)}>
            Năm {year + 1} →
          </button>
          {plan && (
            <a class="btn btn-small" href={`/plans/${plan.id}/report`}>
              Báo cáo tổng hợp
            </a>
          )}
        </div>
      </div>

      {plan === null ? (
        <section class="card">
          <p>Chưa có kế hoạch kiểm tra năm {year}.</p>
          <p class="muted">
            Đề xuất chọn {requiredCount(active.length)} trong {active.length} đơn vị đang hoạt động (ít nhất
            20%), ưu tiên đơn vị lâu chưa được kiểm tra nhất; sau đó có thể thêm, bớt đơn vị.
          </p>
          <button type="button" class="btn btn-primary" disabled={active.length === 0} onClick={propose}>
            Lập kế hoạch đề xuất
          </button>
          {active.length === 0 && (
            <p class="error">Chưa có đơn vị nào đang hoạt động: hãy nhập danh sách đơn vị.</p>
          )}
        </section>
      ) : (
        <>
          <section class="card">
            <p>
              {plan.status === 'approved' ? (
                <span class="badge badge-ok">
                  ✓ Đã phê duyệt{plan.approvedAt && ` lúc ${formatDateTime(plan.approvedAt)}`}
                </span>
              ) : (
                <span class="badge badge-warn">Dự thảo</span>
              )}{' '}
              <span class={`quota ${planned >= required ? 'quota-ok' : 'quota-short'}`} data-testid="quota">
                Đã chọn {planned}/{required} đơn vị bắt buộc
              </span>{' '}
              <span class="muted">
                (20% của {plan.status === 'approved' ? plan.activeUnitCount : active.length} đơn vị đang hoạt
                động, làm tròn lên)
              </span>
            </p>
            <p class="muted">
              Bộ tiêu chí:{' '}
              {catalogue ? (
                <a href={`/office/catalogue?id=${catalogue.catalogue.id}`}>
                  {catalogue.catalogue.title} (phiên bản {catalogue.catalogue.version})
                </a>
              ) : (
                'chưa có'
              )}
              {users.state === 'error' && ` · Không tải được danh sách tài khoản: ${users.message}`}
            </p>
          </section>

          {errors.value.length > 0 && (
            <ul class="error-list" role="alert" data-testid="plan-errors">
              {errors.value.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          {notice.value && (
            <p class="notice notice-ok" role="status">
              {notice.value}
            </p>
          )}

          <section class="card" aria-labelledby="schedule-heading">
            <h3 id="schedule-heading">Đơn vị và lịch kiểm tra</h3>
            <div class="table-wrap">
              <table class="data-table" data-testid="plan-table">
                <thead>
                  <tr>
                    <th>Chọn</th>
                    <th>Đơn vị</th>
                    <th>Kiểm tra gần nhất</th>
                    <th>Ngày kiểm tra</th>
                    <th>Trưởng đoàn</th>
                    <th>Thành viên</th>
                    <th>Tài khoản được giao</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((unit) => {
                    const status = inspectionStatus.get(unit.id);
                    return (
                      <PlanUnitRow
                        key={unit.id}
                        unit={unit}
                        lastInspectedOn={lastInspectedOn.get(unit.id) ?? null}
                        isPlanned={plan.unitIds.includes(unit.id)}
                        entry={plan.schedule.find((e) => e.unitId === unit.id)}
                        inspectors={inspectors}
                        isDraft={isDraft}
                        inspectionStatus={status && INSPECTION_STATUS_LABELS[status]}
                        onPlanned={(on) => void setPlanned(db, plan.id, unit.id, on)}
                        onSchedule={(input) => void setSchedule(db, plan.id, unit.id, input)}
                      />
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>

          {isDraft && (
            <div class="toolbar">
              <button type="button" class="btn btn-primary" disabled={busy.value} onClick={approve}>
                Phê duyệt kế hoạch
              </button>
              <span class="muted">
                Khi phê duyệt, mỗi đơn vị trong kế hoạch có một cuộc kiểm tra giao cho tài khoản đã chọn.
              </span>
            </div>
          )}
        </>
      )}
    </main>
  );
}

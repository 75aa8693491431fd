import { useLocation } from 'preact-iso';
import { INSPECTION_STATUS_LABELS, type InspectionStatus } from '../../domain/schemas/inspection.ts';
import { appDb } from '../data/connection.ts';
import { useLiveQuery } from '../live-query.ts';
import { AreaBarChart } from './AreaBarChart.tsx';
import { ConflictsPanel } from './ConflictsPanel.tsx';
import { dashboardYears, loadDashboard } from './data/dashboard.ts';
import { currentYear, formatDate, percentText, todayVn } from './format.ts';
import { MissingPhotos } from './MissingPhotos.tsx';
import { StatTile } from './StatTile.tsx';

const STATUS_BADGE: Record<InspectionStatus, string> = {
  draft: 'badge',
  inProgress: 'badge badge-warn',
  completed: 'badge badge-ok',
  signed: 'badge badge-ok',
};

/** `/office`: how the year's plan stands and what needs the office's attention. */
export function DashboardPage() {
  const db = appDb();
  const { query, route } = useLocation();
  const years = useLiveQuery(() => dashboardYears(db, currentYear()));
  const planYears = useLiveQuery(async () => (await db.plans.toArray()).map((p) => Number(p.year)));
  const fallback = planYears && planYears.length > 0 ? Math.max(...planYears) : currentYear();
  const year = Number(query.year) || fallback;
  const data = useLiveQuery(() => loadDashboard(db, year, todayVn()), [year]);

  return (
    <main class="page" data-testid="office-dashboard">
      <div class="page-head">
        <h2>Tổng quan công tác kiểm tra CCHC năm {year}</h2>
        <div class="toolbar no-print">
          <label for="dashboard-year" class="visually-hidden">
            Năm
          </label>
          <select
            id="dashboard-year"
            class="btn"
            value={String(year)}
            onChange={(e) => route(`/office?year=${e.currentTarget.value}`)}
          >
            {(years ?? [year]).map((y) => (
              <option key={y} value={String(y)}>
                Năm {y}
              </option>
            ))}
          </select>
          <a class="btn" href={`/office/plans/${year}`}>
            Kế hoạch năm {year}
          </a>
          {data?.planId && (
            <a class="btn" href={`/plans/${data.planId}/report`}>
              Báo cáo tổng hợp
            </a>
          )}
          <button type="button" class="btn" onClick={() => window.print()}>
            In
          </button>
        </div>
      </div>
      {data === undefined ? (
        <p>Đang tải…</p>
      ) : (
        <>
          <section aria-labelledby="coverage-heading">
            <h3 id="coverage-heading" class="visually-hidden">
              Mức độ bao phủ
            </h3>
            <ul class="stat-row" data-testid="coverage">
              <StatTile label="Bắt buộc (20% đơn vị)" value={data.coverage.required} testId="required" />
              <StatTile label="Trong kế hoạch" value={data.coverage.planned} testId="planned" />
              <StatTile label="Đã hoàn thành" value={data.coverage.done} testId="done" />
              <StatTile label="Đã ký biên bản" value={data.coverage.signed} testId="signed" />
            </ul>
            <p class="muted">
              {data.planStatus === null && 'Chưa có kế hoạch kiểm tra cho năm này.'}
              {data.planStatus === 'draft' && 'Kế hoạch đang ở dạng dự thảo, chưa phê duyệt.'}
              {data.planStatus === 'approved' &&
                (data.coverage.planned >= data.coverage.required
                  ? 'Kế hoạch đã phê duyệt, đủ chỉ tiêu 20%.'
                  : 'Kế hoạch đã phê duyệt nhưng chưa đủ chỉ tiêu 20%.')}
            </p>
          </section>

          <div class="grid-2">
            <section class="card" aria-labelledby="inspections-heading">
              <h3 id="inspections-heading">Các cuộc kiểm tra</h3>
              {data.inspections.length === 0 ? (
                <p class="muted">Chưa có cuộc kiểm tra nào.</p>
              ) : (
                <div class="table-wrap">
                  <table class="data-table" data-testid="dashboard-inspections">
                    <thead>
                      <tr>
                        <th>Đơn vị</th>
                        <th>Ngày</th>
                        <th>Trạng thái</th>
                        <th class="num">Điểm</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.inspections.map((i) => (
                        <tr key={i.id} data-testid={`inspection-${i.id}`}>
                          <td>{i.unitName}</td>
                          <td>{formatDate(i.date)}</td>
                          <td>
                            <span class={STATUS_BADGE[i.status]}>{INSPECTION_STATUS_LABELS[i.status]}</span>
                          </td>
                          <td class="num">
                            {i.percent === null
                              ? '–'
                              : `${percentText(i.percent)} (${fmt(i.points)}/${fmt(i.judgedMax)})`}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>

            <section class="card" aria-labelledby="areas-heading">
              <h3 id="areas-heading">Điểm theo lĩnh vực</h3>
              <p class="muted">Tỷ lệ điểm đạt trên điểm đã chấm, gộp các cuộc kiểm tra đã hoàn thành.</p>
              {data.areas.length === 0 ? (
                <p class="muted">Chưa có cuộc kiểm tra nào hoàn thành.</p>
              ) : (
                <AreaBarChart
                  title="Điểm theo lĩnh vực"
                  bars={data.areas.map((a) => ({
                    key: a.areaId,
                    label: `${a.areaId}. ${a.name}`,
                    value: a.percent,
                  }))}
                />
              )}
            </section>
          </div>

          <div class="grid-2">
            <section class="card" aria-labelledby="notmet-heading">
              <h3 id="notmet-heading">Tiêu chí hay không đạt nhất</h3>
              {data.notMet.length === 0 ? (
                <p class="muted">Chưa có tiêu chí nào không đạt.</p>
              ) : (
                <table class="data-table" data-testid="not-met">
                  <thead>
                    <tr>
                      <th>Tiêu chí</th>
                      <th class="num">Không đạt</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.notMet.slice(0, 10).map((c) => (
                      <tr key={c.criterionId}>
                        <td>
                          <strong>{c.criterionId}</strong> {c.text}
                        </td>
                        <td class="num">
                          {c.count}/{c.judged} đơn vị
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>

            <section class="card" aria-labelledby="recs-heading">
              <h3 id="recs-heading">Kiến nghị theo thời hạn</h3>
              {data.recommendations.length === 0 ? (
                <p class="muted">Chưa có kiến nghị nào.</p>
              ) : (
                <table class="data-table" data-testid="recommendations">
                  <thead>
                    <tr>
                      <th>Thời hạn</th>
                      <th>Kiến nghị</th>
                      <th>Tình trạng</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.recommendations.map((r) => (
                      <tr key={r.id}>
                        <td>{r.deadline ? formatDate(r.deadline) : 'Không hạn'}</td>
                        <td>
                          {r.content}
                          <br />
                          <span class="muted">
                            {r.unitName}
                            {r.owner && ` · ${r.owner}`}
                          </span>
                        </td>
                        <td>
                          {r.isOverdue ? (
                            <span class="badge badge-bad">⚠ Quá hạn</span>
                          ) : r.status === 'done' ? (
                            <span class="badge badge-ok">✓ Đã thực hiện</span>
                          ) : (
                            <span class="badge">Chưa thực hiện</span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          </div>

          <div class="grid-2 no-print">
            <MissingPhotos />
            <ConflictsPanel />
          </div>
        </>
      )}
    </main>
  );
}

function fmt(n: number): string {
  return String(n).replace('.', ',');
}

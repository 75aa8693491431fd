import { useSignal } from '@preact/signals';
import { useLocation } from 'preact-iso';
import type { CatalogueChanges, CriterionChange } from '../../domain/criteria/revise.ts';
import type { AreaId } from '../../domain/schemas/catalogue.ts';
import { appDb } from '../data/connection.ts';
import { CriterionEditRow, parseNumber } from './CriterionEditRow.tsx';
import { saveCatalogueChanges } from './data/catalogues.ts';
import { formatDateTime } from './format.ts';
import { useCatalogues } from './use-catalogues.ts';

/**
 * `/office/catalogue`: the year's criteria. Targets the province gives (A3.T3, A3.T4, A4.K2), points and
 * weights are set here while the catalogue is unused; once an inspection uses it (or a plan is approved
 * with it) it is locked and changes make a new version for later plans.
 */
export function CataloguePage() {
  const db = appDb();
  const { query, route } = useLocation();
  const { views, isWaitingForSync, seedNow } = useCatalogues();
  const changes = useSignal<CatalogueChanges>({});
  const errors = useSignal<string[]>([]);
  const saved = useSignal<string | null>(null);

  if (views === undefined) return <main class="page">Đang tải…</main>;
  if (views.length === 0) {
    return (
      <main class="page">
        <h2>Bộ tiêu chí</h2>
        {isWaitingForSync ? (
          <p class="notice">
            Đang chờ đồng bộ lần đầu để lấy bộ tiêu chí từ máy chủ…{' '}
            <button type="button" class="btn btn-small" onClick={() => void seedNow()}>
              Tạo bộ tiêu chí 2025 ngay
            </button>
          </p>
        ) : (
          <p>Đang tạo bộ tiêu chí 2025…</p>
        )}
      </main>
    );
  }
  const view = views.find((v) => v.catalogue.id === query.id) ?? views[0];
  if (!view) return null;
  const { catalogue, isLocked, isUsed } = view;
  const hasChanges =
    Object.keys(changes.value.criteria ?? {}).length > 0 || Object.keys(changes.value.areas ?? {}).length > 0;
  // Targets the province still has to give; a null target without a source is a figure only recorded.
  const missingTargets = catalogue.areas
    .flatMap((a) => a.criteria)
    .filter((c) => c.measure.type !== 'text' && c.target === null && c.targetSource !== undefined);

  function setCriterion(id: string, change: CriterionChange) {
    changes.value = { ...changes.value, criteria: { ...changes.value.criteria, [id]: change } };
    saved.value = null;
  }
  function setWeight(areaId: AreaId, text: string) {
    changes.value = {
      ...changes.value,
      areas: { ...changes.value.areas, [areaId]: { weight: parseNumber(text) ?? Number.NaN } },
    };
    saved.value = null;
  }

  async function save() {
    const notNumbers = [
      ...Object.entries(changes.value.criteria ?? {})
        .filter(([, c]) => Number.isNaN(c.target) || Number.isNaN(c.maxPoints))
        .map(([id]) => `${id}: chỉ tiêu và điểm phải là số (dùng dấu phẩy cho phần thập phân).`),
      ...Object.entries(changes.value.areas ?? {})
        .filter(([, a]) => Number.isNaN(a?.weight))
        .map(([id]) => `${id}: trọng số phải là số.`),
    ];
    if (notNumbers.length > 0) {
      errors.value = notNumbers;
      return;
    }
    const outcome = await saveCatalogueChanges(db, catalogue.id, changes.value);
    if (!outcome.ok) {
      errors.value = outcome.errors.map((e) => e.message);
      return;
    }
    errors.value = [];
    changes.value = {};
    saved.value = outcome.revised
      ? `Đã tạo phiên bản mới (${outcome.catalogueId}); phiên bản đang dùng giữ nguyên.`
      : 'Đã lưu thay đổi.';
    if (outcome.revised) route(`/office/catalogue?id=${outcome.catalogueId}`);
  }

  return (
    <main class="page">
      <div class="page-head">
        <h2>
          {catalogue.title} <span class="muted">(phiên bản {catalogue.version})</span>
        </h2>
        {views.length > 1 && (
          <select
            aria-label="Phiên bản"
            value={catalogue.id}
            onChange={(e) => {
              changes.value = {};
              route(`/office/catalogue?id=${e.currentTarget.value}`);
            }}
          >
            {views.map((v) => (
              <option key={v.catalogue.id} value={v.catalogue.id}>
                Năm {v.catalogue.year} · phiên bản {v.catalogue.version}
                {v.isLocked ? ' (đã khóa)' : ''}
              </option>
            ))}
          </select>
        )}
      </div>
      <section class="card stack">
        <p class="muted">
          Căn cứ: {catalogue.source.document}
          {catalogue.source.issuer && ` · ${catalogue.source.issuer}`}
        </p>
        <p class={isLocked ? 'notice' : 'notice notice-ok'} data-testid="catalogue-state">
          {isLocked
            ? `Đã khóa${isUsed ? ' vì đã được dùng cho cuộc kiểm tra' : ''}${catalogue.lockedAt ? ` (từ ${formatDateTime(catalogue.lockedAt)})` : ''}: sửa chỉ tiêu hoặc điểm sẽ tạo phiên bản mới cho các kế hoạch sau.`
            : 'Chưa được dùng: có thể đặt chỉ tiêu, điểm và trọng số trực tiếp.'}
        </p>
        {missingTargets.length > 0 && (
          <p class="target-missing">
            ⚠ {missingTargets.length} tiêu chí chờ chỉ tiêu UBND tỉnh giao:{' '}
            {missingTargets.map((c) => c.id).join(', ')}. Đến khi có chỉ tiêu, các tiêu chí này chỉ ghi nhận
            số liệu, không chấm điểm.
          </p>
        )}
      </section>
      {errors.value.length > 0 && (
        <ul class="error-list" role="alert">
          {errors.value.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {saved.value && (
        <p class="notice notice-ok" role="status">
          {saved.value}
        </p>
      )}
      <div class="toolbar">
        <button type="button" class="btn btn-primary" disabled={!hasChanges} onClick={save}>
          {isLocked ? 'Tạo phiên bản mới với các thay đổi' : 'Lưu thay đổi'}
        </button>
        {hasChanges && (
          <button
            type="button"
            class="btn"
            onClick={() => {
              changes.value = {};
              errors.value = [];
            }}
          >
            Bỏ thay đổi
          </button>
        )}
      </div>
      {catalogue.areas.map((area) => {
        const weight = changes.value.areas?.[area.id]?.weight ?? area.weight;
        return (
          <section key={area.id} class="card" aria-labelledby={`area-${area.id}`}>
            <div class="page-head">
              <h3 id={`area-${area.id}`}>
                {area.id}. {area.name}
              </h3>
              <label class="toolbar">
                Trọng số
                <input
                  class="num-input"
                  inputMode="decimal"
                  value={String(weight).replace('.', ',')}
                  onChange={(e) => setWeight(area.id, e.currentTarget.value)}
                />
              </label>
            </div>
            <div class="table-wrap">
              <table class="data-table">
                <thead>
                  <tr>
                    <th>Mã</th>
                    <th>Tiêu chí</th>
                    <th>Chỉ tiêu</th>
                    <th class="num">Điểm tối đa</th>
                  </tr>
                </thead>
                <tbody>
                  {area.criteria.map((c) => (
                    <CriterionEditRow
                      key={c.id}
                      criterion={c}
                      change={changes.value.criteria?.[c.id]}
                      onChange={(change) => setCriterion(c.id, change)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </main>
  );
}

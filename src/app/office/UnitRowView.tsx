import { useSignal } from '@preact/signals';
import { isActiveUnit } from '../../domain/planning.ts';
import { INSPECTION_STATUS_LABELS } from '../../domain/schemas/inspection.ts';
import { UNIT_KIND_NAMES } from '../../domain/schemas/unit.ts';
import type { AppDb } from '../db.ts';
import type { LocalUnit } from './data/rows.ts';
import { checkUnitInput, mergeUnit, setUnitActive, type UnitHistory, updateUnit } from './data/units.ts';
import { formatDate } from './format.ts';
import { UnitForm } from './UnitForm.tsx';

interface UnitRowViewProps {
  db: AppDb;
  entry: UnitHistory;
  units: readonly LocalUnit[];
}

/** One unit of the register: its fields, its state, its inspections across years, and the office's actions. */
export function UnitRowView({ db, entry, units }: UnitRowViewProps) {
  const { unit, inspections } = entry;
  const mode = useSignal<'view' | 'edit' | 'merge'>('view');
  const mergeInto = useSignal('');
  const error = useSignal<string | null>(null);
  const mergedInto = unit.mergedInto ? units.find((u) => u.id === unit.mergedInto) : undefined;
  const targets = units.filter((u) => u.id !== unit.id && isActiveUnit(u));

  async function toggleActive() {
    const outcome = await setUnitActive(db, unit.id, !unit.active);
    error.value = outcome.ok ? null : outcome.message;
  }

  async function merge() {
    if (!mergeInto.value) {
      error.value = 'Chọn đơn vị nhận sáp nhập.';
      return;
    }
    const outcome = await mergeUnit(db, unit.id, mergeInto.value);
    error.value = outcome.ok ? null : outcome.message;
    if (outcome.ok) mode.value = 'view';
  }

  if (mode.value === 'edit') {
    return (
      <tr>
        <td colSpan={5}>
          <UnitForm
            idPrefix={`edit-${unit.id}`}
            initial={unit}
            submitLabel="Lưu"
            onCancel={() => {
              mode.value = 'view';
            }}
            onSubmit={async (input) => {
              const problem = checkUnitInput(input, units, unit.id);
              if (problem) return problem;
              await updateUnit(db, unit.id, input);
              mode.value = 'view';
              return null;
            }}
          />
        </td>
      </tr>
    );
  }

  return (
    <tr class={isActiveUnit(unit) ? undefined : 'row-muted'} data-testid={`unit-${unit.code ?? unit.id}`}>
      <td>{unit.code}</td>
      <td>
        <strong>{unit.name}</strong>
        <br />
        <span class="muted">
          {UNIT_KIND_NAMES[unit.kind]}
          {unit.head && ` · ${unit.head}`}
        </span>
      </td>
      <td>
        {mergedInto ? (
          <span class="badge">Đã sáp nhập vào {mergedInto.name}</span>
        ) : unit.active ? (
          <span class="badge badge-ok">● Đang hoạt động</span>
        ) : (
          <span class="badge badge-warn">○ Ngừng hoạt động</span>
        )}
      </td>
      <td>
        {inspections.length === 0 ? (
          <span class="muted">Chưa kiểm tra</span>
        ) : (
          <ul class="plain-list">
            {inspections.map((i) => (
              <li key={i.id}>
                <a href={`/inspections/${i.id}`}>{formatDate(i.date)}</a> ·{' '}
                {INSPECTION_STATUS_LABELS[i.status]}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {mode.value === 'merge' ? (
          <div class="toolbar">
            <label class="visually-hidden" for={`merge-${unit.id}`}>
              Sáp nhập vào
            </label>
            <select
              id={`merge-${unit.id}`}
              value={mergeInto.value}
              onChange={(e) => {
                mergeInto.value = e.currentTarget.value;
              }}
            >
              <option value="">— Sáp nhập vào —</option>
              {targets.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
            <button type="button" class="btn btn-small btn-primary" onClick={merge}>
              Xác nhận
            </button>
            <button
              type="button"
              class="btn btn-small"
              onClick={() => {
                mode.value = 'view';
              }}
            >
              Hủy
            </button>
          </div>
        ) : (
          <div class="toolbar">
            <button
              type="button"
              class="btn btn-small"
              onClick={() => {
                mode.value = 'edit';
              }}
            >
              Sửa
            </button>
            {!mergedInto && (
              <button type="button" class="btn btn-small" onClick={toggleActive}>
                {unit.active ? 'Ngừng hoạt động' : 'Hoạt động lại'}
              </button>
            )}
            {!mergedInto && (
              <button
                type="button"
                class="btn btn-small"
                onClick={() => {
                  mode.value = 'merge';
                }}
              >
                Sáp nhập
              </button>
            )}
          </div>
        )}
        {error.value && (
          <p class="error" role="alert">
            {error.value}
          </p>
        )}
      </td>
    </tr>
  );
}

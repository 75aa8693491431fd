import type { ScheduleEntry } from '../../domain/schemas/plan.ts';
import type { UserRow } from '../../domain/schemas/user.ts';
import type { ScheduleInput, SchedulePatch } from './data/plans.ts';
import type { LocalUnit } from './data/rows.ts';
import { formatDate } from './format.ts';

interface PlanUnitRowProps {
  unit: LocalUnit;
  lastInspectedOn: string | null;
  isPlanned: boolean;
  entry: ScheduleEntry | undefined;
  inspectors: readonly UserRow[];
  isDraft: boolean;
  /** The status of the unit's inspection once the plan is approved. */
  inspectionStatus?: string;
  onPlanned: (planned: boolean) => void;
  onSchedule: (patch: SchedulePatch) => void;
}

function inputOf(entry: ScheduleEntry | undefined): ScheduleInput {
  return {
    date: entry?.date ?? null,
    leader: entry?.leader ?? null,
    members: entry?.members ?? [],
    inspectorIds: entry?.inspectorIds ?? [],
  };
}

/**
 * One unit in the plan screen: whether it is planned, when it was last inspected, and its schedule
 * line (date, team leader, members, accounts that get the inspection on their tablets). Each change
 * is saved at once through the write path.
 */
export function PlanUnitRow(props: PlanUnitRowProps) {
  const { unit, entry, isPlanned, isDraft, inspectors } = props;
  const current = inputOf(entry);
  const save = props.onSchedule;
  const label = unit.name;
  return (
    <tr data-testid={`plan-unit-${unit.code ?? unit.id}`} class={isPlanned ? undefined : 'row-muted'}>
      <td>
        <input
          type="checkbox"
          aria-label={`Đưa “${label}” vào kế hoạch`}
          checked={isPlanned}
          disabled={!isDraft}
          onChange={(e) => props.onPlanned(e.currentTarget.checked)}
        />
      </td>
      <td>
        <strong>{label}</strong>
        {unit.code && <span class="muted"> ({unit.code})</span>}
        {props.inspectionStatus && (
          <>
            <br />
            <span class="badge">Cuộc kiểm tra: {props.inspectionStatus}</span>
          </>
        )}
      </td>
      <td>
        {props.lastInspectedOn ? formatDate(props.lastInspectedOn) : <span class="muted">Chưa kiểm tra</span>}
      </td>
      {isPlanned ? (
        <>
          <td>
            <input
              type="date"
              aria-label={`Ngày kiểm tra ${label}`}
              disabled={!isDraft}
              value={current.date ?? ''}
              onChange={(e) => save({ date: e.currentTarget.value || null })}
            />
          </td>
          <td>
            {/* Uncontrolled while typing: another field's save re-renders the row before this one's change
                event, and a controlled value would reset the half-typed text. The key remounts the input
                when the stored value changes. */}
            <input
              key={`leader:${current.leader ?? ''}`}
              aria-label={`Trưởng đoàn ${label}`}
              disabled={!isDraft}
              defaultValue={current.leader ?? ''}
              onChange={(e) => save({ leader: e.currentTarget.value })}
            />
          </td>
          <td>
            <input
              key={`members:${current.members.join(', ')}`}
              aria-label={`Thành viên ${label}`}
              placeholder="Cách nhau dấu phẩy"
              disabled={!isDraft}
              defaultValue={current.members.join(', ')}
              onChange={(e) => save({ members: e.currentTarget.value.split(',') })}
            />
          </td>
          <td>
            {inspectors.length === 0 ? (
              <span class="muted">Chưa có tài khoản thành viên đoàn</span>
            ) : (
              <fieldset class="checks" aria-label={`Tài khoản kiểm tra ${label}`}>
                {inspectors.map((user) => (
                  <label key={user.id}>
                    <input
                      type="checkbox"
                      disabled={!isDraft}
                      checked={current.inspectorIds.includes(user.id)}
                      onChange={(e) =>
                        save({ inspector: { id: user.id, isAssigned: e.currentTarget.checked } })
                      }
                    />
                    {user.displayName}
                  </label>
                ))}
              </fieldset>
            )}
          </td>
        </>
      ) : (
        <td colSpan={4} />
      )}
    </tr>
  );
}

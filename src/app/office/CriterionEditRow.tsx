import type { CriterionChange } from '../../domain/criteria/revise.ts';
import type { Criterion } from '../../domain/schemas/catalogue.ts';

const COMPARATORS = { '>=': '≥', '=': '=', '<=': '≤' } as const;

interface CriterionEditRowProps {
  criterion: Criterion;
  change: CriterionChange | undefined;
  onChange: (change: CriterionChange) => void;
}

/** "90,5" or "90.5" → 90.5; empty → null; anything else → NaN, which the schema refuses with a message. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? null : Number(trimmed);
}

function numberText(value: number | boolean | null | undefined): string {
  return typeof value === 'number' ? String(value).replace('.', ',') : '';
}

/** One criterion with its target and points; on a locked catalogue the edits go to a new version. */
export function CriterionEditRow({ criterion: c, change, onChange }: CriterionEditRowProps) {
  const target = change?.target !== undefined ? change.target : c.target;
  const maxPoints = change?.maxPoints ?? c.maxPoints;
  const isText = c.measure.type === 'text';
  const label = `${c.id}`;
  return (
    <tr data-testid={`criterion-${c.id}`}>
      <td>
        <strong>{c.id}</strong>
      </td>
      <td class="criterion-text">
        {c.text}
        {c.strive && <span class="muted"> (phấn đấu)</span>}
      </td>
      <td>
        {isText ? (
          <span class="muted">Ghi nhận bằng lời</span>
        ) : c.measure.type === 'yesNo' ? (
          <select
            class="target-select"
            aria-label={`Chỉ tiêu ${label}`}
            value={target === false ? 'no' : 'yes'}
            onChange={(e) => onChange({ ...change, target: e.currentTarget.value === 'yes' })}
          >
            <option value="yes">Có</option>
            <option value="no">Không</option>
          </select>
        ) : (
          <span class="toolbar">
            <span aria-hidden="true">{c.comparator ? COMPARATORS[c.comparator] : ''}</span>
            <input
              class="num-input"
              aria-label={`Chỉ tiêu ${label}`}
              inputMode="decimal"
              value={numberText(target)}
              onChange={(e) => onChange({ ...change, target: parseNumber(e.currentTarget.value) })}
            />
            {c.measure.type === 'percent' ? '%' : c.measure.type === 'count' ? (c.measure.unit ?? '') : ''}
          </span>
        )}
        {!isText &&
          target === null &&
          (c.targetSource ? (
            <div class="target-missing">⚠ Chưa có chỉ tiêu ({c.targetSource})</div>
          ) : (
            <div class="muted">Chỉ ghi nhận số liệu, không chấm điểm</div>
          ))}
      </td>
      <td class="num">
        <input
          class="num-input"
          aria-label={`Điểm tối đa ${label}`}
          inputMode="decimal"
          disabled={isText}
          value={numberText(maxPoints)}
          onChange={(e) =>
            onChange({ ...change, maxPoints: parseNumber(e.currentTarget.value) ?? Number.NaN })
          }
        />
      </td>
    </tr>
  );
}

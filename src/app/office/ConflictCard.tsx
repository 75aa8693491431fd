import { parseHlc } from '../../domain/hlc.ts';
import type { Json } from '../../domain/merge.ts';
import type { Conflict } from './data/api.ts';
import { formatDateTime } from './format.ts';
import { fieldLabel, tableLabel, valueText } from './labels.ts';

function stampTime(hlc: string): string {
  const parts = parseHlc(hlc);
  return parts ? formatDateTime(new Date(parts.millis).toISOString()) : '–';
}

interface ConflictCardProps {
  conflict: Conflict;
  rowName: string | null;
  /** The field's value on this device now, when it differs from the value the merge kept. */
  laterValue?: Json;
  isBusy: boolean;
  onKeep: (value: Json) => void;
}

/** One overwritten value: both sides with who and when, and "Giữ giá trị này" for each. */
export function ConflictCard({ conflict: c, rowName, laterValue, isBusy, onKeep }: ConflictCardProps) {
  const who = (hlc: string) =>
    parseHlc(hlc)?.node === c.clientId ? (c.userName ?? 'thiết bị gửi') : 'thiết bị khác';
  const sides = [
    ['Giá trị đang giữ', c.keptValue, c.keptHlc],
    ['Giá trị bị ghi đè', c.lostValue, c.lostHlc],
  ] as const;
  return (
    <article class="conflict" data-testid={`conflict-${c.id}`}>
      <p>
        <strong>
          {tableLabel(c.table)} · {fieldLabel(c.field)}
        </strong>
        {rowName && ` · ${rowName}`}{' '}
        <span class="muted">
          (phát sinh khi đồng bộ của {c.userName ?? 'không rõ'} lúc {formatDateTime(c.createdAt)})
        </span>
      </p>
      {laterValue !== undefined && (
        <p class="muted">Sau đó đã được sửa tiếp, giá trị hiện tại: {valueText(laterValue, c.field)}</p>
      )}
      <div class="conflict-values">
        {sides.map(([label, value, hlc]) => (
          <div key={label} class="conflict-side">
            <p class="muted">
              {label} · {who(hlc)} · {stampTime(hlc)}
            </p>
            <p>{valueText(value, c.field)}</p>
            <button type="button" class="btn btn-small" disabled={isBusy} onClick={() => onKeep(value)}>
              Giữ giá trị này
            </button>
          </div>
        ))}
      </div>
    </article>
  );
}

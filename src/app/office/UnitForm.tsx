import { useSignal } from '@preact/signals';
import { MAX_NAME_CHARS } from '../../domain/schemas/limits.ts';
import { UNIT_KIND_NAMES, type UnitKind } from '../../domain/schemas/unit.ts';
import type { UnitInput } from './data/units.ts';

interface UnitFormProps {
  initial?: UnitInput;
  submitLabel: string;
  /** Returns an error sentence to show, or null when saved. */
  onSubmit: (input: UnitInput) => Promise<string | null>;
  onCancel?: () => void;
  idPrefix: string;
}

const EMPTY: UnitInput = { name: '', code: null, kind: 'phong', head: null };

/** Name, code, kind and head of a unit: used to add one and to edit one in place. */
export function UnitForm({ initial = EMPTY, submitLabel, onSubmit, onCancel, idPrefix }: UnitFormProps) {
  const name = useSignal(initial.name);
  const code = useSignal(initial.code ?? '');
  const kind = useSignal<UnitKind>(initial.kind);
  const head = useSignal(initial.head ?? '');
  const error = useSignal<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    error.value = await onSubmit({ name: name.value, code: code.value, kind: kind.value, head: head.value });
    if (error.value === null && !onCancel) {
      name.value = '';
      code.value = '';
      head.value = '';
    }
  }

  return (
    <form class="form-row" onSubmit={submit} noValidate>
      <div class="field">
        <label for={`${idPrefix}-code`}>Mã</label>
        <input
          id={`${idPrefix}-code`}
          size={8}
          maxLength={40}
          value={code.value}
          onInput={(e) => {
            code.value = e.currentTarget.value;
          }}
        />
      </div>
      <div class="field grow">
        <label for={`${idPrefix}-name`}>Tên phòng, đơn vị</label>
        <input
          id={`${idPrefix}-name`}
          maxLength={MAX_NAME_CHARS}
          value={name.value}
          onInput={(e) => {
            name.value = e.currentTarget.value;
          }}
        />
      </div>
      <div class="field">
        <label for={`${idPrefix}-kind`}>Loại</label>
        <select
          id={`${idPrefix}-kind`}
          value={kind.value}
          onChange={(e) => {
            kind.value = e.currentTarget.value as UnitKind; // the options are exactly the UnitKind values
          }}
        >
          {(Object.keys(UNIT_KIND_NAMES) as UnitKind[]).map((k) => (
            <option key={k} value={k}>
              {UNIT_KIND_NAMES[k]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${idPrefix}-head`}>Thủ trưởng</label>
        <input
          id={`${idPrefix}-head`}
          maxLength={MAX_NAME_CHARS}
          value={head.value}
          onInput={(e) => {
            head.value = e.currentTarget.value;
          }}
        />
      </div>
      <button type="submit" class="btn btn-primary">
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" class="btn" onClick={onCancel}>
          Hủy
        </button>
      )}
      {error.value && (
        <p class="error" role="alert" style={{ flexBasis: '100%' }}>
          {error.value}
        </p>
      )}
    </form>
  );
}

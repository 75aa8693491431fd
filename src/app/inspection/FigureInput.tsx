import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n.ts';

export interface FigureInputProps {
  id: string;
  label: string;
  value: number | null;
  onStore: (value: number | null) => void;
  /** The Vietnamese message of readAnswer for this field, if any. */
  error?: string;
  disabled?: boolean;
  unit?: string;
}

/** '' → null; digits (with a decimal comma or point, or a minus: readAnswer explains why not) → number. */
export function parseFigure(text: string): number | null | 'nan' {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return 'nan';
  return Number(trimmed.replace(',', '.'));
}

/**
 * A figure typed on the numeric keypad. Figures are stored as typed, even when wrong, so the message
 * from readAnswer can explain them; only text that is not a number at all stays on screen unstored.
 */
export function FigureInput(props: FigureInputProps) {
  const draft = useSignal(props.value === null ? '' : String(props.value));
  const notNumber = useSignal(false);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) {
      draft.value = props.value === null ? '' : String(props.value);
      notNumber.value = false;
    }
  }, [props.value]);
  const message = notNumber.value ? t('notANumber') : props.error;
  const errorId = `${props.id}-error`;
  return (
    <div class="field figure-field">
      <label for={props.id}>{props.label}</label>
      <div class="figure-row">
        <input
          id={props.id}
          type="text"
          inputMode="numeric"
          autocomplete="off"
          value={draft.value}
          disabled={props.disabled}
          aria-invalid={message ? 'true' : undefined}
          aria-describedby={message ? errorId : undefined}
          onFocus={() => {
            focused.current = true;
          }}
          onBlur={() => {
            focused.current = false;
          }}
          onInput={(event) => {
            const text = event.currentTarget.value;
            draft.value = text;
            const parsed = parseFigure(text);
            notNumber.value = parsed === 'nan';
            if (parsed !== 'nan') props.onStore(parsed);
          }}
        />
        {props.unit && <span class="muted">{props.unit}</span>}
      </div>
      {message && (
        <p id={errorId} class="error field-error">
          <span aria-hidden="true">! </span>
          {message}
        </p>
      )}
    </div>
  );
}

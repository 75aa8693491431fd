import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';

export interface StoredTextProps {
  id: string;
  label: string;
  value: string;
  /** Called on every input event: there is no save button. */
  onStore: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'date';
  disabled?: boolean;
  maxLength?: number;
  rows?: number;
  /** Values the field cannot store (e.g. an empty required date) are kept on screen only. */
  accepts?: (value: string) => boolean;
  hideLabel?: boolean;
}

/**
 * A text field stored as it is typed. What is on screen is the field's own draft while it has focus,
 * so a stored value arriving a few milliseconds behind the keystrokes never moves the caret or eats a
 * character; without focus it follows the store (another tab, a sync).
 */
export function StoredText(props: StoredTextProps) {
  const draft = useSignal(props.value);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) draft.value = props.value;
  }, [props.value]);
  const attrs = {
    id: props.id,
    value: draft.value,
    disabled: props.disabled,
    maxLength: props.maxLength,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
    },
    onInput: (event: Event) => {
      const value = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      draft.value = value;
      if (!props.accepts || props.accepts(value)) props.onStore(value);
    },
  };
  return (
    <div class="field">
      <label for={props.id} class={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.multiline ? (
        <textarea {...attrs} rows={props.rows ?? 3} />
      ) : props.type === 'date' ? (
        <input {...attrs} type="date" />
      ) : (
        <input {...attrs} type="text" autocomplete="off" />
      )}
    </div>
  );
}

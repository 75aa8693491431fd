import type { Signal } from '@preact/signals';

export interface TextFieldProps {
  id: string;
  label: string;
  value: Signal<string>;
  type?: 'text' | 'password';
  autocomplete?: string;
  autocapitalize?: 'none' | 'sentences';
  required?: boolean;
  maxLength?: number;
  grow?: boolean;
}

/** A labelled text input bound to a signal: the form field every screen repeats. */
export function TextField({ id, label, value, type = 'text', grow = false, ...input }: TextFieldProps) {
  const common = {
    id,
    autocomplete: input.autocomplete,
    autocapitalize: input.autocapitalize,
    required: input.required,
    maxLength: input.maxLength,
    value: value.value,
    onInput: (e: { currentTarget: HTMLInputElement }) => {
      value.value = e.currentTarget.value;
    },
  };
  return (
    <div class={grow ? 'field grow' : 'field'}>
      <label for={id}>{label}</label>
      {/* Preact types an input's attributes by its literal type, so each type is its own element. */}
      {type === 'password' ? <input type="password" {...common} /> : <input type="text" {...common} />}
    </div>
  );
}

import { useSignal } from '@preact/signals';
import type { UnitRepresentative } from '../../domain/schemas/inspection.ts';
import { t } from '../i18n.ts';
import { StoredText } from './StoredText.tsx';

export interface RepresentativesEditorProps {
  people: readonly UnitRepresentative[];
  disabled: boolean;
  onChange: (people: UnitRepresentative[]) => void;
}

function tidy(person: UnitRepresentative): UnitRepresentative {
  return person.title ? person : { name: person.name };
}

/** The inspected unit's representatives: edit in place, add, remove. */
export function RepresentativesEditor({ people, disabled, onChange }: RepresentativesEditorProps) {
  const name = useSignal('');
  const title = useSignal('');
  const error = useSignal<string | null>(null);
  const replace = (index: number, person: UnitRepresentative) =>
    onChange(people.map((p, i) => (i === index ? tidy(person) : p)));

  function add(event: Event) {
    event.preventDefault();
    if (!name.value.trim()) {
      error.value = t('nameRequired');
      return;
    }
    error.value = null;
    onChange([...people, tidy({ name: name.value.trim(), title: title.value.trim() })]);
    name.value = '';
    title.value = '';
  }

  return (
    <section class="card" aria-labelledby="reps-heading">
      <h2 id="reps-heading">{t('unitRepresentatives')}</h2>
      {people.length === 0 && <p class="muted">{t('noneYet')}</p>}
      <ul class="people">
        {people.map((person, index) => (
          <li key={index} class="person" data-testid="representative">
            <StoredText
              id={`rep-${index}-name`}
              label={t('memberName')}
              value={person.name}
              disabled={disabled}
              maxLength={200}
              accepts={(v) => v.trim() !== ''}
              onStore={(v) => replace(index, { ...person, name: v })}
            />
            <StoredText
              id={`rep-${index}-title`}
              label={t('memberTitle')}
              value={person.title ?? ''}
              disabled={disabled}
              maxLength={200}
              onStore={(v) => replace(index, { ...person, title: v })}
            />
            {!disabled && (
              <button
                type="button"
                class="btn btn-danger"
                aria-label={`${t('remove')} ${person.name}`}
                onClick={() => onChange(people.filter((_, i) => i !== index))}
              >
                {t('remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!disabled && (
        <form class="form-row add-person" onSubmit={add} noValidate>
          <div class="field grow">
            <label for="new-rep-name">{t('memberName')}</label>
            <input
              id="new-rep-name"
              autocomplete="off"
              maxLength={200}
              value={name.value}
              onInput={(e) => {
                name.value = e.currentTarget.value;
              }}
            />
          </div>
          <div class="field grow">
            <label for="new-rep-title">{t('memberTitle')}</label>
            <input
              id="new-rep-title"
              autocomplete="off"
              maxLength={200}
              value={title.value}
              onInput={(e) => {
                title.value = e.currentTarget.value;
              }}
            />
          </div>
          <button type="submit" class="btn">
            {t('addRepresentative')}
          </button>
        </form>
      )}
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
    </section>
  );
}

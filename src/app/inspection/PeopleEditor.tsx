import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { TextField } from '../components/TextField.tsx';
import { t } from '../i18n.ts';
import { StoredText } from './StoredText.tsx';

/** What every list of people on an inspection holds: a name and, optionally, a title. */
export interface Person {
  name: string;
  title?: string;
}

/** Tells the user why a change was not made (shown under the list). */
export type Refuse = (message: string) => void;

export interface PeopleEditorProps<P extends Person> {
  /** Prefix of the inputs' ids and of the heading's, unique on the page. */
  idPrefix: string;
  heading: string;
  itemTestId: string;
  addLabel: string;
  people: readonly P[];
  disabled: boolean;
  onChange: (people: P[]) => void;
  /** The person the add form describes (its name is trimmed and not empty), or why it cannot be added. */
  newPerson: (fields: Person) => P | { refused: string };
  /** Fields a listed person has beyond name and title (the team's role). */
  personFields?: (
    person: P,
    index: number,
    replace: (person: P) => void,
    refuse: Refuse,
  ) => ComponentChildren;
  /** Fields the add form has beyond name and title. */
  formFields?: ComponentChildren;
  onAdded?: () => void;
}

/** An empty title is left out rather than stored as "". */
function tidy<P extends Person>(person: P): P {
  if (person.title) return person;
  const { title: _, ...rest } = person;
  return rest as P;
}

/** A list of people edited in place, with a form to add one and a button to remove each. */
export function PeopleEditor<P extends Person>(props: PeopleEditorProps<P>) {
  const { idPrefix, people, disabled, onChange } = props;
  const name = useSignal('');
  const title = useSignal('');
  const error = useSignal<string | null>(null);
  const refuse: Refuse = (message) => {
    error.value = message;
  };
  const replace = (index: number, person: P) =>
    onChange(people.map((p, i) => (i === index ? tidy(person) : p)));

  function add(event: Event) {
    event.preventDefault();
    if (!name.value.trim()) return refuse(t('nameRequired'));
    const person = props.newPerson({ name: name.value.trim(), title: title.value.trim() });
    if ('refused' in person) return refuse(person.refused);
    error.value = null;
    onChange([...people, tidy(person)]);
    name.value = '';
    title.value = '';
    props.onAdded?.();
  }

  return (
    <section class="card" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>{props.heading}</h2>
      {people.length === 0 && <p class="muted">{t('noneYet')}</p>}
      <ul class="people">
        {people.map((person, index) => (
          <li key={index} class="person" data-testid={props.itemTestId}>
            <StoredText
              id={`${idPrefix}-${index}-name`}
              label={t('memberName')}
              value={person.name}
              disabled={disabled}
              maxLength={200}
              accepts={(v) => v.trim() !== ''}
              onStore={(v) => replace(index, { ...person, name: v })}
            />
            <StoredText
              id={`${idPrefix}-${index}-title`}
              label={t('memberTitle')}
              value={person.title ?? ''}
              disabled={disabled}
              maxLength={200}
              onStore={(v) => replace(index, { ...person, title: v })}
            />
            {props.personFields?.(person, index, (next) => replace(index, next), refuse)}
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
          <TextField
            id={`new-${idPrefix}-name`}
            label={t('memberName')}
            value={name}
            autocomplete="off"
            maxLength={200}
            grow
          />
          <TextField
            id={`new-${idPrefix}-title`}
            label={t('memberTitle')}
            value={title}
            autocomplete="off"
            maxLength={200}
            grow
          />
          {props.formFields}
          <button type="submit" class="btn">
            {props.addLabel}
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

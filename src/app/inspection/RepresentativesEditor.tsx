import type { UnitRepresentative } from '../../domain/schemas/inspection.ts';
import { t } from '../i18n.ts';
import { PeopleEditor } from './PeopleEditor.tsx';

export interface RepresentativesEditorProps {
  people: readonly UnitRepresentative[];
  disabled: boolean;
  onChange: (people: UnitRepresentative[]) => void;
}

/** The inspected unit's representatives. */
export function RepresentativesEditor({ people, disabled, onChange }: RepresentativesEditorProps) {
  return (
    <PeopleEditor<UnitRepresentative>
      idPrefix="rep"
      heading={t('unitRepresentatives')}
      itemTestId="representative"
      addLabel={t('addRepresentative')}
      people={people}
      disabled={disabled}
      onChange={onChange}
      newPerson={(person) => person}
    />
  );
}

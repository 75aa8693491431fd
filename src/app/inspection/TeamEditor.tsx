import { useSignal } from '@preact/signals';
import type { TeamMember, TeamRole } from '../../domain/schemas/inspection.ts';
import { t } from '../i18n.ts';
import { PeopleEditor } from './PeopleEditor.tsx';

const ROLES: readonly TeamRole[] = ['leader', 'member', 'secretary'];
const ROLE_KEYS = { leader: 'role_leader', member: 'role_member', secretary: 'role_secretary' } as const;

export interface TeamEditorProps {
  team: readonly TeamMember[];
  disabled: boolean;
  onChange: (team: TeamMember[]) => void;
}

function RoleSelect(props: {
  id: string;
  value: TeamRole;
  disabled?: boolean;
  onChange: (select: HTMLSelectElement) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{t('memberRole')}</label>
      <select
        id={props.id}
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.currentTarget)}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(ROLE_KEYS[r])}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The inspection team (trưởng đoàn, thành viên, thư ký), with at most one leader. */
export function TeamEditor({ team, disabled, onChange }: TeamEditorProps) {
  const role = useSignal<TeamRole>(team.some((m) => m.role === 'leader') ? 'member' : 'leader');
  const hasOtherLeader = (index: number) => team.some((m, i) => i !== index && m.role === 'leader');
  return (
    <PeopleEditor<TeamMember>
      idPrefix="team"
      heading={t('team')}
      itemTestId="team-member"
      addLabel={t('addMember')}
      people={team}
      disabled={disabled}
      onChange={onChange}
      newPerson={(person) =>
        role.value === 'leader' && hasOtherLeader(-1)
          ? { refused: t('oneLeader') }
          : { ...person, role: role.value }
      }
      onAdded={() => {
        role.value = 'member';
      }}
      personFields={(member, index, replace, refuse) => (
        <RoleSelect
          id={`team-${index}-role`}
          value={member.role}
          disabled={disabled}
          onChange={(select) => {
            const next = select.value as TeamRole;
            if (next === 'leader' && hasOtherLeader(index)) {
              refuse(t('oneLeader'));
              select.value = member.role;
              return;
            }
            replace({ ...member, role: next });
          }}
        />
      )}
      formFields={
        <RoleSelect
          id="new-team-role"
          value={role.value}
          onChange={(select) => {
            role.value = select.value as TeamRole;
          }}
        />
      }
    />
  );
}

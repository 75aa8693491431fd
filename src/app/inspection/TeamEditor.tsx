import { useSignal } from '@preact/signals';
import type { TeamMember, TeamRole } from '../../domain/schemas/inspection.ts';
import { t } from '../i18n.ts';
import { StoredText } from './StoredText.tsx';

const ROLES: readonly TeamRole[] = ['leader', 'member', 'secretary'];
const ROLE_KEYS = { leader: 'role_leader', member: 'role_member', secretary: 'role_secretary' } as const;

export interface TeamEditorProps {
  team: readonly TeamMember[];
  disabled: boolean;
  onChange: (team: TeamMember[]) => void;
}

function withoutEmptyTitle(member: TeamMember): TeamMember {
  return member.title ? member : { name: member.name, role: member.role };
}

/** The inspection team (trưởng đoàn, thành viên, thư ký): edit in place, add, remove. */
export function TeamEditor({ team, disabled, onChange }: TeamEditorProps) {
  const name = useSignal('');
  const title = useSignal('');
  const role = useSignal<TeamRole>(team.some((m) => m.role === 'leader') ? 'member' : 'leader');
  const error = useSignal<string | null>(null);
  const hasOtherLeader = (index: number) => team.some((m, i) => i !== index && m.role === 'leader');

  function replace(index: number, member: TeamMember) {
    onChange(team.map((m, i) => (i === index ? withoutEmptyTitle(member) : m)));
  }

  function add(event: Event) {
    event.preventDefault();
    if (!name.value.trim()) {
      error.value = t('nameRequired');
      return;
    }
    if (role.value === 'leader' && hasOtherLeader(-1)) {
      error.value = t('oneLeader');
      return;
    }
    error.value = null;
    onChange([
      ...team,
      withoutEmptyTitle({ name: name.value.trim(), title: title.value.trim(), role: role.value }),
    ]);
    name.value = '';
    title.value = '';
    role.value = 'member';
  }

  return (
    <section class="card" aria-labelledby="team-heading">
      <h2 id="team-heading">{t('team')}</h2>
      {team.length === 0 && <p class="muted">{t('noneYet')}</p>}
      <ul class="people">
        {team.map((member, index) => (
          <li key={index} class="person" data-testid="team-member">
            <StoredText
              id={`team-${index}-name`}
              label={t('memberName')}
              value={member.name}
              disabled={disabled}
              maxLength={200}
              accepts={(v) => v.trim() !== ''}
              onStore={(v) => replace(index, { ...member, name: v })}
            />
            <StoredText
              id={`team-${index}-title`}
              label={t('memberTitle')}
              value={member.title ?? ''}
              disabled={disabled}
              maxLength={200}
              onStore={(v) => replace(index, { ...member, title: v })}
            />
            <div class="field">
              <label for={`team-${index}-role`}>{t('memberRole')}</label>
              <select
                id={`team-${index}-role`}
                value={member.role}
                disabled={disabled}
                onChange={(e) => {
                  const next = e.currentTarget.value as TeamRole;
                  if (next === 'leader' && hasOtherLeader(index)) {
                    error.value = t('oneLeader');
                    e.currentTarget.value = member.role;
                    return;
                  }
                  replace(index, { ...member, role: next });
                }}
              >
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(ROLE_KEYS[r])}
                  </option>
                ))}
              </select>
            </div>
            {!disabled && (
              <button
                type="button"
                class="btn btn-danger"
                aria-label={`${t('remove')} ${member.name}`}
                onClick={() => onChange(team.filter((_, i) => i !== index))}
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
            <label for="new-member-name">{t('memberName')}</label>
            <input
              id="new-member-name"
              autocomplete="off"
              maxLength={200}
              value={name.value}
              onInput={(e) => {
                name.value = e.currentTarget.value;
              }}
            />
          </div>
          <div class="field grow">
            <label for="new-member-title">{t('memberTitle')}</label>
            <input
              id="new-member-title"
              autocomplete="off"
              maxLength={200}
              value={title.value}
              onInput={(e) => {
                title.value = e.currentTarget.value;
              }}
            />
          </div>
          <div class="field">
            <label for="new-member-role">{t('memberRole')}</label>
            <select
              id="new-member-role"
              value={role.value}
              onChange={(e) => {
                role.value = e.currentTarget.value as TeamRole;
              }}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(ROLE_KEYS[r])}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="btn">
            {t('addMember')}
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

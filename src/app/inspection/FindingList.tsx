import type { FindingKind } from '../../domain/schemas/finding.ts';
import { t } from '../i18n.ts';
import { useInspection } from './inspection-state.ts';
import { StoredText } from './StoredText.tsx';

const KIND_KEYS = {
  strength: { title: 'strengths', add: 'addStrength' },
  shortcoming: { title: 'shortcomings', add: 'addShortcoming' },
} as const;

/** The findings of one kind (ưu điểm; tồn tại, hạn chế), each stored as it is typed. */
export function FindingList({ kind }: { kind: FindingKind }) {
  const state = useInspection();
  const findings = (state.findings.value ?? []).filter((f) => f.kind === kind);
  const disabled = state.locked.value;
  const keys = KIND_KEYS[kind];
  return (
    <section class="card" aria-labelledby={`findings-${kind}`} data-testid={`findings-${kind}`}>
      <h2 id={`findings-${kind}`}>{t(keys.title)}</h2>
      {findings.length === 0 && <p class="muted">{t('noneYet')}</p>}
      <ol class="entries">
        {findings.map((finding, index) => (
          <li key={finding.id} class="entry">
            <StoredText
              id={`finding-${finding.id}`}
              label={`${t(keys.title)} ${index + 1}`}
              value={finding.text}
              multiline
              disabled={disabled}
              maxLength={10_000}
              onStore={(text) => void state.setFindingText(finding.id, text)}
            />
            {!disabled && (
              <button
                type="button"
                class="btn btn-danger"
                aria-label={`${t('remove')} ${t(keys.title).toLowerCase()} ${index + 1}`}
                onClick={() => void state.removeFinding(finding.id)}
              >
                {t('remove')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {!disabled && (
        <button type="button" class="btn" onClick={() => void state.addFinding(kind)}>
          + {t(keys.add)}
        </button>
      )}
    </section>
  );
}

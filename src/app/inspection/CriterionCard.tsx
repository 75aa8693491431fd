import { useEffect, useRef } from 'preact/hooks';
import type { Criterion } from '../../domain/schemas/catalogue.ts';
import type { CriterionScore } from '../../domain/scoring.ts';
import { t } from '../i18n.ts';
import { AnswerEntry } from './AnswerEntry.tsx';
import { EvidencePhotos } from './EvidencePhotos.tsx';
import { useInspection } from './inspection-state.ts';
import { criterionText, formatPoints, targetText } from './labels.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { StoredText } from './StoredText.tsx';

export interface CriterionCardProps {
  criterion: Criterion;
  score: CriterionScore;
  /** Scroll here and focus the first field (a link from the completion check). */
  isFocused: boolean;
}

/** One criterion: the plan's wording, its target, the entry for its measure, N/A, note and photos. */
export function CriterionCard({ criterion, score, isFocused }: CriterionCardProps) {
  const state = useInspection();
  const answer = state.answers.value.get(criterion.id);
  const note = state.notes.value.get(criterion.id) ?? '';
  const disabled = state.locked.value;
  const notApplicable = answer?.notApplicable === true;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!isFocused || !ref.current) return;
    ref.current.scrollIntoView({ block: 'start' });
    ref.current.querySelector<HTMLElement>('input, textarea, button')?.focus({ preventScroll: true });
  }, [isFocused]);
  const headingId = `c-${criterion.id}-heading`;
  return (
    <article
      ref={ref}
      class={`criterion card ${notApplicable ? 'criterion-na' : ''}`}
      aria-labelledby={headingId}
      data-testid="criterion-card"
      data-criterion={criterion.id}
      id={`c-${criterion.id}`}
    >
      <header class="criterion-head">
        <h3 id={headingId} class="criterion-id">
          {criterion.id}
        </h3>
        <StatusBadge status={score.status} />
      </header>
      <p class="criterion-text">{criterionText(criterion)}</p>
      <p class="criterion-target">
        {t('target')}: <strong>{targetText(criterion)}</strong>
        {criterion.maxPoints > 0 && (
          <span class="muted">
            {' '}
            · {t('maxPoints')}: {formatPoints(criterion.maxPoints)}
          </span>
        )}
      </p>
      {!notApplicable && (
        <AnswerEntry
          criterion={criterion}
          answer={answer}
          score={score}
          disabled={disabled}
          onAnswer={(patch) => void state.recordAnswer(criterion.id, patch)}
        />
      )}
      <div class="criterion-tools">
        <button
          type="button"
          class={`btn toggle ${notApplicable ? 'toggle-on' : ''}`}
          aria-pressed={notApplicable}
          disabled={disabled}
          data-testid="not-applicable"
          onClick={() => void state.recordAnswer(criterion.id, { notApplicable: !notApplicable })}
        >
          {notApplicable && <span aria-hidden="true">✓ </span>}
          {t('notApplicable')}
        </button>
      </div>
      <StoredText
        id={`c-${criterion.id}-note`}
        label={t('note')}
        value={note}
        multiline
        rows={2}
        disabled={disabled}
        maxLength={10_000}
        onStore={(value) => void state.recordAnswer(criterion.id, { note: value })}
      />
      <details class="hint">
        <summary>{t('evidenceHint')}</summary>
        <p>{criterion.evidenceHint}</p>
      </details>
      <EvidencePhotos criterionId={criterion.id} />
    </article>
  );
}

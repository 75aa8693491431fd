import { t } from '../i18n.ts';
import { useInspection } from './inspection-state.ts';
import { StoredText } from './StoredText.tsx';

/** Recommendations (kiến nghị): content, who carries it out, by when. */
export function RecommendationList() {
  const state = useInspection();
  const recommendations = state.recommendations.value ?? [];
  const disabled = state.locked.value;
  return (
    <section class="card" aria-labelledby="recs-heading" data-testid="recommendations">
      <h2 id="recs-heading">{t('recommendations')}</h2>
      {recommendations.length === 0 && <p class="muted">{t('noneYet')}</p>}
      <ol class="entries">
        {recommendations.map((rec, index) => (
          <li key={rec.id} class="entry recommendation" data-testid="recommendation">
            <StoredText
              id={`rec-${rec.id}-content`}
              label={`${t('recContent')} ${index + 1}`}
              value={rec.content}
              multiline
              disabled={disabled}
              maxLength={10_000}
              onStore={(content) => void state.setRecommendation(rec.id, { content })}
            />
            <div class="form-row">
              <div class="grow">
                <StoredText
                  id={`rec-${rec.id}-owner`}
                  label={t('recOwner')}
                  value={rec.owner}
                  disabled={disabled}
                  maxLength={200}
                  onStore={(owner) => void state.setRecommendation(rec.id, { owner })}
                />
              </div>
              <StoredText
                id={`rec-${rec.id}-deadline`}
                label={t('recDeadline')}
                type="date"
                value={rec.deadline ?? ''}
                disabled={disabled}
                accepts={(v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v)}
                onStore={(v) => void state.setRecommendation(rec.id, { deadline: v === '' ? null : v })}
              />
              {!disabled && (
                <button
                  type="button"
                  class="btn btn-danger"
                  aria-label={`${t('remove')} ${t('recommendations').toLowerCase()} ${index + 1}`}
                  onClick={() => void state.removeRecommendation(rec.id)}
                >
                  {t('remove')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {!disabled && (
        <button type="button" class="btn" onClick={() => void state.addRecommendation()}>
          + {t('addRecommendation')}
        </button>
      )}
    </section>
  );
}

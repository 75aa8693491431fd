import type { ScoreTally } from '../../domain/scoring.ts';
import { t } from '../i18n.ts';
import { formatPoints } from './labels.ts';

/** "Đã chấm 12/40 · Đạt 9 · Không đạt 3 · Điểm 18/24", with a bar for the answered share. */
export function ProgressLine({ tally, compact = false }: { tally: ScoreTally; compact?: boolean }) {
  const { counts } = tally;
  const share = counts.applicable === 0 ? 1 : counts.answered / counts.applicable;
  return (
    <div class={`progress ${compact ? 'progress-compact' : ''}`}>
      <div
        class="progress-bar"
        role="progressbar"
        aria-label={t('answered')}
        aria-valuemin={0}
        aria-valuemax={counts.applicable}
        aria-valuenow={counts.answered}
      >
        <span style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <span class="progress-text" data-testid="progress">
        {t('answered')} {counts.answered}/{counts.applicable}
        {!compact && (
          <>
            {' '}
            · <span aria-hidden="true">✓</span> {t('met')} {counts.met} · <span aria-hidden="true">✗</span>{' '}
            {t('notMet')} {counts.notMet}
          </>
        )}{' '}
        · {t('points')} {formatPoints(tally.points)}/{formatPoints(tally.judgedMax)}
      </span>
    </div>
  );
}

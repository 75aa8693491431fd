import type { CriterionStatus } from '../../domain/scoring.ts';
import { t } from '../i18n.ts';
import { STATUS_ICONS, STATUS_KEYS } from './labels.ts';

/** A criterion's state as a word and a mark, with colour only as a third cue. */
export function StatusBadge({ status }: { status: CriterionStatus }) {
  return (
    <span class={`badge status-${status}`} data-status={status}>
      <span aria-hidden="true">{STATUS_ICONS[status]}</span> {t(STATUS_KEYS[status])}
    </span>
  );
}

import type { InspectionRow } from '../../domain/schemas/inspection.ts';
import { t } from '../i18n.ts';
import { FindingList } from './FindingList.tsx';
import { useInspection } from './inspection-state.ts';
import { RecommendationList } from './RecommendationList.tsx';
import { StoredText } from './StoredText.tsx';

/** Findings, recommendations and the unit's own comments. */
export function ConclusionsSection({ inspection }: { inspection: InspectionRow }) {
  const state = useInspection();
  return (
    <div class="stack">
      <FindingList kind="strength" />
      <FindingList kind="shortcoming" />
      <RecommendationList />
      <section class="card">
        <StoredText
          id="unit-comments"
          label={t('unitComments')}
          value={inspection.unitComments}
          multiline
          rows={4}
          disabled={state.locked.value}
          maxLength={10_000}
          onStore={(unitComments) => void state.setFields({ unitComments })}
        />
      </section>
    </div>
  );
}

import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Catalogue } from '../../domain/schemas/catalogue.ts';
import type { InspectionScore } from '../../domain/scoring.ts';
import { t } from '../i18n.ts';
import { CHECKLIST_USABLE } from '../start-later.ts';
import { CriterionCard } from './CriterionCard.tsx';
import { areaName } from './labels.ts';
import { ProgressLine } from './ProgressLine.tsx';

export interface ChecklistProps {
  inspectionId: string;
  catalogue: Catalogue;
  score: InspectionScore;
}

/**
 * The criteria by area: areas with their progress on the left (a strip on top in portrait), the
 * chosen area's criteria beside them. The area and a criterion to jump to live in the URL.
 */
export function Checklist({ inspectionId, catalogue, score }: ChecklistProps) {
  const { query } = useLocation();
  const focus = query.focus;
  const areaId = query.area ?? focus?.split('.')[0] ?? catalogue.areas[0]?.id;
  const area = catalogue.areas.find((a) => a.id === areaId) ?? catalogue.areas[0];
  const areaScore = score.areas.find((a) => a.areaId === area?.id);
  useEffect(() => {
    // The first paint with data: what the cold-start benchmark waits for.
    performance.mark(CHECKLIST_USABLE);
  }, []);
  if (!area || !areaScore) return null;
  return (
    <div class="checklist">
      <nav class="area-nav" aria-label={t('areas')}>
        <div class="area-overall">
          <strong>{t('overall')}</strong>
          <ProgressLine tally={score.overall} />
        </div>
        <ul>
          {catalogue.areas.map((a) => {
            const s = score.areas.find((x) => x.areaId === a.id);
            const current = a.id === area.id;
            return (
              <li key={a.id}>
                <a
                  class={`area-link ${current ? 'area-current' : ''}`}
                  href={`/inspections/${inspectionId}?tab=checklist&area=${a.id}`}
                  aria-current={current ? 'page' : undefined}
                  data-testid={`area-${a.id}`}
                >
                  <span class="area-name">
                    {a.id}. {areaName(a)}
                  </span>
                  {s && <ProgressLine tally={s} compact />}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <section class="area-criteria" aria-labelledby="area-heading">
        <header class="area-head">
          <h2 id="area-heading">
            {area.id}. {areaName(area)}
          </h2>
          <ProgressLine tally={areaScore} />
        </header>
        {area.criteria.map((criterion, index) => {
          const criterionScore = areaScore.criteria[index];
          return criterionScore ? (
            <CriterionCard
              key={criterion.id}
              criterion={criterion}
              score={criterionScore}
              isFocused={focus === criterion.id}
            />
          ) : null;
        })}
      </section>
    </div>
  );
}

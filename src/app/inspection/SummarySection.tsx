import { formatPercent } from '../../domain/rate.ts';
import type { Catalogue } from '../../domain/schemas/catalogue.ts';
import type { InspectionScore, ScoreTally } from '../../domain/scoring.ts';
import { t } from '../i18n.ts';
import { areaName, formatPoints } from './labels.ts';

function percentText(tally: ScoreTally): string {
  return tally.percent === null ? t('notScoredYet') : formatPercent(tally.percent);
}

/** Scores per area and overall (points, %, met / not met), with a bar per area, and the print link. */
export function SummarySection({
  inspectionId,
  catalogue,
  score,
}: {
  inspectionId: string;
  catalogue: Catalogue;
  score: InspectionScore;
}) {
  const row = (key: string, label: string, tally: ScoreTally, isTotal = false) => (
    <tr key={key} class={isTotal ? 'total-row' : undefined} data-testid={`summary-${key}`}>
      <th scope="row">{label}</th>
      <td data-cell="points">
        {formatPoints(tally.points)}/{formatPoints(tally.judgedMax)}
      </td>
      <td data-cell="percent">
        <span class="bar" aria-hidden="true">
          <span style={{ width: `${tally.percent ?? 0}%` }} />
        </span>
        {percentText(tally)}
      </td>
      <td data-cell="met">{tally.counts.met}</td>
      <td data-cell="notMet">{tally.counts.notMet}</td>
      <td data-cell="answered">
        {tally.counts.answered}/{tally.counts.applicable}
      </td>
    </tr>
  );
  return (
    <section class="card summary" aria-labelledby="summary-heading">
      <div class="summary-head">
        <h2 id="summary-heading">{t('summaryTitle')}</h2>
        <a class="btn btn-primary" href={`/inspections/${inspectionId}/print`} data-testid="print-link">
          {t('printReport')}
        </a>
      </div>
      <div class="table-wrap">
        <table class="score-table">
          <thead>
            <tr>
              <th scope="col">{t('area')}</th>
              <th scope="col">{t('points')}</th>
              <th scope="col">{t('percent')}</th>
              <th scope="col">
                <span aria-hidden="true">✓ </span>
                {t('met')}
              </th>
              <th scope="col">
                <span aria-hidden="true">✗ </span>
                {t('notMet')}
              </th>
              <th scope="col">{t('answered')}</th>
            </tr>
          </thead>
          <tbody>
            {catalogue.areas.map((area) => {
              const tally = score.areas.find((a) => a.areaId === area.id);
              return tally ? row(area.id, `${area.id}. ${areaName(area)}`, tally) : null;
            })}
          </tbody>
          <tfoot>{row('overall', t('overall'), score.overall, true)}</tfoot>
        </table>
      </div>
    </section>
  );
}

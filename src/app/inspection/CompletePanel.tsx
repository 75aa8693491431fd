import { useSignal } from '@preact/signals';
import { formatDateTimeVi } from '../../domain/dates.ts';
import type { Catalogue } from '../../domain/schemas/catalogue.ts';
import type { InspectionRow } from '../../domain/schemas/inspection.ts';
import { t } from '../i18n.ts';
import type { MissingItem } from './completion.ts';
import { useInspection } from './inspection-state.ts';
import { criterionText } from './labels.ts';

const SIG_KEYS = { leader: 'sig_leader', unitRepresentative: 'sig_unitRepresentative' } as const;

/** "Hoàn thành": what is still missing (each a link to where it is filled in), then the lock. */
export function CompletePanel({
  inspection,
  catalogue,
}: {
  inspection: InspectionRow;
  catalogue: Catalogue;
}) {
  const state = useInspection();
  const missing = state.missing.value ?? [];
  const tried = useSignal(false);
  const busy = useSignal(false);
  const criteria = new Map(catalogue.areas.flatMap((a) => a.criteria.map((c) => [c.id as string, c])));
  const textOf = (id: string) => {
    const criterion = criteria.get(id);
    return criterion ? criterionText(criterion) : '';
  };

  if (state.locked.value) {
    return (
      <section class="card complete-panel" data-testid="completed">
        <h2>{t('complete')}</h2>
        <p>
          <span aria-hidden="true">✓ </span>
          {t('completedAt')}:{' '}
          <strong>{inspection.completedAt ? formatDateTimeVi(inspection.completedAt) : '–'}</strong>
        </p>
        <p class="muted">{t('lockedNote')}</p>
      </section>
    );
  }

  async function complete() {
    busy.value = true;
    tried.value = true;
    try {
      await state.complete();
    } finally {
      busy.value = false;
    }
  }

  const link = (item: MissingItem) =>
    item.kind === 'criterion'
      ? `/inspections/${state.inspectionId}?tab=checklist&area=${item.areaId}&focus=${item.criterionId}`
      : `/inspections/${state.inspectionId}?tab=sign#sig-${item.role}-title`;

  return (
    <section class="card complete-panel" aria-labelledby="complete-heading">
      <h2 id="complete-heading">{t('complete')}</h2>
      <p class="muted">{t('completeHelp')}</p>
      {missing.length === 0 ? (
        <p class="ok-text">
          <span aria-hidden="true">✓ </span>
          {t('readyToComplete')}
        </p>
      ) : (
        <>
          {tried.value && (
            <p class="error" role="alert">
              {t('cannotComplete')}
            </p>
          )}
          <h3>
            {t('missingTitle')} ({missing.length})
          </h3>
          <ul class="missing" data-testid="missing">
            {missing.map((item) => (
              <li key={item.kind === 'criterion' ? item.criterionId : item.role}>
                <a href={link(item)}>
                  {item.kind === 'criterion' ? (
                    <>
                      <strong>{item.criterionId}</strong> –{' '}
                      {item.reason === 'invalid' ? t('missingInvalid') : t('missingUnanswered')}:{' '}
                      <span class="missing-text">{textOf(item.criterionId)}</span>
                    </>
                  ) : (
                    <>
                      {t('missingSignature')}: <strong>{t(SIG_KEYS[item.role])}</strong>
                    </>
                  )}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <button
        type="button"
        class="btn btn-primary btn-large"
        disabled={busy.value}
        onClick={() => void complete()}
        data-testid="complete"
      >
        {t('complete')}
      </button>
    </section>
  );
}

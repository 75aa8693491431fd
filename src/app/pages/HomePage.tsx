import { useSignal } from '@preact/signals';
import { createInspection, listInspections } from '../data/inspections.ts';
import { getDb } from '../db.ts';
import { formatDate } from '../format.ts';
import { statusLabel, t } from '../i18n.ts';
import { useLiveQuery } from '../live-query.ts';

function todayIso(): string {
  const now = new Date();
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

export function HomePage() {
  const db = getDb();
  const inspections = useLiveQuery(() => listInspections(db));
  const unitName = useSignal('');
  const date = useSignal(todayIso());
  const error = useSignal<string | null>(null);

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (!unitName.value.trim()) {
      error.value = t('unitRequired');
      return;
    }
    if (!date.value) {
      error.value = t('dateRequired');
      return;
    }
    error.value = null;
    await createInspection(db, { unitName: unitName.value, date: date.value });
    unitName.value = '';
  }

  return (
    <main class="page">
      <section class="card" aria-labelledby="new-heading">
        <h2 id="new-heading">{t('newInspection')}</h2>
        <form class="form-row" onSubmit={onSubmit} noValidate>
          <div class="field grow">
            <label for="unit-name">{t('unitName')}</label>
            <input
              id="unit-name"
              name="unitName"
              autocomplete="off"
              value={unitName.value}
              onInput={(e) => {
                unitName.value = e.currentTarget.value;
              }}
              aria-describedby={error.value ? 'new-error' : undefined}
            />
          </div>
          <div class="field">
            <label for="inspection-date">{t('date')}</label>
            <input
              id="inspection-date"
              name="date"
              type="date"
              value={date.value}
              onInput={(e) => {
                date.value = e.currentTarget.value;
              }}
            />
          </div>
          <button type="submit" class="btn btn-primary">
            {t('create')}
          </button>
        </form>
        {error.value && (
          <p id="new-error" class="error" role="alert">
            {error.value}
          </p>
        )}
      </section>

      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t('myInspections')}</h2>
        {inspections === undefined ? (
          <p>{t('loading')}</p>
        ) : inspections.length === 0 ? (
          <p class="muted">{t('noInspections')}</p>
        ) : (
          <ul class="inspection-list" data-testid="inspection-list">
            {inspections.map((inspection) => (
              <li key={inspection.id}>
                <a class="inspection-item" href={`/inspections/${inspection.id}`}>
                  <span class="inspection-unit">{inspection.unitName}</span>
                  <span class="muted">{formatDate(inspection.date)}</span>
                  <span class="badge">{statusLabel(inspection.status)}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

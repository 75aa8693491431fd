import { useSignal } from '@preact/signals';
import type { InspectionRow } from '../../domain/schemas/inspection.ts';
import { DataBanners } from '../components/DataBanners.tsx';
import { StorageStatus } from '../components/StorageStatus.tsx';
import { appDb } from '../data/connection.ts';
import { createInspection, listInspections } from '../data/inspections.ts';
import { askPersistence } from '../data/storage.ts';
import type { Local } from '../db.ts';
import { formatDate } from '../format.ts';
import { statusLabel, t } from '../i18n.ts';
import { useLiveQuery } from '../live-query.ts';

const STATUSES = ['draft', 'inProgress', 'completed', 'signed'] as const;

function todayIso(): string {
  const now = new Date();
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

export function HomePage() {
  const db = appDb();
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
    void askPersistence();
    await createInspection(db, { unitName: unitName.value, date: date.value });
    unitName.value = '';
  }

  return (
    <main class="page">
      <DataBanners db={db} />
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
          <InspectionsByStatus inspections={inspections} />
        )}
      </section>

      <StorageStatus db={db} />
    </main>
  );
}

function InspectionsByStatus({ inspections }: { inspections: Array<Local<InspectionRow>> }) {
  return (
    <div data-testid="inspection-list">
      <ul class="status-counts" aria-label={t('byStatus')}>
        {STATUSES.map((status) => (
          <li key={status} class={`status-count status-${status}`} data-testid={`count-${status}`}>
            <span class="status-count-number">{inspections.filter((i) => i.status === status).length}</span>
            <span>{statusLabel(status)}</span>
          </li>
        ))}
      </ul>
      {STATUSES.map((status) => {
        const group = inspections.filter((i) => i.status === status);
        if (group.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`group-${status}`} class="status-group">
            <h3 id={`group-${status}`}>
              {statusLabel(status)} ({group.length})
            </h3>
            <ul class="inspection-list">
              {group.map((inspection) => (
                <li key={inspection.id}>
                  <a class="inspection-item" href={`/inspections/${inspection.id}`}>
                    <span class="inspection-unit">{inspection.unitName}</span>
                    <span class="muted">{formatDate(inspection.date)}</span>
                    <span class={`badge status-badge-${inspection.status}`}>
                      {statusLabel(inspection.status)}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

import { getDb } from '../db.ts';
import { formatDate } from '../format.ts';
import { statusLabel, t } from '../i18n.ts';
import { useLiveQuery } from '../live-query.ts';

export function InspectionPage({ id }: { id: string }) {
  const db = getDb();
  const inspection = useLiveQuery(() => db.inspections.get(id).then((row) => row ?? null), [id]);
  if (inspection === undefined) return <main class="page">{t('loading')}</main>;
  if (inspection === null) {
    return (
      <main class="page">
        <p>{t('notFound')}</p>
        <a href="/">{t('back')}</a>
      </main>
    );
  }
  return (
    <main class="page">
      <a href="/" class="back-link">
        ← {t('back')}
      </a>
      <h2>{inspection.unitName}</h2>
      <p>
        {t('date')}: {formatDate(inspection.date)} ·{' '}
        <span class="badge">{statusLabel(inspection.status)}</span>
      </p>
    </main>
  );
}

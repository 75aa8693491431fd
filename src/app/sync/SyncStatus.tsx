import { META, readMeta } from '../data/meta.ts';
import { getDb } from '../db.ts';
import { lang, t } from '../i18n.ts';
import { useLiveQuery } from '../live-query.ts';
import { clockNotice } from './clock-notice.ts';
import { clearRejections, readRejections } from './state.ts';
import { requestSync, syncView } from './status.ts';

/** Hours and minutes, day and month: the same in both languages. */
function shortTime(iso: string): string {
  const date = new Date(iso);
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  const dd = String(date.getDate()).padStart(2, '0');
  const mo = String(date.getMonth() + 1).padStart(2, '0');
  return `${hh}:${mm} ${dd}/${mo}`;
}

/** Always visible: last sync, items and photos waiting, the last error in plain words. */
export function SyncStatus() {
  const db = getDb();
  // Unknown until counted ("…"), never a 0 that would read as "all sent" for the first moments of a start.
  const waiting = useLiveQuery(() => db.outbox.count()) ?? '…';
  const photos = useLiveQuery(() => db.blobs.where('uploaded').equals(0).count()) ?? '…';
  const offsetMs = useLiveQuery(() => readMeta<number | null>(db, META.serverOffsetMs, null));
  // Changes the server refused for good: the rows stay on this device, and the user must hear of it.
  const refused = useLiveQuery(() => readRejections(db)) ?? [];
  const clock = clockNotice(offsetMs, lang.value);
  const view = syncView.value;
  const busy = view.state === 'syncing';

  let line: string;
  if (view.state === 'signedOut') line = t('syncSignedOut');
  else if (busy && view.progress) {
    const { phase, done, total } = view.progress;
    const what = t(phase === 'photos' ? 'syncingPhotos' : phase === 'push' ? 'syncingPush' : 'syncingPull');
    line = `${t('syncing')} ${done}${total === null ? '' : `/${total}`} ${what}`;
  } else if (busy) line = `${t('syncing')}…`;
  else if (view.lastSyncAt) line = `${t('syncedAt')} ${shortTime(view.lastSyncAt)}`;
  else line = t('neverSynced');

  return (
    <section class="sync-status" aria-label={t('syncStatus')} data-testid="sync-status">
      <p class="sync-line" aria-live="polite">
        <span data-testid="sync-state">{line}</span>
        <span class="sync-counts">
          {' · '}
          <span data-testid="sync-waiting">{waiting}</span> {t('itemsWaiting')} ·{' '}
          <span data-testid="sync-photos">{photos}</span> {t('photosWaiting')}
        </span>
      </p>
      {clock && (
        <p class="sync-clock" role="status" data-testid="sync-clock">
          {clock}
        </p>
      )}
      {refused.length > 0 && (
        <div class="sync-refused" role="alert" data-testid="sync-refused">
          <details>
            <summary>
              {refused.length} {t('refusedChanges')}
            </summary>
            <ul>
              {refused
                .slice(-5)
                .reverse()
                .map((r) => (
                  <li key={`${r.mutationId}-${r.at}`}>
                    {shortTime(r.at)}: {r.message}
                  </li>
                ))}
            </ul>
          </details>
          <button type="button" class="btn" onClick={() => void clearRejections(db)}>
            {t('refusedSeen')}
          </button>
        </div>
      )}
      {view.lastError && (
        <p class="sync-error" role="alert" data-testid="sync-error">
          {view.lastError}
        </p>
      )}
      {view.state === 'signedOut' || view.state === 'revoked' ? (
        <a class="btn" href="/login">
          {t('signIn')}
        </a>
      ) : (
        <button type="button" class="btn" disabled={busy} onClick={() => requestSync('manual')}>
          {t('syncNow')}
        </button>
      )}
    </section>
  );
}

import { connectionState } from '../data/connection.ts';
import {
  dismissRefused,
  type FailedWrite,
  failedWrites,
  refusedWrite,
  retryFailedWrites,
} from '../data/reliable-write.ts';
import { isNearlyFull, storageState } from '../data/storage.ts';
import { unsyncedCount } from '../data/unsynced.ts';
import type { AppDb } from '../db.ts';
import { type MessageKey, t } from '../i18n.ts';
import { useLiveQuery } from '../live-query.ts';

const FAILURE_MESSAGES = {
  quota: 'writeFailedQuota',
  closed: 'writeFailedClosed',
  refused: 'writeRefused',
  other: 'writeFailedOther',
} as const satisfies Record<FailedWrite['reason'], MessageKey>;

/**
 * What the inspector must know about the data on this device, in one plain sentence each: a write
 * not saved yet (with "Thử lại"), another tab's upgrade, unsynced work on evictable storage, a
 * nearly full device.
 */
export function DataBanners({ db }: { db: AppDb }) {
  const unsynced = useLiveQuery(() => unsyncedCount(db)) ?? 0;
  const failed = failedWrites.value;
  const refused = refusedWrite.value;
  const connection = connectionState.value;
  const storage = storageState.value;
  const newest = failed[failed.length - 1];
  return (
    <div class="data-banners">
      {connection !== 'open' && (
        <div class="banner banner-bad" role="alert" data-testid="connection-banner">
          <span>{t(connection === 'blocked' ? 'upgradeBlocked' : 'upgradedElsewhere')}</span>
          <button type="button" class="btn" onClick={() => window.location.reload()}>
            {t('reload')}
          </button>
        </div>
      )}
      {newest && (
        <div class="banner banner-bad" role="alert" data-testid="write-failed">
          <span>
            {t(FAILURE_MESSAGES[newest.reason])} ({failed.length} {t('pendingWrites')})
          </span>
          <button type="button" class="btn" onClick={() => void retryFailedWrites(db)}>
            {t('retry')}
          </button>
        </div>
      )}
      {refused && (
        <div class="banner banner-bad" role="alert">
          <span>{t('writeRefused')}</span>
          <button type="button" class="btn" onClick={dismissRefused}>
            {t('dismiss')}
          </button>
        </div>
      )}
      {unsynced > 0 && storage.persisted === false && (
        <div class="banner" role="status" data-testid="unsynced-warning">
          <span>{t('warnUnsyncedNotPersistent')}</span>
        </div>
      )}
      {isNearlyFull(storage) && (
        <div class="banner" role="status">
          <span>{t('warnNearlyFull')}</span>
        </div>
      )}
    </div>
  );
}

import { useEffect } from 'preact/hooks';
import { blobBytes } from '../data/blobs.ts';
import { refreshStorageState, storageState } from '../data/storage.ts';
import { unsyncedCount } from '../data/unsynced.ts';
import type { AppDb } from '../db.ts';
import { formatBytes } from '../format.ts';
import { t } from '../i18n.ts';
import { useLiveQuery } from '../live-query.ts';

/** Unsynced changes, whether storage is persistent, how much is used, and the photos held here. */
export function StorageStatus({ db }: { db: AppDb }) {
  const unsynced = useLiveQuery(() => unsyncedCount(db));
  const photos = useLiveQuery(() => blobBytes(db));
  useEffect(() => {
    void refreshStorageState();
  }, [unsynced, photos]);
  const { persisted, usage, quota } = storageState.value;
  return (
    <section class="card storage-status" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('storage')}</h2>
      <dl class="facts">
        <div>
          <dt>{t('unsynced')}</dt>
          <dd data-testid="unsynced-count">{unsynced ?? '…'}</dd>
        </div>
        <div>
          <dt>{t('storage')}</dt>
          <dd data-testid="storage-persisted">
            <span aria-hidden="true">{persisted ? '● ' : '○ '}</span>
            {persisted === null
              ? t('storageUnknown')
              : persisted
                ? t('storagePersistent')
                : t('storageNotPersistent')}
          </dd>
        </div>
        <div>
          <dt>{t('storageUsed')}</dt>
          <dd data-testid="storage-usage">
            {formatBytes(usage)}
            {quota > 0 && ` / ${formatBytes(quota)}`}
          </dd>
        </div>
        <div>
          <dt>{t('photosOnDevice')}</dt>
          <dd data-testid="photo-bytes">{photos === undefined ? '…' : formatBytes(photos)}</dd>
        </div>
      </dl>
    </section>
  );
}

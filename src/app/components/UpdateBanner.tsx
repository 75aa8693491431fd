import { t } from '../i18n.ts';
import { acceptUpdate, updateState } from '../sw-bridge.ts';

/** "Có phiên bản mới": shown while a new build waits; the user decides when to switch. */
export function UpdateBanner() {
  const state = updateState.value;
  if (state === 'idle') return null;
  if (state === 'activatedElsewhere') {
    return (
      <div class="banner" role="status">
        <span>{t('updateActivatedElsewhere')}</span>
        <button type="button" class="btn" onClick={() => window.location.reload()}>
          {t('reload')}
        </button>
      </div>
    );
  }
  return (
    <div class="banner" role="status" data-testid="update-banner">
      <span>{state === 'applying' ? t('updateSaving') : t('updateAvailable')}</span>
      <button type="button" class="btn btn-primary" disabled={state === 'applying'} onClick={acceptUpdate}>
        {t('updateNow')}
      </button>
    </div>
  );
}

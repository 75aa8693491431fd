import { signal } from '@preact/signals';
import { t } from '../i18n.ts';

const isOnline = signal(typeof navigator === 'undefined' ? true : navigator.onLine);
if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    isOnline.value = true;
  });
  window.addEventListener('offline', () => {
    isOnline.value = false;
  });
}

/** Online/offline in words as well as colour. */
export function ConnectionBadge() {
  const online = isOnline.value;
  return (
    <span class={`badge ${online ? 'badge-ok' : 'badge-warn'}`} data-testid="connection">
      <span aria-hidden="true">{online ? '●' : '○'}</span> {online ? t('online') : t('offline')}
    </span>
  );
}

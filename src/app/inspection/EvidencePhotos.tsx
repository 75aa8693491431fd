import { useSignal } from '@preact/signals';
import type { EvidenceRow } from '../../domain/schemas/evidence.ts';
import { formatBytes } from '../format.ts';
import { t } from '../i18n.ts';
import { useInspection } from './inspection-state.ts';
import { lazyPart } from './lazy-part.ts';
import { StoredImage } from './StoredImage.tsx';

// Loads when a photo is opened (its date line brings zod).
const PhotoDialog = lazyPart(() => import('./PhotoDialog.tsx').then((m) => m.PhotoDialog));

/** Photos taken as evidence for one criterion: take or choose, see thumbnails, open one full size. */
export function EvidencePhotos({ criterionId }: { criterionId: string }) {
  const state = useInspection();
  const photos = (state.evidence.value ?? []).filter((e) => e.criterionId === criterionId);
  const busy = useSignal(false);
  const error = useSignal<string | null>(null);
  const open = useSignal<EvidenceRow | null>(null);
  const disabled = state.locked.value;
  const inputId = `c-${criterionId}-photo`;

  async function onFiles(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    busy.value = true;
    error.value = null;
    try {
      for (const file of files) await state.addPhoto(criterionId, file, '');
    } catch (cause) {
      console.error('photo could not be prepared', cause);
      error.value = t('photoFailed');
    } finally {
      busy.value = false;
    }
  }

  return (
    <section class="evidence" aria-label={`${t('evidence')} ${criterionId}`}>
      <h4 class="evidence-title">
        {t('evidence')} ({photos.length})
      </h4>
      {photos.length > 0 && (
        <ul class="thumbs">
          {photos.map((photo, index) => (
            <li key={photo.id}>
              <button
                type="button"
                class="thumb"
                onClick={() => {
                  open.value = photo;
                }}
                aria-label={`${t('openPhoto')} ${index + 1}${photo.caption ? `: ${photo.caption}` : ''}`}
                data-testid="photo-thumb"
              >
                <StoredImage sha256={photo.sha256} alt="" class="thumb-img" />
                <span class="thumb-size">{formatBytes(photo.size)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {!disabled && (
        <div class="photo-actions">
          <input
            id={`${inputId}-camera`}
            class="visually-hidden"
            type="file"
            accept="image/*"
            capture="environment"
            onChange={onFiles}
          />
          <label class="btn" for={`${inputId}-camera`}>
            {t('takePhoto')}
          </label>

          <input
            id={`${inputId}-file`}
            class="visually-hidden"
            type="file"
            accept="image/*"
            multiple
            onChange={onFiles}
            data-testid="photo-file"
          />
          <label class="btn" for={`${inputId}-file`}>
            {t('choosePhoto')}
          </label>
          {busy.value && (
            <span role="status" class="muted">
              {t('compressing')}
            </span>
          )}
        </div>
      )}
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      {open.value && (
        <PhotoDialog
          photo={open.value}
          onClose={() => {
            open.value = null;
          }}
        />
      )}
    </section>
  );
}

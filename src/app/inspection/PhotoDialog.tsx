import { useEffect, useRef } from 'preact/hooks';
import { formatDateTimeVi } from '../../domain/dates.ts';
import type { EvidenceRow } from '../../domain/schemas/evidence.ts';
import { formatBytes } from '../format.ts';
import { t } from '../i18n.ts';
import { useInspection } from './inspection-state.ts';
import { StoredImage } from './StoredImage.tsx';
import { StoredText } from './StoredText.tsx';

/** One photo at full size, with its caption (stored as typed) and delete. A modal dialog: Esc closes. */
export function PhotoDialog({ photo, onClose }: { photo: EvidenceRow; onClose: () => void }) {
  const state = useInspection();
  const ref = useRef<HTMLDialogElement>(null);
  const current = state.evidence.value?.find((e) => e.id === photo.id);
  const disabled = state.locked.value;
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  useEffect(() => {
    if (state.evidence.value && !current) onClose();
  }, [current]);
  return (
    <dialog ref={ref} class="photo-dialog" onClose={onClose} aria-labelledby="photo-dialog-title">
      <h3 id="photo-dialog-title">
        {t('evidence')} {photo.criterionId ?? ''}
      </h3>
      <StoredImage sha256={photo.sha256} alt={current?.caption || t('evidence')} class="photo-full" />
      <p class="muted">
        {photo.width}×{photo.height} · {formatBytes(photo.size)} · {formatDateTimeVi(photo.takenAt)}
      </p>
      <StoredText
        id={`photo-${photo.id}-caption`}
        label={t('caption')}
        value={current?.caption ?? photo.caption}
        disabled={disabled}
        maxLength={10_000}
        onStore={(caption) => void state.setPhotoCaption(photo.id, caption)}
      />
      <div class="dialog-actions">
        {!disabled && (
          <button type="button" class="btn btn-danger" onClick={() => void state.removePhoto(photo.id)}>
            {t('deletePhoto')}
          </button>
        )}
        <button type="button" class="btn btn-primary" onClick={() => ref.current?.close()}>
          {t('close')}
        </button>
      </div>
    </dialog>
  );
}

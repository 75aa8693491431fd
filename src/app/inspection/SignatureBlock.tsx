import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { formatDateTimeVi } from '../../domain/dates.ts';
import type { SignatureRole } from '../../domain/schemas/signature.ts';
import { t } from '../i18n.ts';
import { useInspection } from './inspection-state.ts';
import type { SignaturePadHandle } from './SignaturePadCanvas.tsx';
import { SignaturePadCanvas } from './SignaturePadCanvas.tsx';
import { StoredImage } from './StoredImage.tsx';

const ROLE_KEYS = { leader: 'sig_leader', unitRepresentative: 'sig_unitRepresentative' } as const;

/** One signature block: the saved signature with name and time, or a pad to sign on. */
export function SignatureBlock({
  signer: role,
  suggestedName,
}: {
  signer: SignatureRole;
  suggestedName: string;
}) {
  const state = useInspection();
  const existing = state.signatures.value?.find((s) => s.role === role);
  const resigning = useSignal(false);
  const name = useSignal(existing?.signerName ?? suggestedName);
  // The team may arrive after the block first renders (a live query, or a sync from the office): fill
  // the name in then, unless the signer has typed one.
  useEffect(() => {
    if (!name.value && suggestedName) name.value = suggestedName;
  }, [suggestedName]);
  const hasInk = useSignal(false);
  const error = useSignal<string | null>(null);
  const pad = useRef<SignaturePadHandle | null>(null);
  const locked = state.locked.value;
  const title = t(ROLE_KEYS[role]);
  const idBase = `sig-${role}`;

  async function save() {
    if (!name.value.trim()) {
      error.value = t('nameRequired');
      return;
    }
    if (!pad.current || pad.current.isEmpty()) {
      error.value = t('signatureEmpty');
      return;
    }
    error.value = null;
    const png = await pad.current.toPng();
    await state.saveSignature(role, name.value, png);
    resigning.value = false;
  }

  return (
    <section
      class="card signature-block"
      aria-labelledby={`${idBase}-title`}
      data-testid={`signature-${role}`}
    >
      <h2 id={`${idBase}-title`}>{title}</h2>
      {existing && !resigning.value ? (
        <div class="signature-saved">
          <StoredImage
            sha256={existing.sha256}
            alt={`${title}: ${existing.signerName}`}
            class="signature-img"
          />
          <p data-testid="signed-by">
            <span aria-hidden="true">✓ </span>
            {t('signedBy')}: <strong>{existing.signerName}</strong> · {formatDateTimeVi(existing.signedAt)}
          </p>
          {!locked && (
            <button
              type="button"
              class="btn"
              onClick={() => {
                resigning.value = true;
                hasInk.value = false;
              }}
            >
              {t('signAgain')}
            </button>
          )}
        </div>
      ) : locked ? (
        <p class="muted">{t('noneYet')}</p>
      ) : (
        <div class="signature-form">
          <div class="field">
            <label for={`${idBase}-name`}>{t('signerName')}</label>
            <input
              id={`${idBase}-name`}
              autocomplete="off"
              maxLength={200}
              value={name.value}
              onInput={(e) => {
                name.value = e.currentTarget.value;
              }}
            />
          </div>
          <p class="muted" id={`${idBase}-help`}>
            {t('signHere')}
          </p>
          <SignaturePadCanvas
            label={`${t('signHere')}: ${title}`}
            onReady={(handle) => {
              pad.current = handle;
            }}
            onInk={(ink) => {
              hasInk.value = ink;
            }}
          />
          <div class="form-row">
            <button type="button" class="btn" onClick={() => pad.current?.clear()}>
              {t('clearSignature')}
            </button>
            <button
              type="button"
              class="btn btn-primary"
              onClick={() => void save()}
              disabled={!hasInk.value}
            >
              {t('saveSignature')}
            </button>
          </div>
          {error.value && (
            <p class="error" role="alert">
              {error.value}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

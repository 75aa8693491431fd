import { useEffect, useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { DataBanners } from '../components/DataBanners.tsx';
import { appDb } from '../data/connection.ts';
import { formatDate } from '../format.ts';
import { statusLabel, t } from '../i18n.ts';
import { Checklist } from '../inspection/Checklist.tsx';
import { ConclusionsSection } from '../inspection/ConclusionsSection.tsx';
import { InfoSection } from '../inspection/InfoSection.tsx';
import { createInspectionState, InspectionContext } from '../inspection/inspection-state.ts';
import { lazyPart } from '../inspection/lazy-part.ts';
import { ProgressLine } from '../inspection/ProgressLine.tsx';
import { SummarySection } from '../inspection/SummarySection.tsx';
import '../styles/inspection.css';

// The signing tab loads on first use: its modules bring zod (dates) and the signature pad.
const SignatureBlock = lazyPart(() =>
  import('../inspection/SignatureBlock.tsx').then((m) => m.SignatureBlock),
);
const CompletePanel = lazyPart(() => import('../inspection/CompletePanel.tsx').then((m) => m.CompletePanel));

const TABS = [
  ['info', 'tabInfo'],
  ['checklist', 'tabChecklist'],
  ['conclusions', 'tabConclusions'],
  ['sign', 'tabSign'],
  ['summary', 'tabSummary'],
] as const;
type Tab = (typeof TABS)[number][0];

function isTab(value: string | undefined): value is Tab {
  return TABS.some(([tab]) => tab === value);
}

/**
 * One inspection, loaded lazily with the catalogue, zod and scoring so the home screen stays small.
 * The section shown lives in the URL (`?tab=checklist&area=A3`), so reload and back keep the place.
 */
export function InspectionPage({ id }: { id: string }) {
  const db = appDb();
  const state = useMemo(() => createInspectionState(db, id), [id]);
  useEffect(() => () => state.dispose(), [state]);
  const { query } = useLocation();
  const tab: Tab = isTab(query.tab) ? query.tab : 'checklist';
  const inspection = state.inspection.value;
  const catalogue = state.catalogue.value;
  const score = state.score.value;

  if (inspection === undefined) return <main class="page">{t('loading')}</main>;
  if (inspection === null || inspection.deleted) {
    return (
      <main class="page">
        <p>{t('notFound')}</p>
        <a href="/">{t('back')}</a>
      </main>
    );
  }
  const leader = inspection.team.find((m) => m.role === 'leader')?.name ?? '';
  const representative = inspection.unitRepresentatives[0]?.name ?? '';

  return (
    <InspectionContext.Provider value={state}>
      <main class="page inspection-page">
        <DataBanners db={db} />
        <div class="inspection-head">
          <a href="/" class="back-link">
            ← {t('back')}
          </a>
          <h2 class="inspection-title">{inspection.unitName}</h2>
          <p class="inspection-meta">
            {formatDate(inspection.date)}
            {inspection.place && ` · ${inspection.place}`} ·{' '}
            <span class={`badge status-badge-${inspection.status}`} data-testid="inspection-status">
              {statusLabel(inspection.status)}
            </span>
          </p>
          {score && <ProgressLine tally={score.overall} />}
          {state.locked.value && (
            <p class="banner banner-info" role="status">
              {t('lockedNote')}
            </p>
          )}
        </div>
        <nav class="tabs" aria-label={t('inspectionSections')}>
          {TABS.map(([key, label]) => (
            <a
              key={key}
              class={`tab ${tab === key ? 'tab-current' : ''}`}
              href={`/inspections/${id}?tab=${key}`}
              aria-current={tab === key ? 'page' : undefined}
            >
              {t(label)}
            </a>
          ))}
        </nav>
        {catalogue === null ? (
          <p class="banner" role="alert">
            {t('catalogueMissing')}
          </p>
        ) : !catalogue || !score ? (
          <p>{t('loading')}</p>
        ) : tab === 'info' ? (
          <InfoSection inspection={inspection} />
        ) : tab === 'checklist' ? (
          <Checklist inspectionId={id} catalogue={catalogue} score={score} />
        ) : tab === 'conclusions' ? (
          <ConclusionsSection inspection={inspection} />
        ) : tab === 'sign' ? (
          <div class="stack">
            <div class="signature-grid">
              <SignatureBlock signer="leader" suggestedName={leader} />
              <SignatureBlock signer="unitRepresentative" suggestedName={representative} />
            </div>
            <CompletePanel inspection={inspection} catalogue={catalogue} />
          </div>
        ) : (
          <SummarySection inspectionId={id} catalogue={catalogue} score={score} />
        )}
      </main>
    </InspectionContext.Provider>
  );
}

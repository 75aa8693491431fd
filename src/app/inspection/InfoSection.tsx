import type { InspectionRow } from '../../domain/schemas/inspection.ts';
import { t } from '../i18n.ts';
import { useInspection } from './inspection-state.ts';
import { RepresentativesEditor } from './RepresentativesEditor.tsx';
import { StoredText } from './StoredText.tsx';
import { TeamEditor } from './TeamEditor.tsx';

/** The inspection's header: unit, date, place, team, unit representatives. */
export function InfoSection({ inspection }: { inspection: InspectionRow }) {
  const state = useInspection();
  const disabled = state.locked.value;
  return (
    <div class="stack">
      <section class="card form-grid" aria-label={t('tabInfo')}>
        <StoredText
          id="info-unit"
          label={t('unitName')}
          value={inspection.unitName}
          disabled={disabled}
          maxLength={200}
          accepts={(v) => v.trim() !== ''}
          onStore={(unitName) => void state.setFields({ unitName })}
        />
        <StoredText
          id="info-date"
          label={t('date')}
          type="date"
          value={inspection.date}
          disabled={disabled}
          accepts={(v) => /^\d{4}-\d{2}-\d{2}$/.test(v)}
          onStore={(date) => void state.setFields({ date })}
        />
        <StoredText
          id="info-place"
          label={t('place')}
          value={inspection.place}
          disabled={disabled}
          maxLength={200}
          onStore={(place) => void state.setFields({ place })}
        />
      </section>
      <TeamEditor
        team={inspection.team}
        disabled={disabled}
        onChange={(team) => void state.setFields({ team })}
      />
      <RepresentativesEditor
        people={inspection.unitRepresentatives}
        disabled={disabled}
        onChange={(unitRepresentatives) => void state.setFields({ unitRepresentatives })}
      />
    </div>
  );
}

import { computed, effect, type ReadonlySignal, signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Answer } from '../../domain/answer.ts';
import type { Catalogue } from '../../domain/schemas/catalogue.ts';
import type { EvidenceRow } from '../../domain/schemas/evidence.ts';
import type { FindingKind, FindingRow } from '../../domain/schemas/finding.ts';
import type { InspectionRow } from '../../domain/schemas/inspection.ts';
import type { RecommendationRow } from '../../domain/schemas/recommendation.ts';
import type { SignatureRole, SignatureRow } from '../../domain/schemas/signature.ts';
import { type InspectionScore, scoreInspection } from '../../domain/scoring.ts';
import { getCatalogue } from '../data/catalogues.ts';
import { completeInspection } from '../data/complete.ts';
import { addEvidence, blobOf, removeEvidence, setEvidenceCaption } from '../data/evidence.ts';
import { addFinding, removeFinding, setFindingText } from '../data/findings.ts';
import { type InspectionFields, setInspectionFields } from '../data/inspection-fields.ts';
import { isLocked } from '../data/inspection-lock.ts';
import {
  evidenceOf,
  findingsOf,
  recommendationsOf,
  resultsOf,
  signaturesOf,
} from '../data/inspection-reads.ts';
import {
  addRecommendation,
  type RecommendationFields,
  removeRecommendation,
  setRecommendationFields,
} from '../data/recommendations.ts';
import { type AnswerPatch, recordAnswer } from '../data/results.ts';
import { saveSignature } from '../data/signatures.ts';
import type { AnyLocalRow, AppDb, Local } from '../db.ts';
import { answersByCriterion } from './answers.ts';
import { type MissingItem, missingForCompletion } from './completion.ts';
import { type LiveSignal, liveSignal } from './live-signal.ts';
import { preparePhoto } from './photo.ts';

/**
 * Everything an inspection screen shows, as read-only signals fed by live queries, and the actions
 * that change it (each a named verb on the one write path). Built once per open inspection and handed
 * down by context, so components read `.value` and call actions, and never touch the database.
 */
export function createInspectionState(db: AppDb, inspectionId: string) {
  const inspectionLive = liveSignal(async () => (await db.inspections.get(inspectionId)) ?? null);
  const resultsLive = liveSignal(() => resultsOf(db, inspectionId));
  const findingsLive = liveSignal(() => findingsOf(db, inspectionId));
  const recommendationsLive = liveSignal(() => recommendationsOf(db, inspectionId));
  const evidenceLive = liveSignal(() => evidenceOf(db, inspectionId));
  const signaturesLive = liveSignal(() => signaturesOf(db, inspectionId));
  const catalogueId = computed(() => inspectionLive.value.value?.catalogueId);
  // The catalogue is known once the inspection is: its query starts (again) when the id changes.
  const catalogueValue = signal<Catalogue | null | undefined>(undefined);
  let catalogueLive: LiveSignal<Catalogue | null> | undefined;
  const stopCatalogue = effect(() => {
    const id = catalogueId.value;
    catalogueLive?.dispose();
    catalogueLive = id === undefined ? undefined : liveSignal(() => getCatalogue(db, id), catalogueValue);
  });

  const answers = computed<ReadonlyMap<string, Answer>>(() =>
    answersByCriterion(resultsLive.value.value ?? []),
  );
  const notes = computed(() => {
    const map = new Map<string, string>();
    for (const row of resultsLive.value.value ?? []) map.set(String(row.criterionId), String(row.note ?? ''));
    return map;
  });
  const score = computed<InspectionScore | undefined>(() => {
    const cat = catalogueValue.value;
    return cat ? scoreInspection(cat, answers.value) : undefined;
  });
  const signedRoles = computed(() => new Set((signaturesLive.value.value ?? []).map((s) => s.role)));
  const missing = computed<MissingItem[] | undefined>(() => {
    const cat = catalogueValue.value;
    return cat ? missingForCompletion(cat, answers.value, signedRoles.value) : undefined;
  });
  const locked = computed(() => {
    const row = inspectionLive.value.value;
    return row ? isLocked(row) : true;
  });

  return {
    inspectionId,
    inspection: inspectionLive.value as ReadonlySignal<Local<InspectionRow> | null | undefined>,
    catalogue: catalogueValue as ReadonlySignal<Catalogue | null | undefined>,
    results: resultsLive.value as ReadonlySignal<AnyLocalRow[] | undefined>,
    answers,
    notes,
    score,
    missing,
    locked,
    findings: findingsLive.value as ReadonlySignal<Array<Local<FindingRow>> | undefined>,
    recommendations: recommendationsLive.value as ReadonlySignal<Array<Local<RecommendationRow>> | undefined>,
    evidence: evidenceLive.value as ReadonlySignal<Array<Local<EvidenceRow>> | undefined>,
    signatures: signaturesLive.value as ReadonlySignal<Array<Local<SignatureRow>> | undefined>,

    recordAnswer: (criterionId: string, patch: AnswerPatch) =>
      recordAnswer(db, inspectionId, criterionId, patch),
    setFields: (fields: InspectionFields) => setInspectionFields(db, inspectionId, fields),
    addFinding: (kind: FindingKind) => addFinding(db, inspectionId, kind),
    setFindingText: (id: string, text: string) => setFindingText(db, inspectionId, id, text),
    removeFinding: (id: string) => removeFinding(db, inspectionId, id),
    addRecommendation: () => addRecommendation(db, inspectionId),
    setRecommendation: (id: string, fields: RecommendationFields) =>
      setRecommendationFields(db, inspectionId, id, fields),
    removeRecommendation: (id: string) => removeRecommendation(db, inspectionId, id),
    addPhoto: (criterionId: string | null, file: File, caption: string) =>
      addEvidence(db, inspectionId, criterionId, file, caption, { prepare: preparePhoto }),
    setPhotoCaption: (id: string, caption: string) => setEvidenceCaption(db, inspectionId, id, caption),
    removePhoto: (id: string) => removeEvidence(db, inspectionId, id),
    saveSignature: (role: SignatureRole, signerName: string, png: Blob) =>
      saveSignature(db, inspectionId, role, signerName, png),
    complete: () => completeInspection(db, inspectionId),
    /** A query for one stored image, to run in a live query. */
    blobQuery: (sha256: string) => () => blobOf(db, sha256),

    dispose() {
      for (const live of [
        inspectionLive,
        resultsLive,
        findingsLive,
        recommendationsLive,
        evidenceLive,
        signaturesLive,
      ]) {
        live.dispose();
      }
      stopCatalogue();
      catalogueLive?.dispose();
    },
  };
}

export type InspectionState = ReturnType<typeof createInspectionState>;

export const InspectionContext = createContext<InspectionState | null>(null);

export function useInspection(): InspectionState {
  const state = useContext(InspectionContext);
  if (!state) throw new Error('useInspection outside an InspectionContext');
  return state;
}

import type { SignatureRole } from '../../domain/schemas/signature.ts';
import type { AppDb } from '../db.ts';
import { answersByCriterion } from '../inspection/answers.ts';
import { type MissingItem, missingForCompletion } from '../inspection/completion.ts';
import { getCatalogue } from './catalogues.ts';
import { editableInspection } from './inspection-lock.ts';
import { resultsOf, signaturesOf } from './inspection-reads.ts';
import { reliableWrite, WriteRefusedError } from './reliable-write.ts';
import { writeFields } from './write.ts';

export type CompleteOutcome = { ok: true } | { ok: false; missing: MissingItem[] };

/**
 * "Hoàn thành": checked again against what is stored (not what a screen showed), then the inspection
 * is marked completed with its time and becomes read-only on the tablet.
 */
export async function completeInspection(
  db: AppDb,
  inspectionId: string,
  now = new Date(),
): Promise<CompleteOutcome> {
  let outcome: CompleteOutcome = { ok: true };
  await reliableWrite(db, `inspections/${inspectionId}/complete`, async () => {
    const inspection = await editableInspection(db, inspectionId);
    const catalogue = await getCatalogue(db, inspection.catalogueId);
    if (!catalogue) throw new WriteRefusedError(`catalogue ${inspection.catalogueId} is not on this device`);
    const [results, signatures] = await Promise.all([
      resultsOf(db, inspectionId),
      signaturesOf(db, inspectionId),
    ]);
    const signed = new Set<SignatureRole>(signatures.map((s) => s.role));
    const missing = missingForCompletion(catalogue, answersByCriterion(results), signed);
    if (missing.length > 0) {
      outcome = { ok: false, missing };
      return;
    }
    await writeFields(
      db,
      'inspections',
      inspectionId,
      { status: 'completed', completedAt: now.toISOString() },
      { now },
    );
  });
  return outcome;
}

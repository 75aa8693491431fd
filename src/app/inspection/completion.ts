import type { Answer } from '../../domain/answer.ts';
import type { Catalogue } from '../../domain/schemas/catalogue.ts';
import type { SignatureRole } from '../../domain/schemas/signature.ts';
import { scoreCriterion } from '../../domain/scoring.ts';

/** One thing that keeps an inspection from being completed. */
export type MissingItem =
  | { kind: 'criterion'; criterionId: string; areaId: string; reason: 'unanswered' | 'invalid' }
  | { kind: 'signature'; role: SignatureRole };

export const REQUIRED_SIGNATURES: readonly SignatureRole[] = ['leader', 'unitRepresentative'];

/**
 * What is still missing before "Hoàn thành": every applicable criterion answered with valid figures,
 * and both signatures (team leader, unit representative). Empty when the inspection can be completed.
 */
export function missingForCompletion(
  catalogue: Catalogue,
  answers: ReadonlyMap<string, Answer>,
  signedRoles: ReadonlySet<SignatureRole>,
): MissingItem[] {
  const missing: MissingItem[] = [];
  for (const area of catalogue.areas) {
    for (const criterion of area.criteria) {
      const { status } = scoreCriterion(criterion, answers.get(criterion.id));
      if (status === 'unanswered' || status === 'invalid') {
        missing.push({ kind: 'criterion', criterionId: criterion.id, areaId: area.id, reason: status });
      }
    }
  }
  for (const role of REQUIRED_SIGNATURES)
    if (!signedRoles.has(role)) missing.push({ kind: 'signature', role });
  return missing;
}

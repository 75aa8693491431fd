/**
 * Ids of rows that other fields determine, as text. Free of zod so the app's start path can form them;
 * `resultId` and `signatureId` (schemas/result.ts, schemas/signature.ts) parse them into branded ids, and
 * the write path checks every id with its table's schema before anything is stored.
 */

/** A result row: one per criterion of an inspection. */
export function resultIdText(inspectionId: string, criterionId: string): string {
  return `${inspectionId}:${criterionId}`;
}

/** A signature row: one per signing role of an inspection. */
export function signatureIdText(inspectionId: string, role: string): string {
  return `${inspectionId}:sig:${role}`;
}

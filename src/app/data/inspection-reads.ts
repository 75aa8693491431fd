import type { EvidenceRow } from '../../domain/schemas/evidence.ts';
import type { FindingRow } from '../../domain/schemas/finding.ts';
import type { RecommendationRow } from '../../domain/schemas/recommendation.ts';
import type { SignatureRow } from '../../domain/schemas/signature.ts';
import type { AnyLocalRow, AppDb, Local } from '../db.ts';

/*
 * The reads an inspection screen makes, each meant to run inside a live query: components get them
 * through the inspection state, never by calling the database themselves.
 */

export function resultsOf(db: AppDb, inspectionId: string): Promise<AnyLocalRow[]> {
  return db.results.where('inspectionId').equals(inspectionId).toArray();
}

export async function findingsOf(db: AppDb, inspectionId: string): Promise<Array<Local<FindingRow>>> {
  const rows = await db.findings.where('inspectionId').equals(inspectionId).toArray();
  return rows.filter((row) => !row.deleted).sort((a, b) => a.order - b.order);
}

export async function recommendationsOf(
  db: AppDb,
  inspectionId: string,
): Promise<Array<Local<RecommendationRow>>> {
  const rows = await db.recommendations.where('inspectionId').equals(inspectionId).toArray();
  return rows.filter((row) => !row.deleted).sort((a, b) => a.id.localeCompare(b.id));
}

export async function evidenceOf(db: AppDb, inspectionId: string): Promise<Array<Local<EvidenceRow>>> {
  const rows = await db.evidence.where('inspectionId').equals(inspectionId).toArray();
  return rows.filter((row) => !row.deleted).sort((a, b) => a.id.localeCompare(b.id));
}

export async function signaturesOf(db: AppDb, inspectionId: string): Promise<Array<Local<SignatureRow>>> {
  const rows = await db.signatures.where('inspectionId').equals(inspectionId).toArray();
  return rows.filter((row) => !row.deleted);
}

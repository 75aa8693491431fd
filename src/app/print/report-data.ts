import type { Answer } from '../../domain/answer.ts';
import type { Catalogue } from '../../domain/schemas/catalogue.ts';
import type { AppDb } from '../db.ts';
import { loadCatalogue } from './load-catalogue.ts';
import { DEFAULT_REPORT_SIGNER, type ReportInput, type ReportSigner } from './report-model.ts';

/** What the report reads from the device; the date and number come from the screen. */
export type ReportData = Omit<ReportInput, 'date' | 'number' | 'signer'> & { signer: ReportSigner };

function signerOf(plan: Record<string, unknown>): ReportSigner {
  // A plan row may carry who signs its report; the seed plan's signer is the default.
  const s = plan.signer as Partial<ReportSigner> | null | undefined;
  return {
    authority:
      typeof s?.authority === 'string' && s.authority ? s.authority : DEFAULT_REPORT_SIGNER.authority,
    title: typeof s?.title === 'string' && s.title ? s.title : DEFAULT_REPORT_SIGNER.title,
    name: typeof s?.name === 'string' && s.name ? s.name : DEFAULT_REPORT_SIGNER.name,
  };
}

/** Reads a plan with its units, inspections, results and recommendations; null when the plan is not here. */
export async function loadReportData(db: AppDb, planId: string): Promise<ReportData | null> {
  const plan = await db.plans.get(planId);
  if (plan === undefined || plan.deleted === true) return null;
  const [units, inspections] = await Promise.all([
    db.units.filter((u) => u.deleted !== true).toArray(),
    db.inspections
      .where('planId')
      .equals(planId)
      .filter((i) => !i.deleted)
      .toArray(),
  ]);
  const ids = inspections.map((i) => i.id);
  const [results, recommendations] = await Promise.all([
    db.results
      .where('inspectionId')
      .anyOf(ids)
      .filter((r) => r.deleted !== true)
      .toArray(),
    db.recommendations
      .where('inspectionId')
      .anyOf(ids)
      .filter((r) => !r.deleted)
      .toArray(),
  ]);
  const byInspection = new Map<string, Array<Answer & { criterionId: string }>>();
  for (const r of results) {
    const list = byInspection.get(String(r.inspectionId)) ?? [];
    // Result rows are loosely typed in Dexie; their fields are the Answer fields.
    list.push(r as unknown as Answer & { criterionId: string });
    byInspection.set(String(r.inspectionId), list);
  }
  const catalogues = new Map<string, Catalogue>();
  for (const id of new Set(inspections.map((i) => i.catalogueId))) {
    const catalogue = await loadCatalogue(db, id);
    if (catalogue) catalogues.set(id, catalogue);
  }
  const active = units.filter((u) => u.active !== false && (u.mergedInto ?? null) === null);
  return {
    plan: {
      year: Number(plan.year),
      unitIds: (plan.unitIds as string[] | undefined) ?? [],
      activeUnitCount: (plan.activeUnitCount as number | null | undefined) ?? active.length,
      required: (plan.required as number | null | undefined) ?? null,
    },
    units: units.map((u) => ({ id: u.id, name: String(u.name) })),
    inspections: inspections.map((i) => ({
      id: i.id,
      unitId: i.unitId,
      unitName: i.unitName,
      date: i.date,
      status: i.status,
      catalogueId: i.catalogueId,
    })),
    results: byInspection,
    recommendations: recommendations
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((r) => ({
        inspectionId: r.inspectionId,
        content: r.content,
        owner: r.owner,
        deadline: r.deadline,
        status: r.status,
      })),
    catalogues,
    signer: signerOf(plan),
  };
}

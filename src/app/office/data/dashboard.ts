import type { Answer } from '../../../domain/answer.ts';
import { catalogueFromRow } from '../../../domain/criteria/catalogue-row.ts';
import { isActiveUnit } from '../../../domain/planning.ts';
import type { Catalogue } from '../../../domain/schemas/catalogue.ts';
import type { AppDb } from '../../db.ts';
import { answersByCriterion } from '../../inspection/answers.ts';
import { buildDashboard, type Dashboard } from '../dashboard-model.ts';
import { planForYear } from './plans.ts';
import { listUnits } from './rows.ts';

export interface DashboardData extends Dashboard {
  year: number;
  planId: string | null;
  planStatus: 'draft' | 'approved' | null;
}

/**
 * Everything the dashboard reads for a year, inside one live query: the year's plan and its
 * inspections (by plan, or dated in that year), their results, recommendations and catalogues.
 */
export async function loadDashboard(db: AppDb, year: number, today: string): Promise<DashboardData> {
  const [plan, units, allInspections] = await Promise.all([
    planForYear(db, year),
    listUnits(db),
    db.inspections.toArray(),
  ]);
  const inspections = allInspections.filter(
    (i) =>
      !i.deleted &&
      (plan !== null && i.planId === plan.id ? true : i.planId === null && i.date.startsWith(`${year}-`)),
  );
  const ids = inspections.map((i) => i.id);
  const [results, recommendations, catalogueRows] = await Promise.all([
    db.results.where('inspectionId').anyOf(ids).toArray(),
    db.recommendations.where('inspectionId').anyOf(ids).toArray(),
    db.catalogues.toArray(),
  ]);
  const grouped = new Map<string, typeof results>();
  for (const row of results) {
    const key = String(row.inspectionId);
    const list = grouped.get(key) ?? [];
    list.push(row);
    grouped.set(key, list);
  }
  const answers = new Map<string, Map<string, Answer>>();
  for (const [id, rows] of grouped) answers.set(id, answersByCriterion(rows));
  const catalogues = new Map<string, Catalogue>();
  for (const row of catalogueRows) if (!row.deleted) catalogues.set(row.id, catalogueFromRow(row));

  const dashboard = buildDashboard({
    year,
    plan,
    activeUnitCount: units.filter(isActiveUnit).length,
    inspections,
    answers,
    catalogues,
    recommendations,
    today,
  });
  return { ...dashboard, year, planId: plan?.id ?? null, planStatus: plan?.status ?? null };
}

/** Years that have a plan or an inspection, newest first, always including `current`. */
export async function dashboardYears(db: AppDb, current: number): Promise<number[]> {
  const years = new Set<number>([current]);
  await db.plans.each((p) => {
    if (!p.deleted) years.add(Number(p.year));
  });
  await db.inspections.each((i) => {
    if (!i.deleted) years.add(Number(i.date.slice(0, 4)));
  });
  return [...years].filter(Number.isFinite).sort((a, b) => b - a);
}

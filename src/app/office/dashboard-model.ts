import type { Answer } from '../../domain/answer.ts';
import { percentHalfUp } from '../../domain/rate.ts';
import type { AreaId, Catalogue } from '../../domain/schemas/catalogue.ts';
import type { InspectionRow, InspectionStatus } from '../../domain/schemas/inspection.ts';
import type { PlanRow } from '../../domain/schemas/plan.ts';
import type { RecommendationRow } from '../../domain/schemas/recommendation.ts';
import { scoreInspection } from '../../domain/scoring.ts';

/*
 * What the office dashboard shows for a year, computed from plain rows so it can be tested without a
 * browser: plan coverage against the quota, scores per area across the inspected units, the criteria
 * most often not met, and the recommendations by deadline (overdue first).
 */

export interface DashboardInput {
  year: number;
  plan: PlanRow | null;
  /** Active units today, for the quota while the plan is still a draft. */
  activeUnitCount: number;
  /** Inspections of the year (deleted ones left out). */
  inspections: readonly InspectionRow[];
  answers: ReadonlyMap<string, ReadonlyMap<string, Answer>>;
  catalogues: ReadonlyMap<string, Catalogue>;
  recommendations: readonly RecommendationRow[];
  /** Today, `yyyy-mm-dd` (Viet Nam). */
  today: string;
}

export interface Coverage {
  required: number;
  planned: number;
  /** Completed or signed. */
  done: number;
  signed: number;
}

export interface ScoredInspection {
  id: string;
  unitId: string | null;
  unitName: string;
  date: string;
  status: InspectionStatus;
  /** Overall score in percent of what was judged; null while nothing is judged. */
  percent: number | null;
  points: number;
  judgedMax: number;
  areaPercents: Partial<Record<AreaId, number | null>>;
}

export interface AreaAverage {
  areaId: AreaId;
  name: string;
  /** Points over judged maximum, pooled across the finished inspections; null when none. */
  percent: number | null;
  inspections: number;
}

export interface NotMetCriterion {
  criterionId: string;
  text: string;
  count: number;
  /** Finished inspections that judged it. */
  judged: number;
}

export interface DashboardRecommendation
  extends Pick<RecommendationRow, 'id' | 'content' | 'owner' | 'deadline' | 'status'> {
  unitName: string;
  isOverdue: boolean;
}

export interface Dashboard {
  coverage: Coverage;
  inspections: ScoredInspection[];
  areas: AreaAverage[];
  notMet: NotMetCriterion[];
  recommendations: DashboardRecommendation[];
}

const isFinished = (status: InspectionStatus) => status === 'completed' || status === 'signed';

export function buildDashboard(input: DashboardInput): Dashboard {
  const { plan } = input;
  const planned = plan ? plan.unitIds.length : 0;
  const required = plan?.required ?? Math.floor((input.activeUnitCount + 4) / 5);
  const coverage: Coverage = {
    required,
    planned,
    done: input.inspections.filter((i) => isFinished(i.status)).length,
    signed: input.inspections.filter((i) => i.status === 'signed').length,
  };

  const areaSums = new Map<AreaId, { name: string; points: number; max: number; count: number }>();
  const notMet = new Map<string, NotMetCriterion>();
  const scored: ScoredInspection[] = [];
  for (const inspection of input.inspections) {
    const catalogue = input.catalogues.get(inspection.catalogueId);
    const base = {
      id: inspection.id,
      unitId: inspection.unitId,
      unitName: inspection.unitName,
      date: inspection.date,
      status: inspection.status,
    };
    if (!catalogue) {
      scored.push({ ...base, percent: null, points: 0, judgedMax: 0, areaPercents: {} });
      continue;
    }
    const score = scoreInspection(catalogue, input.answers.get(inspection.id) ?? new Map());
    const areaPercents: Partial<Record<AreaId, number | null>> = {};
    for (const area of score.areas) areaPercents[area.areaId] = area.percent;
    scored.push({
      ...base,
      percent: score.overall.percent,
      points: score.overall.points,
      judgedMax: score.overall.judgedMax,
      areaPercents,
    });
    if (!isFinished(inspection.status)) continue;
    for (const area of score.areas) {
      const name = catalogue.areas.find((a) => a.id === area.areaId)?.name ?? area.areaId;
      const sum = areaSums.get(area.areaId) ?? { name, points: 0, max: 0, count: 0 };
      if (area.judgedMax > 0) {
        sum.points += Math.round(area.points * 100);
        sum.max += Math.round(area.judgedMax * 100);
        sum.count += 1;
      }
      areaSums.set(area.areaId, sum);
      for (const c of area.criteria) {
        if (c.status !== 'met' && c.status !== 'notMet') continue;
        const text =
          catalogue.areas.flatMap((a) => a.criteria).find((x) => x.id === c.criterionId)?.text ?? '';
        const entry = notMet.get(c.criterionId) ?? { criterionId: c.criterionId, text, count: 0, judged: 0 };
        entry.judged += 1;
        if (c.status === 'notMet') entry.count += 1;
        notMet.set(c.criterionId, entry);
      }
    }
  }

  const areas = [...areaSums.entries()]
    .map(([areaId, s]) => ({
      areaId,
      name: s.name,
      percent: s.max === 0 ? null : percentHalfUp(s.points, s.max),
      inspections: s.count,
    }))
    .sort((a, b) => a.areaId.localeCompare(b.areaId));

  const unitOf = new Map(input.inspections.map((i) => [i.id, i.unitName]));
  const recommendations = input.recommendations
    .filter((r) => !r.deleted && unitOf.has(r.inspectionId))
    .map((r) => ({
      id: r.id,
      content: r.content,
      owner: r.owner,
      deadline: r.deadline,
      status: r.status,
      unitName: unitOf.get(r.inspectionId) ?? '',
      isOverdue: r.status === 'open' && r.deadline !== null && r.deadline < input.today,
    }))
    .sort(compareRecommendations);

  return {
    coverage,
    inspections: scored.sort(
      (a, b) => a.date.localeCompare(b.date) || a.unitName.localeCompare(b.unitName, 'vi'),
    ),
    areas,
    notMet: [...notMet.values()]
      .filter((c) => c.count > 0)
      .sort(
        (a, b) => b.count - a.count || a.criterionId.localeCompare(b.criterionId, 'en', { numeric: true }),
      ),
    recommendations,
  };
}

/** Overdue first, then open by deadline (none last), then done ones. */
function compareRecommendations(a: DashboardRecommendation, b: DashboardRecommendation): number {
  const rank = (r: DashboardRecommendation) => (r.isOverdue ? 0 : r.status === 'open' ? 1 : 2);
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  if (a.deadline !== b.deadline) {
    if (a.deadline === null) return 1;
    if (b.deadline === null) return -1;
    return a.deadline.localeCompare(b.deadline);
  }
  return a.id.localeCompare(b.id);
}

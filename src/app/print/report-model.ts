import type { Answer } from '../../domain/answer.ts';
import { formatDateVi, formatLongDateVi } from '../../domain/dates.ts';
import { requiredCount } from '../../domain/planning.ts';
import { formatPercent, percentHalfUp } from '../../domain/rate.ts';
import type { Catalogue } from '../../domain/schemas/catalogue.ts';
import { INSPECTION_STATUS_LABELS, type InspectionStatus } from '../../domain/schemas/inspection.ts';
import {
  RECOMMENDATION_STATUS_LABELS,
  type RecommendationStatus,
} from '../../domain/schemas/recommendation.ts';
import { scoreInspection } from '../../domain/scoring.ts';
import { AGENCY, PARENT_AGENCY } from './agency.ts';
import type { DocHeader } from './bien-ban-model.ts';
import { DOCUMENT_PLACE, formatDocNumber, formatNumberVi, toRoman } from './format.ts';

/*
 * The báo cáo tổng hợp of a year's inspection plan (Mẫu 1.4 of Nghị định 30/2020, domain §3): coverage
 * against the 20% quota, each unit's scores per area, the criteria most often not met, and the
 * recommendations with their status. Plain data in, plain data out, like the biên bản model.
 */

/** Who signs the report: the seed plan is signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC, Trần Văn Tuấn". */
export interface ReportSigner {
  authority: string;
  title: string;
  name: string;
}

export const DEFAULT_REPORT_SIGNER: ReportSigner = {
  authority: 'KT. GIÁM ĐỐC',
  title: 'PHÓ GIÁM ĐỐC',
  name: 'Trần Văn Tuấn',
};

export const REPORT_SYMBOL = 'BC-SKHCN';

export interface ReportInspection {
  id: string;
  unitId: string | null;
  unitName: string;
  date: string;
  status: InspectionStatus;
  catalogueId: string;
}

export interface ReportInput {
  plan: {
    year: number;
    unitIds: readonly string[];
    activeUnitCount: number | null;
    required: number | null;
  };
  /** Units of the register, to name the planned ones. */
  units: ReadonlyArray<{ id: string; name: string }>;
  /** Inspections of the plan (deleted ones left out). */
  inspections: readonly ReportInspection[];
  /** Answers by inspection id, each a list of results. */
  results: ReadonlyMap<string, ReadonlyArray<Answer & { criterionId: string }>>;
  recommendations: ReadonlyArray<{
    inspectionId: string;
    content: string;
    owner: string;
    deadline: string | null;
    status: RecommendationStatus;
  }>;
  catalogues: ReadonlyMap<string, Catalogue>;
  /** Day the report is dated, `yyyy-mm-dd`. */
  date: string;
  number?: string;
  signer?: ReportSigner;
}

export interface Coverage {
  activeUnitCount: number;
  required: number;
  planned: number;
  done: number;
  signed: number;
}

export interface UnitScoreRow {
  index: number;
  unitName: string;
  date: string;
  status: string;
  /** Percent per area, in catalogue order; '' when the area has nothing scored. */
  areas: string[];
  points: string;
  percent: string;
}

export interface FailingCriterion {
  criterionId: string;
  text: string;
  notMet: number;
  judged: number;
}

export interface ReportModel {
  header: DocHeader;
  title: string;
  subject: string;
  intro: string;
  coverage: Coverage;
  coverageLines: string[];
  sections: { coverage: string; scores: string; failing: string; recommendations: string };
  /** Column headings of the area columns (I … VII) and what they stand for. */
  areaColumns: Array<{ label: string; name: string }>;
  units: UnitScoreRow[];
  failing: FailingCriterion[];
  recommendations: Array<{
    unitName: string;
    content: string;
    owner: string;
    deadline: string;
    status: string;
  }>;
  recommendationSummary: string;
  closing: string;
  signer: ReportSigner;
  recipients: string[];
}

const DONE: ReadonlySet<InspectionStatus> = new Set(['completed', 'signed']);

/** The latest inspection of each unit (by date), so a re-inspection replaces the first one. */
function latestByUnit(inspections: readonly ReportInspection[]): Map<string, ReportInspection> {
  const byUnit = new Map<string, ReportInspection>();
  for (const i of inspections) {
    const key = i.unitId ?? `name:${i.unitName}`;
    const seen = byUnit.get(key);
    if (seen === undefined || i.date > seen.date) byUnit.set(key, i);
  }
  return byUnit;
}

/** Builds the consolidated report of one plan. */
export function buildReport(input: ReportInput): ReportModel {
  const { plan } = input;
  const names = new Map(input.units.map((u) => [u.id, u.name]));
  const latest = latestByUnit(input.inspections);
  const activeUnitCount = plan.activeUnitCount ?? input.units.length;
  const coverage: Coverage = {
    activeUnitCount,
    required: plan.required ?? requiredCount(activeUnitCount),
    planned: plan.unitIds.length,
    done: [...latest.values()].filter((i) => DONE.has(i.status)).length,
    signed: [...latest.values()].filter((i) => i.status === 'signed').length,
  };
  const catalogue =
    [...input.catalogues.values()].find((c) => c.year === plan.year) ?? [...input.catalogues.values()][0];
  const areaColumns = (catalogue?.areas ?? []).map((a, i) => ({ label: toRoman(i + 1), name: a.name }));

  const failing = new Map<string, FailingCriterion>();
  const planned = [...plan.unitIds];
  for (const i of latest.values()) {
    if (i.unitId === null || !plan.unitIds.includes(i.unitId)) planned.push(i.unitId ?? `name:${i.unitName}`);
  }
  const units = planned.map((unitKey, index): UnitScoreRow => {
    const inspection = latest.get(unitKey);
    const unitName = names.get(unitKey) ?? inspection?.unitName ?? unitKey;
    const cat = inspection ? input.catalogues.get(inspection.catalogueId) : undefined;
    if (inspection === undefined || cat === undefined) {
      return {
        index: index + 1,
        unitName,
        date: inspection ? formatDateVi(inspection.date) : '',
        status: inspection ? INSPECTION_STATUS_LABELS[inspection.status] : 'chưa kiểm tra',
        areas: areaColumns.map(() => ''),
        points: '',
        percent: '',
      };
    }
    const answers = new Map((input.results.get(inspection.id) ?? []).map((r) => [r.criterionId, r]));
    const score = scoreInspection(cat, answers);
    for (const area of score.areas) {
      for (const c of area.criteria) {
        if (c.status !== 'met' && c.status !== 'notMet') continue;
        const text = cat.areas.flatMap((a) => a.criteria).find((k) => k.id === c.criterionId)?.text ?? '';
        const entry = failing.get(c.criterionId) ?? {
          criterionId: c.criterionId,
          text,
          notMet: 0,
          judged: 0,
        };
        entry.judged += 1;
        if (c.status === 'notMet') entry.notMet += 1;
        failing.set(c.criterionId, entry);
      }
    }
    const overall = score.overall;
    return {
      index: index + 1,
      unitName,
      date: formatDateVi(inspection.date),
      status: INSPECTION_STATUS_LABELS[inspection.status],
      areas: score.areas.map((a) => (a.percent === null ? '' : formatPercent(a.percent))),
      points:
        overall.percent === null
          ? ''
          : `${formatNumberVi(overall.points)}/${formatNumberVi(overall.judgedMax)}`,
      percent: overall.percent === null ? '' : formatPercent(overall.percent),
    };
  });

  const inspectionUnit = new Map(
    input.inspections.map((i) => [i.id, names.get(i.unitId ?? '') ?? i.unitName]),
  );
  const recommendations = input.recommendations.map((r) => ({
    unitName: inspectionUnit.get(r.inspectionId) ?? '',
    content: r.content.trim(),
    owner: r.owner.trim(),
    deadline: r.deadline ? formatDateVi(r.deadline) : '',
    status:
      r.status === 'open' && r.deadline !== null && r.deadline < input.date
        ? 'quá hạn, chưa thực hiện'
        : RECOMMENDATION_STATUS_LABELS[r.status],
  }));
  const doneCount = input.recommendations.filter((r) => r.status === 'done').length;
  const pct = (part: number, whole: number) =>
    whole === 0 ? '' : ` (${formatPercent(percentHalfUp(part, whole))})`;

  return {
    header: {
      parent: PARENT_AGENCY,
      agency: AGENCY,
      number: formatDocNumber(input.number, REPORT_SYMBOL),
      placeDate: formatLongDateVi(input.date, DOCUMENT_PLACE),
    },
    title: 'BÁO CÁO',
    subject: `Kết quả kiểm tra công tác cải cách hành chính năm ${plan.year}`,
    intro:
      `Thực hiện Kế hoạch cải cách hành chính năm ${plan.year} và Kế hoạch kiểm tra công tác cải cách hành chính ` +
      `năm ${plan.year}, Sở Khoa học và Công nghệ báo cáo kết quả kiểm tra công tác cải cách hành chính tại các ` +
      'phòng, đơn vị thuộc Sở như sau:',
    coverage,
    coverageLines: [
      `Số phòng, đơn vị thuộc Sở: ${coverage.activeUnitCount}; số phải kiểm tra theo kế hoạch (tối thiểu 20%): ${coverage.required}.`,
      `Số phòng, đơn vị đưa vào kế hoạch kiểm tra: ${coverage.planned}${pct(coverage.planned, coverage.activeUnitCount)}` +
        `${coverage.planned >= coverage.required ? ', đạt yêu cầu tối thiểu 20%' : ', chưa đạt yêu cầu tối thiểu 20%'}.`,
      `Đã kiểm tra: ${coverage.done}${pct(coverage.done, coverage.activeUnitCount)}; đã ký biên bản: ${coverage.signed}.`,
    ],
    sections: {
      coverage: 'I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH KIỂM TRA',
      scores: 'II. KẾT QUẢ CHẤM ĐIỂM CÁC PHÒNG, ĐƠN VỊ',
      failing: 'III. CÁC TIÊU CHÍ CHƯA ĐẠT NHIỀU NHẤT',
      recommendations: 'IV. KIẾN NGHỊ VÀ TÌNH HÌNH THỰC HIỆN',
    },
    areaColumns,
    units,
    failing: [...failing.values()]
      .filter((f) => f.notMet > 0)
      .sort((a, b) => b.notMet - a.notMet || a.criterionId.localeCompare(b.criterionId))
      .slice(0, 10),
    recommendations,
    recommendationSummary:
      `Tổng số kiến nghị: ${input.recommendations.length}; đã thực hiện: ${doneCount}; ` +
      `chưa thực hiện: ${input.recommendations.length - doneCount}.`,
    closing: `Trên đây là báo cáo kết quả kiểm tra công tác cải cách hành chính năm ${plan.year} của Sở Khoa học và Công nghệ./.`,
    signer: input.signer ?? DEFAULT_REPORT_SIGNER,
    recipients: ['- Sở Nội vụ;', '- Giám đốc Sở (b/c);', '- Các phòng, đơn vị thuộc Sở;', '- Lưu: VT, VP.'],
  };
}

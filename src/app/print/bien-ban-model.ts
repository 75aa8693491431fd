import type { Answer } from '../../domain/answer.ts';
import { formatDateVi, formatLongDateVi } from '../../domain/dates.ts';
import { formatPercent } from '../../domain/rate.ts';
import type { Catalogue, Criterion } from '../../domain/schemas/catalogue.ts';
import type { FindingKind } from '../../domain/schemas/finding.ts';
import {
  TEAM_ROLE_LABELS,
  type TeamMember,
  type UnitRepresentative,
} from '../../domain/schemas/inspection.ts';
import type { RecommendationStatus } from '../../domain/schemas/recommendation.ts';
import type { SignatureRole } from '../../domain/schemas/signature.ts';
import {
  type CriterionScore,
  type ScoreTally,
  scoreCriterion,
  scoreInspection,
} from '../../domain/scoring.ts';
import { AGENCY, PARENT_AGENCY } from './agency.ts';
import {
  BLANK,
  DOCUMENT_PLACE,
  formatDayVi,
  formatDocNumber,
  formatNumberVi,
  formatTarget,
  formatTimeOfDayVi,
  toRoman,
} from './format.ts';

/*
 * The biên bản kiểm tra CCHC as plain data (domain/cchc-domain.md §3: Mẫu 1.9 of Nghị định 30/2020 with
 * the inspection's sections). The screen view, the DOCX and the CSV are all drawn from this one model,
 * so the three cannot disagree; it takes plain rows, so it runs in Node tests as is.
 */

/** The rows one biên bản is made of, as read from the device (deleted rows already left out). */
export interface BienBanInput {
  inspection: {
    unitName: string;
    date: string;
    place: string;
    team: readonly TeamMember[];
    unitRepresentatives: readonly UnitRepresentative[];
    unitComments: string;
    completedAt: string | null;
  };
  catalogue: Catalogue;
  results: ReadonlyArray<Answer & { criterionId: string; note: string }>;
  findings: ReadonlyArray<{ kind: FindingKind; text: string; order: number }>;
  recommendations: ReadonlyArray<{
    content: string;
    owner: string;
    deadline: string | null;
    status: RecommendationStatus;
  }>;
  evidence: ReadonlyArray<{ criterionId: string | null }>;
  signatures: ReadonlyArray<{ role: SignatureRole; signerName: string; sha256: string }>;
  /** The number the office gives the document; empty leaves a blank. */
  number?: string;
}

export interface DocHeader {
  parent: string;
  agency: string;
  /** The whole "Số:" line, e.g. 'Số: 05/BB-SKHCN'. */
  number: string;
  placeDate: string;
}

export interface CriterionLine {
  criterionId: string;
  text: string;
  target: string;
  /** What was found: '45/50', 'Có', '12', '' when not answered. */
  figures: string;
  rate: string;
  status: string;
  points: string;
  evidence: number;
  /** The inspector's note, and the answer of a text criterion. */
  remarks: string[];
  /** Raw figures, for the CSV. */
  numerator: number | null;
  denominator: number | null;
  earned: number | null;
  max: number;
}

export interface AreaSection {
  areaId: string;
  heading: string;
  name: string;
  summary: string;
  lines: CriterionLine[];
}

export interface SignatureBlock {
  caption: string;
  name: string;
  /** The PNG in the `blobs` table, when signed on screen. */
  sha256: string | null;
}

export interface BienBanModel {
  header: DocHeader;
  title: string;
  subject: string;
  bases: string[];
  opening: string;
  team: string[];
  unitHeading: string;
  representatives: string[];
  areas: AreaSection[];
  overall: string;
  strengths: string[];
  shortcomings: string[];
  recommendations: Array<{ content: string; owner: string; deadline: string }>;
  unitComments: string;
  closing: string;
  signatures: { unit: SignatureBlock; leader: SignatureBlock };
  recipients: string[];
}

export const BIEN_BAN_SYMBOL = 'BB-SKHCN';

const STATUS_LABELS = {
  met: 'Đạt',
  notMet: 'Không đạt',
  unanswered: 'Chưa chấm',
  notApplicable: 'Không áp dụng',
  invalid: 'Số liệu chưa hợp lệ',
} as const;

function statusLabel(score: CriterionScore): string {
  if (score.status !== 'notJudged') return STATUS_LABELS[score.status];
  return score.reason === 'text' ? 'Ghi nhận' : 'Chưa có chỉ tiêu';
}

function figures(c: Criterion, answer: Answer | undefined, score: CriterionScore): string {
  if (answer === undefined || score.status === 'unanswered') return '';
  if (score.status === 'notApplicable') return '—';
  switch (c.measure.type) {
    case 'percent':
      return `${answer.numerator ?? BLANK}/${answer.denominator ?? BLANK}`;
    case 'yesNo':
      return answer.yesNo === null ? '' : answer.yesNo ? 'Có' : 'Không';
    case 'count':
      return answer.count === null ? '' : formatNumberVi(answer.count);
    case 'text':
      return '—';
  }
}

function tallyText(t: ScoreTally): string {
  const score =
    t.percent === null
      ? 'chưa có tiêu chí nào được chấm'
      : `đạt ${formatNumberVi(t.points)}/${formatNumberVi(t.judgedMax)} điểm (${formatPercent(t.percent)})`;
  const c = t.counts;
  const parts = [
    `${c.met} tiêu chí đạt`,
    `${c.notMet} không đạt`,
    c.notJudged > 0 ? `${c.notJudged} ghi nhận, chưa chấm điểm` : '',
    c.unanswered + c.invalid > 0 ? `${c.unanswered + c.invalid} chưa chấm` : '',
    c.notApplicable > 0 ? `${c.notApplicable} không áp dụng` : '',
  ].filter((p) => p !== '');
  return `${score}; ${parts.join(', ')}.`;
}

function person(p: { name: string; title?: string | undefined }, suffix = ''): string {
  const title = p.title?.trim() ? `, ${p.title.trim()}` : '';
  return `- ${p.name}${title}${suffix};`;
}

const ROLE_ORDER = { leader: 0, member: 1, secretary: 2 } as const;

/** Builds the biên bản of one inspection. */
export function buildBienBan(input: BienBanInput): BienBanModel {
  const { inspection, catalogue } = input;
  const answers = new Map(input.results.map((r) => [r.criterionId, r]));
  const score = scoreInspection(catalogue, answers);
  const tallies = new Map(score.areas.map((a) => [a.areaId, a]));
  const evidenceCount = (id: string) => input.evidence.filter((e) => e.criterionId === id).length;
  const year = catalogue.year;

  const areas = catalogue.areas.map((area, index): AreaSection => {
    const areaScore = tallies.get(area.id);
    const lines = area.criteria.map((c): CriterionLine => {
      const answer = answers.get(c.id);
      const s = scoreCriterion(c, answer);
      const judged = s.status === 'met' || s.status === 'notMet';
      const remarks = [
        c.measure.type === 'text' && answer?.text?.trim() ? answer.text.trim() : '',
        answer?.note.trim() ? `Ghi chú: ${answer.note.trim()}` : '',
      ].filter((r) => r !== '');
      return {
        criterionId: c.id,
        text: c.text,
        target: formatTarget(c),
        figures: figures(c, answer, s),
        rate: s.rate ? formatPercent(s.rate.percent) : '',
        status: statusLabel(s),
        points: judged ? `${formatNumberVi(s.points)}/${formatNumberVi(c.maxPoints)}` : '—',
        evidence: evidenceCount(c.id),
        remarks,
        numerator:
          c.measure.type === 'percent' && !answer?.notApplicable ? (answer?.numerator ?? null) : null,
        denominator:
          c.measure.type === 'percent' && !answer?.notApplicable ? (answer?.denominator ?? null) : null,
        earned: judged ? s.points : null,
        max: c.maxPoints,
      };
    });
    return {
      areaId: area.id,
      heading: `${toRoman(index + 1)}. ${area.name.toLocaleUpperCase('vi')}`,
      name: area.name,
      summary: areaScore ? `Kết quả: ${tallyText(areaScore)}` : '',
      lines,
    };
  });

  const team = [...inspection.team]
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role])
    .map((m) => person(m, ` - ${TEAM_ROLE_LABELS[m.role]}`));
  const leader = inspection.team.find((m) => m.role === 'leader');
  const signed = (role: SignatureRole) => input.signatures.find((s) => s.role === role);
  const findings = (kind: FindingKind) =>
    input.findings
      .filter((f) => f.kind === kind && f.text.trim() !== '')
      .sort((a, b) => a.order - b.order)
      .map((f) => f.text.trim());
  const place = inspection.place.trim() || inspection.unitName;
  const unitSigned = signed('unitRepresentative');
  const leaderSigned = signed('leader');

  return {
    header: {
      parent: PARENT_AGENCY,
      agency: AGENCY,
      number: formatDocNumber(input.number, BIEN_BAN_SYMBOL),
      placeDate: formatLongDateVi(inspection.date, DOCUMENT_PLACE),
    },
    title: 'BIÊN BẢN',
    subject: `Kiểm tra công tác cải cách hành chính năm ${year} tại ${inspection.unitName}`,
    bases: [
      `Căn cứ Kế hoạch số ${catalogue.source.symbol} về cải cách hành chính năm ${year} của Sở Khoa học và Công nghệ;`,
      `Căn cứ Kế hoạch kiểm tra công tác cải cách hành chính năm ${year} của Sở Khoa học và Công nghệ.`,
    ],
    opening:
      `Hôm nay, vào hồi ${BLANK} giờ ${BLANK} phút, ${formatDayVi(inspection.date)}, tại ${place}, ` +
      `Đoàn kiểm tra công tác cải cách hành chính của Sở Khoa học và Công nghệ tiến hành kiểm tra công tác ` +
      `cải cách hành chính năm ${year} tại ${inspection.unitName}, thành phần gồm:`,
    team: team.length > 0 ? team : [`- ${BLANK}`],
    unitHeading: `Đại diện ${inspection.unitName}:`,
    representatives:
      inspection.unitRepresentatives.length > 0
        ? inspection.unitRepresentatives.map((r) => person(r))
        : [`- ${BLANK}`],
    areas,
    overall: `Tổng hợp kết quả: ${tallyText(score.overall)}`,
    strengths: findings('strength'),
    shortcomings: findings('shortcoming'),
    recommendations: input.recommendations.map((r) => ({
      content: r.content.trim(),
      owner: r.owner.trim() || BLANK,
      deadline: r.deadline ? formatDateVi(r.deadline) : 'Không ấn định',
    })),
    unitComments: inspection.unitComments.trim(),
    closing:
      `Biên bản kết thúc hồi ${inspection.completedAt ? formatTimeOfDayVi(inspection.completedAt) : `${BLANK} giờ ${BLANK} phút cùng ngày`}, ` +
      'được đọc lại cho các thành viên tham dự cùng nghe, các bên thống nhất với nội dung biên bản và cùng ký tên. ' +
      'Biên bản được lập thành 02 bản có giá trị pháp lý như nhau, Đoàn kiểm tra giữ 01 bản, đơn vị được kiểm tra giữ 01 bản./.',
    signatures: {
      unit: {
        caption: 'ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA',
        name: unitSigned?.signerName ?? inspection.unitRepresentatives[0]?.name ?? '',
        sha256: unitSigned?.sha256 ?? null,
      },
      leader: {
        caption: 'TRƯỞNG ĐOÀN KIỂM TRA',
        name: leaderSigned?.signerName ?? leader?.name ?? '',
        sha256: leaderSigned?.sha256 ?? null,
      },
    },
    recipients: [
      `- ${inspection.unitName};`,
      '- Giám đốc Sở (b/c);',
      '- Thành viên Đoàn kiểm tra;',
      '- Lưu: VT, VP.',
    ],
  };
}

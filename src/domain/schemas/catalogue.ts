import { z } from 'zod';
import { CatalogueId } from '../ids.ts';

/** The seven CCHC areas (lĩnh vực) of the plan, in the plan's order. */
export const AreaId = z.enum(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']);
export type AreaId = z.infer<typeof AreaId>;

/**
 * A criterion id: area, then T (target, mục tiêu, plan §II) or K (task, nhiệm vụ, plan §III–IV),
 * then its number, e.g. 'A3.T1', 'A1.K2'. Ids are stable across catalogue versions.
 */
export const CriterionId = z
  .string()
  .regex(/^A[1-7]\.[TK][1-9][0-9]?$/, 'Mã tiêu chí không hợp lệ')
  .brand<'CriterionId'>();
export type CriterionId = z.infer<typeof CriterionId>;

/** Who answers for a criterion: VP (Văn phòng Sở), TTKD (the Centre), PCM (the divisions). */
export const Responsible = z.enum(['VP', 'TTKD', 'PCM']);
export type Responsible = z.infer<typeof Responsible>;

/** Display names of the responsible parties, as the plan writes them. */
export const RESPONSIBLE_NAMES = {
  VP: 'Văn phòng Sở',
  TTKD: 'Trung tâm Kiểm định và Phát triển KHCN',
  PCM: 'Phòng chuyên môn',
} as const satisfies Record<Responsible, string>;

/**
 * How a criterion is measured. `percent`: numerator over denominator, both whole counts;
 * `yesNo`: done or not; `count`: a whole number; `text`: a written finding, never judged.
 */
export const Measure = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('percent'),
    numeratorLabel: z.string().min(1),
    denominatorLabel: z.string().min(1),
  }),
  z.object({ type: z.literal('yesNo') }),
  z.object({ type: z.literal('count'), unit: z.string().min(1).optional() }),
  z.object({ type: z.literal('text') }),
]);
export type Measure = z.infer<typeof Measure>;

/** '>=' at least, '=' exactly, '<=' at most. A yes/no criterion uses '='. */
export const Comparator = z.enum(['>=', '=', '<=']);
export type Comparator = z.infer<typeof Comparator>;

/** Points and weights are kept to hundredths so sums stay exact (see scoring.ts). */
const hundredths = (x: number) => Math.abs(x * 100 - Math.round(x * 100)) < 1e-9;
const Points = z
  .number('Điểm phải là một số')
  .min(0, 'Điểm không được âm')
  .max(1000, 'Điểm không được quá 1000')
  .refine(hundredths, 'Điểm chỉ được lấy tới hai chữ số thập phân');

/** One target (mục tiêu) or task (nhiệm vụ) of the plan, as scored by an inspector. */
export const Criterion = z
  .object({
    id: CriterionId,
    kind: z.enum(['target', 'task']),
    /** The plan's own Vietnamese wording; only obvious typos are fixed. */
    text: z.string().min(1),
    textEn: z.string().min(1),
    measure: Measure,
    /** null only for text criteria, which are recorded and never judged. */
    comparator: Comparator.nullable(),
    /** Percent (0–100, one decimal), count (whole) or expected yes/no; null = not set yet. */
    target: z.union([z.number(), z.boolean()]).nullable(),
    /** The plan says "Phấn đấu" (strive for): shown as such, still judged against the target. */
    strive: z.boolean(),
    maxPoints: Points,
    responsible: z.array(Responsible).min(1),
    /** What the inspector checks, in Vietnamese. */
    evidenceHint: z.string().min(1),
    /** Who sets the target when the plan does not, e.g. 'Chỉ tiêu UBND tỉnh giao năm 2025'. */
    targetSource: z.string().min(1).optional(),
  })
  .superRefine((c, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message, path: ['target'] });
    if ((c.kind === 'target') !== c.id.includes('.T')) {
      ctx.addIssue({ code: 'custom', message: `${c.id}: loại tiêu chí không khớp mã`, path: ['kind'] });
    }
    switch (c.measure.type) {
      case 'percent':
        if (c.target !== null && (typeof c.target !== 'number' || !isPercentTarget(c.target))) {
          issue(`${c.id}: chỉ tiêu tỷ lệ phải từ 0 đến 100, tối đa một chữ số thập phân`);
        }
        break;
      case 'count':
        if (
          c.target !== null &&
          (typeof c.target !== 'number' || !Number.isSafeInteger(c.target) || c.target < 0)
        ) {
          issue(`${c.id}: chỉ tiêu số lượng phải là số nguyên không âm`);
        }
        break;
      case 'yesNo':
        if (typeof c.target !== 'boolean' || c.comparator !== '=') {
          issue(`${c.id}: tiêu chí có/không phải có chỉ tiêu đúng/sai và phép so sánh "="`);
        }
        break;
      case 'text':
        if (c.target !== null || c.comparator !== null || c.maxPoints !== 0) {
          issue(`${c.id}: tiêu chí ghi nhận bằng lời không có chỉ tiêu, phép so sánh hay điểm`);
        }
        break;
    }
    if (c.measure.type !== 'text' && c.comparator === null) {
      issue(`${c.id}: thiếu phép so sánh`);
    }
  });
export type Criterion = z.infer<typeof Criterion>;

function isPercentTarget(t: number): boolean {
  return t >= 0 && t <= 100 && Math.abs(t * 10 - Math.round(t * 10)) < 1e-9;
}

/** One of the seven areas, with its weight in the overall score and its lead unit. */
export const Area = z
  .object({
    id: AreaId,
    name: z.string().min(1),
    nameEn: z.string().min(1),
    weight: Points.refine((w) => w > 0, 'Trọng số phải lớn hơn 0'),
    lead: Responsible,
    criteria: z.array(Criterion).min(1),
  })
  .superRefine((a, ctx) => {
    for (const c of a.criteria) {
      if (!c.id.startsWith(`${a.id}.`)) {
        ctx.addIssue({ code: 'custom', message: `${c.id} không thuộc lĩnh vực ${a.id}`, path: ['criteria'] });
      }
    }
  });
export type Area = z.infer<typeof Area>;

/** The document a catalogue is drawn from. */
export const CatalogueSource = z.object({
  document: z.string().min(1),
  symbol: z.string().min(1),
  issuer: z.string().min(1).optional(),
});
export type CatalogueSource = z.infer<typeof CatalogueSource>;

/**
 * A versioned criteria catalogue for one year. Once an inspection uses it (or `lockedAt` is set)
 * it is never edited again: changes make a new version (see criteria/revise.ts).
 */
export const Catalogue = z
  .object({
    id: CatalogueId,
    year: z.number().int().min(2000).max(2100),
    version: z.number().int().min(1),
    title: z.string().min(1),
    source: CatalogueSource,
    adoptedAt: z.iso.datetime().optional(),
    lockedAt: z.iso.datetime().optional(),
    areas: z.array(Area).min(1),
  })
  .superRefine((cat, ctx) => {
    const seen = new Set<string>();
    for (const id of [
      ...cat.areas.map((a) => a.id),
      ...cat.areas.flatMap((a) => a.criteria.map((c) => c.id)),
    ]) {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `Mã ${id} bị trùng`, path: ['areas'] });
      seen.add(id);
    }
  });
export type Catalogue = z.infer<typeof Catalogue>;

/**
 * A catalogue as stored and synced: one row, every field one last-writer-wins unit. `areas` travels
 * as a single JSON field because a locked catalogue never changes and a draft is edited as a whole.
 */
export const CatalogueRow = z.object({
  id: CatalogueId,
  year: z.number().int().min(2000).max(2100),
  version: z.number().int().min(1),
  title: z.string().min(1),
  source: CatalogueSource,
  areas: z.array(Area).min(1),
  adoptedAt: z.iso.datetime().nullable(),
  lockedAt: z.iso.datetime().nullable(),
  deleted: z.boolean(),
});
export type CatalogueRow = z.infer<typeof CatalogueRow>;

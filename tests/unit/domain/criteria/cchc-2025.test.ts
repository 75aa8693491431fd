import { describe, expect, it } from 'vitest';
import { CCHC_2025 } from '../../../../src/domain/criteria/cchc-2025.ts';
import { Catalogue } from '../../../../src/domain/schemas/catalogue.ts';

/**
 * Every target and task of the plan, hard-coded from cchc-domain.md §5 and the seed text:
 * [id, measure type, comparator, target]. A5.T3 and A6.K5 are the two criteria reconciled from the
 * seed beyond §5 (see the header of src/domain/criteria/cchc-2025.ts).
 */
const EXPECTED: readonly [string, string, string | null, number | boolean | null][] = [
  ['A1.T1', 'yesNo', '=', true],
  ['A1.T2', 'percent', '>=', 20],
  ['A1.T3', 'yesNo', '=', true],
  ['A1.K1', 'count', '>=', 1],
  ['A1.K2', 'text', null, null],
  ['A1.K3', 'percent', '=', 100],
  ['A1.K4', 'percent', '=', 100],
  ['A2.T1', 'percent', '=', 100],
  ['A2.T2', 'percent', '=', 100],
  ['A2.K1', 'text', null, null],
  ['A2.K2', 'count', '>=', 1],
  ['A2.K3', 'text', null, null],
  ['A2.K4', 'count', '>=', 1],
  ['A3.T1', 'percent', '>=', 90],
  ['A3.T2', 'percent', '=', 100],
  ['A3.T3', 'percent', '>=', null],
  ['A3.T4', 'percent', '>=', null],
  ['A3.T5', 'percent', '>=', 80],
  ['A3.T6', 'percent', '=', 100],
  ['A3.T7', 'percent', '=', 100],
  ['A3.T8', 'percent', '>=', 90],
  ['A3.T9', 'percent', '=', 100],
  ['A3.T10', 'percent', '=', 100],
  ['A3.K1', 'yesNo', '=', true],
  ['A3.K2', 'count', '>=', 1],
  ['A3.K3', 'text', null, null],
  ['A3.K4', 'text', null, null],
  ['A3.K5', 'count', '>=', null],
  ['A3.K6', 'count', '>=', 1],
  ['A3.K7', 'text', null, null],
  ['A4.T1', 'text', null, null],
  ['A4.T2', 'yesNo', '=', true],
  ['A4.K1', 'text', null, null],
  ['A4.K2', 'count', '<=', null],
  ['A5.T1', 'yesNo', '=', true],
  ['A5.T2', 'percent', '=', 100],
  ['A5.T3', 'yesNo', '=', true],
  ['A5.K1', 'yesNo', '=', true],
  ['A5.K2', 'text', null, null],
  ['A5.K3', 'yesNo', '=', true],
  ['A5.K4', 'text', null, null],
  ['A6.T1', 'yesNo', '=', true],
  ['A6.T2', 'yesNo', '=', true],
  ['A6.K1', 'text', null, null],
  ['A6.K2', 'percent', '=', 100],
  ['A6.K3', 'percent', '=', 100],
  ['A6.K4', 'text', null, null],
  ['A6.K5', 'yesNo', '=', true],
  ['A7.T1', 'percent', '=', 100],
  ['A7.T2', 'percent', '>=', 90],
  ['A7.K1', 'yesNo', '=', true],
  ['A7.K2', 'text', null, null],
  ['A7.K3', 'yesNo', '=', true],
  ['A7.K4', 'yesNo', '=', true],
  ['A7.K5', 'yesNo', '=', true],
];

const STRIVE = ['A2.T1', 'A3.T6', 'A3.T9', 'A5.T2', 'A7.T1', 'A7.T2'];

const AREA_NAMES = [
  'Công tác chỉ đạo, điều hành',
  'Cải cách thể chế',
  'Cải cách thủ tục hành chính',
  'Cải cách tổ chức bộ máy',
  'Cải cách chế độ công vụ',
  'Cải cách tài chính công',
  'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
];

const criteria = CCHC_2025.areas.flatMap((a) => a.criteria);

describe('the 2025 catalogue', () => {
  it('passes its own schema', () => {
    expect(Catalogue.safeParse(CCHC_2025).success).toBe(true);
  });

  it('has the seven areas of the plan with their exact names, in order', () => {
    expect(CCHC_2025.areas.map((a) => a.id)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']);
    expect(CCHC_2025.areas.map((a) => a.name)).toEqual(AREA_NAMES);
  });

  it('holds exactly every target and task of the plan, with its measure, comparator and target', () => {
    expect(criteria.map((c) => [c.id, c.measure.type, c.comparator, c.target])).toEqual(EXPECTED);
  });

  it('counts 24 targets and 31 tasks', () => {
    expect(criteria.filter((c) => c.kind === 'target')).toHaveLength(24);
    expect(criteria.filter((c) => c.kind === 'task')).toHaveLength(31);
  });

  it('uses every criterion id once', () => {
    expect(new Set(criteria.map((c) => c.id)).size).toBe(criteria.length);
  });

  it('marks exactly the "Phấn đấu" targets of the plan as strive', () => {
    expect(criteria.filter((c) => c.strive).map((c) => c.id)).toEqual(STRIVE);
    for (const c of criteria.filter((c) => c.strive)) expect(c.text).toMatch(/^Phấn đấu/);
  });

  it('writes every text and evidence hint in Vietnamese with diacritics, in NFC', () => {
    const diacritic = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
    for (const c of criteria) {
      expect(c.text, c.id).toMatch(diacritic);
      expect(c.evidenceHint, c.id).toMatch(diacritic);
      expect(c.text.normalize('NFC'), c.id).toBe(c.text);
    }
  });

  it('keeps none of the typos of the plan', () => {
    const all = criteria.map((c) => c.text).join('\n');
    for (const typo of ['số hóa số hóa', 'doanh đạt', 'theo theo', 'của của', 'việc việc', 'truyên']) {
      expect(all).not.toContain(typo);
    }
  });

  it('leaves the two province-set rates without a target, with the source of the target', () => {
    for (const id of ['A3.T3', 'A3.T4']) {
      const c = criteria.find((x) => x.id === id);
      expect(c?.target).toBeNull();
      expect(c?.targetSource).toBe('Chỉ tiêu UBND tỉnh giao năm 2025');
    }
  });

  it('gives the default points: targets 2, judged tasks 1, text criteria 0, every area weight 1', () => {
    for (const c of criteria) {
      const expected = c.measure.type === 'text' ? 0 : c.kind === 'target' ? 2 : 1;
      expect(c.maxPoints, c.id).toBe(expected);
    }
    expect(CCHC_2025.areas.every((a) => a.weight === 1)).toBe(true);
  });

  it('puts area 7 under the Centre and the other areas under the Office', () => {
    expect(CCHC_2025.areas.map((a) => a.lead)).toEqual(['VP', 'VP', 'VP', 'VP', 'VP', 'VP', 'TTKD']);
  });

  it('is frozen, so no caller can change the shipped version in place', () => {
    expect(Object.isFrozen(CCHC_2025)).toBe(true);
    expect(Object.isFrozen(CCHC_2025.areas[0]?.criteria[0])).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { CCHC_2025 } from '../../../../src/domain/criteria/cchc-2025.ts';
import {
  adoptCatalogue,
  assertEditable,
  CatalogueLockedError,
  editCatalogue,
  isCatalogueLocked,
  lockCatalogue,
  reviseCatalogue,
} from '../../../../src/domain/criteria/revise.ts';
import type { Catalogue } from '../../../../src/domain/schemas/catalogue.ts';

const NOW = new Date('2025-02-01T08:00:00.000Z');

function ok(result: ReturnType<typeof reviseCatalogue>): Catalogue {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.catalogue;
}

const find = (cat: Catalogue, id: string) => cat.areas.flatMap((a) => a.criteria).find((c) => c.id === id);

describe('reviseCatalogue', () => {
  it('makes a new version with the changed points, weights and targets', () => {
    const v2 = ok(
      reviseCatalogue(CCHC_2025, {
        areas: { A3: { weight: 1.5 } },
        criteria: { 'A3.T3': { target: 50 }, 'A1.T1': { maxPoints: 3 } },
      }),
    );
    expect(v2.id).toBe('cchc-2025-v2');
    expect(v2.version).toBe(2);
    expect(v2.areas.find((a) => a.id === 'A3')?.weight).toBe(1.5);
    expect(find(v2, 'A3.T3')?.target).toBe(50);
    expect(find(v2, 'A1.T1')?.maxPoints).toBe(3);
  });

  it('leaves the source catalogue as it was', () => {
    ok(reviseCatalogue(CCHC_2025, { criteria: { 'A3.T3': { target: 50 } } }));
    expect(find(CCHC_2025, 'A3.T3')?.target).toBeNull();
    expect(CCHC_2025.version).toBe(1);
  });

  it('revises a locked catalogue into an unlocked, not yet adopted version', () => {
    const locked = lockCatalogue(adoptCatalogue(CCHC_2025, NOW), NOW);
    const v2 = ok(reviseCatalogue(locked, {}));
    expect(v2.lockedAt).toBeUndefined();
    expect(v2.adoptedAt).toBeUndefined();
    expect(isCatalogueLocked(v2, false)).toBe(false);
  });

  it('numbers successive versions', () => {
    const v3 = ok(reviseCatalogue(ok(reviseCatalogue(CCHC_2025, {})), {}));
    expect([v3.id, v3.version]).toEqual(['cchc-2025-v3', 3]);
  });

  it('refuses unknown areas and criteria by code', () => {
    const r = reviseCatalogue(CCHC_2025, { criteria: { 'A9.T1': { target: 1 } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.code).toBe('unknownCriterion');
  });

  it('refuses a change that breaks the catalogue rules, in Vietnamese', () => {
    const r = reviseCatalogue(CCHC_2025, {
      criteria: { 'A3.T1': { target: 120 }, 'A1.T1': { maxPoints: -2 } },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.every((e) => e.code === 'invalid')).toBe(true);
      expect(r.errors.map((e) => e.message)).toContain('Điểm không được âm');
      expect(r.errors.some((e) => e.message.includes('chỉ tiêu tỷ lệ phải từ 0 đến 100'))).toBe(true);
    }
  });
});

describe('editing a catalogue in place', () => {
  it('edits a catalogue nobody has used, keeping its id and version', () => {
    const cat = ok(editCatalogue(CCHC_2025, { criteria: { 'A3.T4': { target: 60 } } }, false));
    expect([cat.id, cat.version]).toEqual(['cchc-2025-v1', 1]);
    expect(find(cat, 'A3.T4')?.target).toBe(60);
  });

  it('refuses to edit a catalogue an inspection uses', () => {
    const r = editCatalogue(CCHC_2025, { criteria: { 'A3.T4': { target: 60 } } }, true);
    expect(r).toEqual({
      ok: false,
      errors: [
        { code: 'locked', message: 'Bộ tiêu chí đã được sử dụng nên không thể sửa; hãy tạo phiên bản mới.' },
      ],
    });
  });

  it('refuses to edit a locked catalogue even if no inspection uses it yet', () => {
    const r = editCatalogue(lockCatalogue(CCHC_2025, NOW), {}, false);
    expect(r.ok).toBe(false);
  });
});

describe('assertEditable', () => {
  it('passes for an unused, unlocked catalogue', () => {
    expect(() => assertEditable(CCHC_2025, false)).not.toThrow();
  });

  it('throws CatalogueLockedError with a Vietnamese message when used or locked', () => {
    expect(() => assertEditable(CCHC_2025, true)).toThrow(CatalogueLockedError);
    expect(() => assertEditable(lockCatalogue(CCHC_2025, NOW), false)).toThrow(/không thể sửa/);
  });
});

describe('adopting and locking', () => {
  it('stamps the first adoption and lock times and keeps them', () => {
    const later = new Date('2025-03-01T00:00:00.000Z');
    const locked = lockCatalogue(lockCatalogue(adoptCatalogue(CCHC_2025, NOW), NOW), later);
    expect(locked.adoptedAt).toBe(NOW.toISOString());
    expect(locked.lockedAt).toBe(NOW.toISOString());
    expect(CCHC_2025.lockedAt).toBeUndefined();
  });
});

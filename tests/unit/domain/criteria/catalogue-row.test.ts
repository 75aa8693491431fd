import { describe, expect, it } from 'vitest';
import { catalogueFromRow, catalogueToRow } from '../../../../src/domain/criteria/catalogue-row.ts';
import { CCHC_2025 } from '../../../../src/domain/criteria/cchc-2025.ts';
import { lockCatalogue } from '../../../../src/domain/criteria/revise.ts';
import { CatalogueRow } from '../../../../src/domain/schemas/catalogue.ts';

describe('catalogue rows', () => {
  it('stores a catalogue as a valid row with null dates and no tombstone', () => {
    const row = catalogueToRow(CCHC_2025);
    expect(CatalogueRow.safeParse(row).success).toBe(true);
    expect(row).toMatchObject({ id: 'cchc-2025-v1', adoptedAt: null, lockedAt: null, deleted: false });
  });

  it('reads back the same catalogue, lock time included', () => {
    const locked = lockCatalogue(CCHC_2025, new Date('2025-01-10T00:00:00.000Z'));
    expect(catalogueFromRow(catalogueToRow(locked))).toEqual(locked);
    expect(catalogueFromRow(catalogueToRow(CCHC_2025))).toEqual(CCHC_2025);
  });

  it('refuses a row whose areas break the catalogue rules', () => {
    const row = catalogueToRow(CCHC_2025);
    expect(() => catalogueFromRow({ ...row, areas: [...row.areas, ...row.areas] })).toThrow();
  });
});

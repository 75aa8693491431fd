import { Catalogue, type CatalogueRow } from '../schemas/catalogue.ts';

/** The synced row of a catalogue (absent dates become null, `deleted` starts false). */
export function catalogueToRow(cat: Catalogue): CatalogueRow {
  return {
    id: cat.id,
    year: cat.year,
    version: cat.version,
    title: cat.title,
    source: cat.source,
    areas: cat.areas,
    adoptedAt: cat.adoptedAt ?? null,
    lockedAt: cat.lockedAt ?? null,
    deleted: false,
  };
}

/** The catalogue held in a synced row, checked against the catalogue rules (throws a ZodError if broken). */
export function catalogueFromRow(row: CatalogueRow): Catalogue {
  const { adoptedAt, lockedAt, deleted: _deleted, ...rest } = row;
  return Catalogue.parse({
    ...rest,
    ...(adoptedAt === null ? {} : { adoptedAt }),
    ...(lockedAt === null ? {} : { lockedAt }),
  });
}

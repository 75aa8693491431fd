import { CatalogueId } from '../ids.ts';
import { type AreaId, Catalogue, type Comparator, type Criterion } from '../schemas/catalogue.ts';
import { deepFreeze } from './deep-freeze.ts';

/** What the office may adjust for a year: points, weights and targets. Wording and ids never change. */
export interface CatalogueChanges {
  title?: string;
  areas?: Partial<Record<AreaId, { weight?: number }>>;
  criteria?: Readonly<Record<string, CriterionChange>>;
}

/** Adjustable fields of one criterion. */
export interface CriterionChange {
  maxPoints?: number;
  target?: number | boolean | null;
  comparator?: Comparator;
  strive?: boolean;
  targetSource?: string;
}

/** Why a change was refused; `message` is shown to the office as is. */
export interface CatalogueEditError {
  code: 'locked' | 'unknownArea' | 'unknownCriterion' | 'invalid';
  message: string;
}

/** The outcome of an edit or a revision. */
export type CatalogueEditResult =
  | { ok: true; catalogue: Catalogue }
  | { ok: false; errors: CatalogueEditError[] };

const LOCKED_MESSAGE = 'Bộ tiêu chí đã được sử dụng nên không thể sửa; hãy tạo phiên bản mới.';

/** Thrown by `assertEditable`: a used or locked catalogue must not change. */
export class CatalogueLockedError extends Error {
  override readonly name = 'CatalogueLockedError';
  constructor(readonly catalogueId: string) {
    super(LOCKED_MESSAGE);
  }
}

/** A catalogue is locked once `lockedAt` is set or any inspection uses it. */
export function isCatalogueLocked(cat: Catalogue, isUsed: boolean): boolean {
  return isUsed || cat.lockedAt !== undefined;
}

/** Throws CatalogueLockedError (Vietnamese message) when the catalogue may no longer be edited. */
export function assertEditable(cat: Catalogue, isUsed: boolean): void {
  if (isCatalogueLocked(cat, isUsed)) throw new CatalogueLockedError(cat.id);
}

/**
 * Edits a catalogue nobody has used yet, keeping its id and version (e.g. to set the province's
 * targets of A3.T3 and A3.T4 before adoption). A locked or used catalogue is refused.
 */
export function editCatalogue(
  cat: Catalogue,
  changes: CatalogueChanges,
  isUsed: boolean,
): CatalogueEditResult {
  if (isCatalogueLocked(cat, isUsed))
    return { ok: false, errors: [{ code: 'locked', message: LOCKED_MESSAGE }] };
  return applyChanges(cat, changes, {});
}

/**
 * A new version of a catalogue with the changes applied: version + 1, id `<base>-v<version>`, not
 * adopted and not locked. The source catalogue is left as it is. Revise the latest version.
 * @example reviseCatalogue(CCHC_2025, { criteria: { 'A3.T3': { target: 50 } } }) // → 'cchc-2025-v2'
 */
export function reviseCatalogue(cat: Catalogue, changes: CatalogueChanges): CatalogueEditResult {
  const version = cat.version + 1;
  const base = cat.id.replace(/-v\d+$/, '');
  return applyChanges(cat, changes, { id: CatalogueId.parse(`${base}-v${version}`), version });
}

/** Marks a catalogue adopted for its year. It stays editable until it is locked or used. */
export function adoptCatalogue(cat: Catalogue, now: Date): Catalogue {
  return deepFreeze({ ...cat, adoptedAt: cat.adoptedAt ?? now.toISOString() });
}

/** Locks a catalogue: from now on only `reviseCatalogue` can change its content. */
export function lockCatalogue(cat: Catalogue, now: Date): Catalogue {
  return deepFreeze({ ...cat, lockedAt: cat.lockedAt ?? now.toISOString() });
}

function applyChanges(
  cat: Catalogue,
  changes: CatalogueChanges,
  identity: Partial<Pick<Catalogue, 'id' | 'version'>>,
): CatalogueEditResult {
  const errors: CatalogueEditError[] = [];
  const areaIds = new Set<string>(cat.areas.map((a) => a.id));
  const criterionIds = new Set<string>(cat.areas.flatMap((a) => a.criteria.map((c) => c.id)));
  for (const id of Object.keys(changes.areas ?? {})) {
    if (!areaIds.has(id))
      errors.push({ code: 'unknownArea', message: `Không có lĩnh vực ${id} trong bộ tiêu chí` });
  }
  for (const id of Object.keys(changes.criteria ?? {})) {
    if (!criterionIds.has(id)) {
      errors.push({ code: 'unknownCriterion', message: `Không có tiêu chí ${id} trong bộ tiêu chí` });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const { adoptedAt: _adopted, lockedAt: _locked, ...rest } = cat;
  const draft = {
    ...(identity.id === undefined ? cat : rest),
    ...identity,
    title: changes.title ?? cat.title,
    areas: cat.areas.map((a) => ({
      ...a,
      weight: changes.areas?.[a.id]?.weight ?? a.weight,
      criteria: a.criteria.map((c) => changeCriterion(c, changes.criteria?.[c.id])),
    })),
  };
  const parsed = Catalogue.safeParse(draft);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => ({ code: 'invalid', message: i.message })) };
  }
  return { ok: true, catalogue: deepFreeze(parsed.data) };
}

function changeCriterion(c: Criterion, change: CriterionChange | undefined): Criterion {
  if (change === undefined) return c;
  const next: Criterion = { ...c };
  if (change.maxPoints !== undefined) next.maxPoints = change.maxPoints;
  if (change.target !== undefined) next.target = change.target;
  if (change.comparator !== undefined) next.comparator = change.comparator;
  if (change.strive !== undefined) next.strive = change.strive;
  if (change.targetSource !== undefined) next.targetSource = change.targetSource;
  return next;
}

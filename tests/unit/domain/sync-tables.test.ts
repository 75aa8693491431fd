import { describe, expect, it } from 'vitest';
import { Sha256 } from '../../../src/domain/api/blobs.ts';
import type { RawOp } from '../../../src/domain/api/sync.ts';
import { catalogueToRow } from '../../../src/domain/criteria/catalogue-row.ts';
import { CCHC_2025 } from '../../../src/domain/criteria/cchc-2025.ts';
import { formatHlc, type Hlc } from '../../../src/domain/hlc.ts';
import { NodeId } from '../../../src/domain/hlc-schema.ts';
import {
  CatalogueId,
  EvidenceId,
  FindingId,
  newId,
  PlanId,
  RecommendationId,
  UnitId,
} from '../../../src/domain/ids.ts';
import { applyOps } from '../../../src/domain/merge.ts';
import { CriterionId } from '../../../src/domain/schemas/catalogue.ts';
import { newInspection } from '../../../src/domain/schemas/inspection.ts';
import { newResult, resultId } from '../../../src/domain/schemas/result.ts';
import { signatureId } from '../../../src/domain/schemas/signature.ts';
import {
  isSyncTable,
  materializeRow,
  rowToOps,
  SYNC_TABLE_NAMES,
  type SyncRow,
  type SyncTable,
  syncFields,
  validateOp,
} from '../../../src/domain/sync-tables.ts';

const node = NodeId.parse('0123456789abcdef');
const hlc: Hlc = formatHlc({ millis: Date.UTC(2026, 2, 15, 2), counter: 0, node });
const unitId = UnitId.parse(newId());
const inspection = newInspection({
  unitName: 'Phòng Quản lý khoa học',
  catalogueId: CatalogueId.parse(CCHC_2025.id),
  date: '2026-03-15',
  unitId,
});
const criterionId = CriterionId.parse('A3.T1');
const sha256 = Sha256.parse('c'.repeat(64));

/** One valid row of every synced table. */
const ROWS: { [T in SyncTable]: SyncRow<T> } = {
  units: {
    id: unitId,
    name: 'Phòng Quản lý khoa học',
    code: 'QLKH',
    kind: 'phong',
    head: null,
    active: true,
    mergedInto: null,
    deleted: false,
  },
  plans: {
    id: PlanId.parse(newId()),
    year: 2026,
    unitIds: [unitId],
    activeUnitCount: null,
    required: null,
    status: 'draft',
    approvedAt: null,
    schedule: [],
    deleted: false,
  },
  catalogues: catalogueToRow(CCHC_2025),
  inspections: inspection,
  results: { ...newResult(inspection.id, criterionId), numerator: 44, denominator: 45 },
  findings: {
    id: FindingId.parse(newId()),
    inspectionId: inspection.id,
    kind: 'strength',
    text: 'Niêm yết đầy đủ',
    order: 1,
    deleted: false,
  },
  recommendations: {
    id: RecommendationId.parse(newId()),
    inspectionId: inspection.id,
    content: 'Cập nhật danh mục',
    owner: 'Văn phòng Sở',
    deadline: null,
    status: 'open',
    deleted: false,
  },
  evidence: {
    id: EvidenceId.parse(newId()),
    inspectionId: inspection.id,
    criterionId,
    sha256,
    mime: 'image/webp',
    size: 120_000,
    width: 1280,
    height: 960,
    caption: '',
    takenAt: '2026-03-15T02:05:00.000Z',
    deleted: false,
  },
  signatures: {
    id: signatureId(inspection.id, 'leader'),
    inspectionId: inspection.id,
    role: 'leader',
    signerName: 'Nguyễn Văn An',
    sha256,
    signedAt: '2026-03-15T04:00:00.000Z',
    deleted: false,
  },
};

function op(patch: Partial<RawOp>): RawOp {
  return { table: 'findings', id: ROWS.findings.id, field: 'text', value: 'Có', hlc, ...patch };
}

describe('registry', () => {
  it('holds the nine synced tables, what inspections point to first', () => {
    expect(SYNC_TABLE_NAMES).toEqual([
      'units',
      'plans',
      'catalogues',
      'inspections',
      'results',
      'findings',
      'recommendations',
      'evidence',
      'signatures',
    ]);
  });

  it('keeps accounts and inherited names out', () => {
    expect(isSyncTable('users')).toBe(false);
    expect(isSyncTable('constructor')).toBe(false);
  });

  it('gives every table a deleted field for tombstones and no id among op fields', () => {
    for (const table of SYNC_TABLE_NAMES) {
      expect(syncFields(table)).toContain('deleted');
      expect(syncFields(table)).not.toContain('id');
    }
  });
});

describe('rowToOps and materializeRow', () => {
  it.each(SYNC_TABLE_NAMES)('round-trips a %s row through valid ops and the merge', (table) => {
    const row = ROWS[table];
    const ops = rowToOps(table, row, () => hlc);
    expect(ops.map((o) => o.field)).toEqual(syncFields(table));
    for (const o of ops) expect(validateOp(o)).toEqual({ ok: true, op: o });
    const { state } = applyOps({}, ops);
    expect(materializeRow(table, row.id, state)).toEqual({ ok: true, row });
  });

  it('reports a row whose fields have not all arrived yet', () => {
    const [first] = rowToOps('findings', ROWS.findings, () => hlc);
    if (!first) throw new Error('no op');
    const result = materializeRow('findings', ROWS.findings.id, applyOps({}, [first]).state);
    expect(result.ok).toBe(false);
  });
});

describe('validateOp', () => {
  it('returns the op with its table and stamp typed', () => {
    const checked = validateOp(op({}));
    expect(checked).toEqual({ ok: true, op: op({}) });
  });

  it.each([
    ['a table that does not exist', op({ table: 'users' }), 'unknown-table'],
    ['an inherited table name', op({ table: 'toString' }), 'unknown-table'],
    ['a field that does not exist', op({ field: 'score' }), 'unknown-field'],
    ['the id as a field', op({ field: 'id', value: newId() }), 'unknown-field'],
    ['an inherited field name', op({ field: '__proto__' }), 'unknown-field'],
    [
      'a random id for a deterministic-id table',
      op({ table: 'results', id: newId(), field: 'note' }),
      'invalid-id',
    ],
    ['an id that is not a UUIDv7', op({ id: '0b6d5b76-3c8e-4a8b-9d6a-2f3c6a1e9b10' }), 'invalid-id'],
    ['a text over 10 000 characters', op({ value: 'x'.repeat(10_001) }), 'invalid-value'],
    ['a number where text belongs', op({ value: 5 }), 'invalid-value'],
    ['null for a required field', op({ field: 'kind', value: null }), 'invalid-value'],
    [
      'a team member with an unknown key',
      op({
        table: 'inspections',
        id: inspection.id,
        field: 'team',
        value: [{ name: 'A', role: 'member', x: 1 }],
      }),
      'invalid-value',
    ],
    [
      'a unit name the schema would trim',
      op({ table: 'units', id: unitId, field: 'name', value: ' Phòng ' }),
      'invalid-value',
    ],
    [
      'a result filed under another inspection than its id',
      op({ table: 'results', id: ROWS.results.id, field: 'inspectionId', value: newId() }),
      'invalid-value',
    ],
    [
      'a signature whose role disagrees with its id',
      op({ table: 'signatures', id: ROWS.signatures.id, field: 'role', value: 'unitRepresentative' }),
      'invalid-value',
    ],
    ['a malformed stamp', op({ hlc: '2026-03-15' }), 'invalid-hlc'],
  ])('refuses %s', (_label, raw, error) => {
    const checked = validateOp(raw);
    expect(checked).toMatchObject({ ok: false, error });
    expect(checked.ok ? '' : checked.message).not.toBe('');
  });

  it('accepts the id-derived fields when they agree with the id', () => {
    const raw = op({
      table: 'results',
      id: resultId(inspection.id, criterionId),
      field: 'criterionId',
      value: 'A3.T1',
    });
    expect(validateOp(raw).ok).toBe(true);
  });
});

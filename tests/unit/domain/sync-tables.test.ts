import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Sha256 } from '../../../src/domain/api/blobs.ts';
import { type RawOp, type RowWrite, writeOps } from '../../../src/domain/api/sync.ts';
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
  SYNC_TABLES,
  type SyncRow,
  type SyncTable,
  syncFields,
  validateChange,
  validateOp,
  validateWrite,
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

/** What validating a write op by op gives: the first refusal, or every op checked. */
function opByOp(write: RowWrite) {
  const ops = [];
  for (const raw of writeOps(write)) {
    const checked = validateOp(raw);
    if (!checked.ok) return checked;
    ops.push(checked.op);
  }
  return { ok: true, ops };
}

describe('validateWrite', () => {
  const write = (patch: Partial<RowWrite>): RowWrite => ({
    table: 'results',
    id: ROWS.results.id,
    hlc,
    fields: { note: 'Có', numerator: 3, denominator: 4 },
    ...patch,
  });

  it('returns the ops of a valid write, one per field, under its stamp', () => {
    const checked = validateWrite(write({}));
    expect(checked).toEqual({ ok: true, table: 'results', ops: writeOps(write({})) });
  });

  it.each([
    ['an unknown table', write({ table: 'users' }), 'unknown-table'],
    ['an unknown field after a valid one', write({ fields: { note: 'x', score: 1 } }), 'unknown-field'],
    ['a bad id', write({ id: newId() }), 'invalid-id'],
    ['a bad value after a valid one', write({ fields: { note: 'x', numerator: 'ba' } }), 'invalid-value'],
    ['a bad stamp', write({ hlc: 'hôm qua' }), 'invalid-hlc'],
  ])('refuses %s with the code and message of validateOp', (_label, raw, error) => {
    const checked = validateWrite(raw);
    expect(checked).toMatchObject({ ok: false, error });
    expect(checked).toEqual(opByOp(raw));
  });

  it('reports what the first field would, as op by op: an unknown first field before a bad id', () => {
    const raw = write({ id: 'khong-phai-ma', fields: { score: 1, note: 'x' } });
    expect(validateWrite(raw)).toMatchObject({ ok: false, error: 'unknown-field' });
    expect(validateWrite(raw)).toEqual(opByOp(raw));
  });

  it('reports a bad value before a bad stamp', () => {
    const raw = write({ hlc: 'hôm qua', fields: { note: 5 } });
    expect(validateWrite(raw)).toMatchObject({ ok: false, error: 'invalid-value' });
    expect(validateWrite(raw)).toEqual(opByOp(raw));
  });

  // Writes built from valid rows of every table, then spoiled in the ways a broken or hostile client might:
  // wrong table, wrong or foreign id, a field that does not exist, the id as a field, a value of another
  // field or type, a value disagreeing with the id, a bad stamp.
  const fieldsOf = (table: SyncTable) =>
    Object.entries(ROWS[table] as Record<string, unknown>)
      .filter(([field]) => field !== 'id')
      .map(([field, value]) => ({ field, value }));
  const everyField = SYNC_TABLE_NAMES.flatMap(fieldsOf);
  const spoiled = fc.oneof(
    fc.constantFrom(...everyField),
    fc.record({
      field: fc.constantFrom('id', 'score', '__proto__', 'toString', 'inspectionId', 'criterionId', 'role'),
      value: fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constantFrom(inspection.id, 'A3.T1', 'leader', newId()),
      ),
    }),
    fc.record({
      field: fc.constantFrom(...everyField.map((f) => f.field)),
      value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 3 }), fc.constant(null)),
    }),
  );
  const arbitraryWrite = fc.constantFrom(...SYNC_TABLE_NAMES).chain((own) =>
    fc
      .record({
        table: fc.oneof(
          { weight: 12, arbitrary: fc.constant<string>(own) },
          { weight: 1, arbitrary: fc.constantFrom('users', 'constructor', '', ...SYNC_TABLE_NAMES) },
        ),
        id: fc.oneof(
          { weight: 12, arbitrary: fc.constant<string>(ROWS[own].id) },
          {
            weight: 1,
            arbitrary: fc.constantFrom('', 'x', newId(), `${inspection.id}:Z9.T9`, ROWS.results.id),
          },
        ),
        hlc: fc.oneof(
          { weight: 12, arbitrary: fc.constant<string>(hlc) },
          {
            weight: 1,
            arbitrary: fc.constantFrom('', '2026-03-15', `${hlc}0`, hlc.replace('03-15', '02-30')),
          },
        ),
        fields: fc.uniqueArray(
          fc.oneof(
            { weight: 30, arbitrary: fc.constantFrom(...fieldsOf(own)) },
            { weight: 1, arbitrary: spoiled },
          ),
          { minLength: 1, maxLength: 6, selector: (f) => f.field },
        ),
      })
      .map(
        ({ table, id, hlc, fields }): RowWrite => ({
          table,
          id,
          hlc,
          fields: Object.fromEntries(fields.map((f) => [f.field, f.value])) as RowWrite['fields'],
        }),
      ),
  );

  it('accepts and refuses exactly what validateOp does field by field, with the same code and message', () => {
    let accepted = 0;
    const refused = new Set<string>();
    fc.assert(
      fc.property(arbitraryWrite, (raw) => {
        const fast = validateWrite(raw);
        const slow = opByOp(raw);
        if (fast.ok) {
          accepted += 1;
          expect(slow).toEqual({ ok: true, ops: fast.ops });
        } else {
          refused.add(fast.error);
          expect(fast).toEqual(slow);
        }
      }),
      { numRuns: 2_000 },
    );
    // The property means little if nearly every write is refused: make sure both sides are exercised.
    expect(accepted).toBeGreaterThan(200);
    expect([...refused].sort()).toEqual([
      'invalid-hlc',
      'invalid-id',
      'invalid-value',
      'unknown-field',
      'unknown-table',
    ]);
  });
});

describe('remembered verdicts', () => {
  it('judge a primitive value as its field schema does, the first time and every time after', () => {
    const shape = SYNC_TABLES.results.shape;
    const fieldArb = fc.constantFrom('numerator', 'denominator', 'yesNo', 'note', 'notApplicable', 'count');
    const valueArb = fc.oneof(
      fc.integer({ min: -5, max: 200 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fieldArb, valueArb, (field, value) => {
        const expected = shape[field].safeParse(value).success;
        for (let i = 0; i < 3; i += 1) {
          const checked = validateOp({ table: 'results', id: ROWS.results.id, field, value, hlc });
          expect(checked.ok).toBe(expected);
        }
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('validateChange', () => {
  const later = formatHlc({
    millis: Date.UTC(2026, 2, 15, 3, 0),
    counter: 0,
    node: NodeId.parse('00000000000000bb'),
  });

  it('gives each field of a pulled row its own stamp', () => {
    const checked = validateChange({
      table: 'results',
      id: ROWS.results.id,
      hlc,
      fields: { note: 'Có', numerator: 3 },
      stamps: { numerator: later },
    });
    expect(checked).toEqual({
      ops: [
        { table: 'results', id: ROWS.results.id, field: 'note', value: 'Có', hlc },
        { table: 'results', id: ROWS.results.id, field: 'numerator', value: 3, hlc: later },
      ],
      refused: [],
    });
  });

  it('keeps the fields that pass and says why the others did not', () => {
    const checked = validateChange({
      table: 'results',
      id: ROWS.results.id,
      hlc,
      fields: { note: 'Có', numerator: 'ba', futureField: 1, denominator: 4 },
      stamps: { denominator: 'hôm qua' },
    });
    expect(checked.ops.map((op) => op.field)).toEqual(['note']);
    expect(checked.refused).toHaveLength(3);
  });

  it('takes nothing of a table this build does not know', () => {
    expect(validateChange({ table: 'future', id: 'x', hlc, fields: { a: 1 } })).toEqual({
      ops: [],
      refused: [],
    });
  });
});

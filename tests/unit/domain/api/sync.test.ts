import { describe, expect, it } from 'vitest';
import {
  ClientId,
  MAX_MUTATIONS_PER_PUSH,
  MAX_OPS_PER_MUTATION,
  PULL_FORMAT,
  PullQuery,
  PullResponse,
  PushRequest,
  PushResponse,
  pullQueryParams,
  pushBodyText,
  writeOps,
} from '../../../../src/domain/api/sync.ts';
import { newNodeId } from '../../../../src/domain/hlc.ts';
import { newId } from '../../../../src/domain/ids.ts';
import { packedStamp } from '../../../../src/domain/packed-row.ts';

const clientId = ClientId.parse('0123456789abcdef');
const hlc = '2026-03-15T02:00:00.000Z-0000-0123456789abcdef';
const op = { table: 'findings', id: newId(), hlc, fields: { text: 'Chưa niêm yết' } };

function push(mutationIds: number[], opsPerMutation = 1) {
  return {
    clientId,
    epoch: null,
    mutations: mutationIds.map((mutationId) => ({ mutationId, ops: Array(opsPerMutation).fill(op) })),
  };
}

describe('PushRequest', () => {
  it('accepts consecutive mutations', () => {
    expect(PushRequest.safeParse(push([4, 5, 6])).success).toBe(true);
  });

  it('leaves ops of unknown tables to validateOp, so one bad op cannot block the whole queue', () => {
    const request = push([1]);
    const parsed = PushRequest.parse({
      ...request,
      mutations: [{ mutationId: 1, ops: [{ ...op, table: 'x' }] }],
    });
    expect(parsed.mutations[0]?.ops[0]?.table).toBe('x');
  });

  it.each([
    ['a gap between mutation ids', push([1, 3])],
    ['mutation ids out of order', push([2, 1])],
    ['mutation id 0', push([0])],
    ['no mutations', push([])],
    ['too many mutations', push(Array.from({ length: MAX_MUTATIONS_PER_PUSH + 1 }, (_, i) => i + 1))],
    ['too many ops in a mutation', push([1], MAX_OPS_PER_MUTATION + 1)],
    ['a client id that is not a node id', { ...push([1]), clientId: 'tablet-1' }],
    [
      'an op value that is not JSON',
      { ...push([1]), mutations: [{ mutationId: 1, ops: [{ ...op, fields: { text: Infinity } }] }] },
    ],
    [
      'a row write that sets no field',
      { ...push([1]), mutations: [{ mutationId: 1, ops: [{ ...op, fields: {} }] }] },
    ],
  ])('refuses %s', (_label, request) => {
    expect(PushRequest.safeParse(request).success).toBe(false);
  });
});

describe('writeOps', () => {
  it("turns a row write into one op per field, all with the write's stamp", () => {
    const write = { table: 'results', id: 'x', hlc, fields: { numerator: 45, denominator: 50 } };
    expect(writeOps(write)).toEqual([
      { table: 'results', id: 'x', field: 'numerator', value: 45, hlc },
      { table: 'results', id: 'x', field: 'denominator', value: 50, hlc },
    ]);
  });
});

describe('PushResponse', () => {
  it('carries rejections with codes a newer server may add', () => {
    const response = {
      epoch: 'e1',
      lastMutationId: 6,
      rejected: [{ mutationId: 5, error: 'some-new-code', message: 'Không hợp lệ' }],
      serverTime: 1_773_540_000_000,
    };
    expect(PushResponse.parse(response)).toEqual(response);
  });
});

describe('PullQuery', () => {
  it('reads numbers from query strings and defaults the rest', () => {
    expect(PullQuery.parse({ clientId, cursor: '42' })).toEqual({
      clientId,
      epoch: null,
      cursor: 42,
      limit: 1000,
      v: 1,
    });
  });

  it('reads back what pullQueryParams writes', () => {
    const request = { clientId, epoch: 'e1', cursor: 7, limit: 50 };
    expect(PullQuery.parse(pullQueryParams(request))).toEqual({ ...request, v: PULL_FORMAT });
    expect(pullQueryParams({ clientId, epoch: null, cursor: 0 })).toEqual({ clientId, cursor: '0', v: '2' });
  });

  it.each([
    ['a negative cursor', { clientId, cursor: '-1' }],
    ['a fractional cursor', { clientId, cursor: '1.5' }],
    ['a cursor that is not a number', { clientId, cursor: 'abc' }],
    ['a missing cursor', { clientId }],
    ['a limit above the maximum', { clientId, cursor: '0', limit: '5001' }],
    ['a format this build does not know', { clientId, cursor: '0', v: '3' }],
  ])('refuses %s', (_label, query) => {
    expect(PullQuery.safeParse(query).success).toBe(false);
  });
});

describe('PullResponse', () => {
  const other = '2026-03-15T02:00:05.000Z-0000-0123456789abcdef';
  const page = (changes: unknown[]) => ({
    epoch: 'e1',
    cursor: 10,
    hasMore: false,
    lastMutationId: 3,
    serverTime: 1_773_540_000_000,
    changes,
  });

  it('carries a row once with its shared stamp, and gives each field its own stamp back', () => {
    const id = newId();
    const response = PullResponse.parse(
      page([
        { table: 'findings', id, hlc, fields: { text: 'Chưa niêm yết', order: 2 }, stamps: { order: other } },
      ]),
    );
    const [change] = response.changes;
    if (!change) throw new Error('no change');
    expect(
      Object.keys(change.fields).map((field) => [field, change.fields[field], packedStamp(change, field)]),
    ).toEqual([
      ['text', 'Chưa niêm yết', hlc],
      ['order', 2, other],
    ]);
  });

  it.each([
    ['the field-by-field rows of format 1', { table: 'findings', id: 'x', fields: { text: ['a', hlc] } }],
    ['a row of no field', { table: 'findings', id: 'x', hlc, fields: {} }],
    [
      'a stamp that is not text',
      { table: 'findings', id: 'x', hlc, fields: { text: 'a' }, stamps: { text: 5 } },
    ],
    ['a value that is not JSON', { table: 'findings', id: 'x', hlc, fields: { text: Number.NaN } }],
  ])('refuses %s', (_label, change) => {
    expect(PullResponse.safeParse(page([change])).success).toBe(false);
  });
});

describe('push body text', () => {
  it('is the JSON of the push request, built from mutations serialised one by one', () => {
    const mutations = [
      { mutationId: 7, ops: [{ table: 'results', id: 'r', hlc: 'h', fields: { note: 'Đủ "hồ sơ"\n' } }] },
      { mutationId: 8, ops: [{ table: 'inspections', id: 'i', hlc: 'h', fields: { place: null } }] },
    ];
    const clientId = newNodeId();
    for (const epoch of [null, 'e-1']) {
      const text = pushBodyText(
        clientId,
        epoch,
        mutations.map((m) => JSON.stringify(m)),
      );
      expect(text).toBe(JSON.stringify({ clientId, epoch, mutations }));
      expect(PushRequest.safeParse(JSON.parse(text)).success).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { InspectionId, newId } from '../../../../src/domain/ids.ts';
import {
  parseSignatureId,
  SignatureId,
  SignatureRow,
  signatureId,
} from '../../../../src/domain/schemas/signature.ts';

const inspectionId = InspectionId.parse(newId());

describe('signatureId', () => {
  it('gives the same id for the same inspection and role, on any device', () => {
    expect(signatureId(inspectionId, 'leader')).toBe(`${inspectionId}:sig:leader`);
    expect(signatureId(inspectionId, 'leader')).toBe(signatureId(inspectionId, 'leader'));
    expect(signatureId(inspectionId, 'unitRepresentative')).not.toBe(signatureId(inspectionId, 'leader'));
  });

  it('splits back into inspection and role', () => {
    expect(parseSignatureId(signatureId(inspectionId, 'unitRepresentative'))).toEqual({
      inspectionId,
      role: 'unitRepresentative',
    });
  });

  it.each([
    ['an unknown role', `${inspectionId}:sig:witness`],
    ['a bad inspection id', 'abc:sig:leader'],
    ['a missing marker', `${inspectionId}:leader`],
  ])('refuses %s', (_label, id) => {
    expect(parseSignatureId(id)).toBeNull();
    expect(SignatureId.safeParse(id).success).toBe(false);
  });
});

describe('SignatureRow', () => {
  const valid = {
    id: signatureId(inspectionId, 'leader'),
    inspectionId,
    role: 'leader',
    signerName: 'Nguyễn Văn An',
    sha256: 'b'.repeat(64),
    signedAt: '2026-03-15T04:00:00.000Z',
    deleted: false,
  };

  it('accepts a signature', () => {
    expect(SignatureRow.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['an empty signer name', { signerName: '' }],
    ['a signer name over 200 characters', { signerName: 'x'.repeat(201) }],
    ['a random id', { id: newId() }],
    ['an unknown field', { ip: '10.0.0.1' }],
  ])('refuses %s', (_label, patch) => {
    expect(SignatureRow.safeParse({ ...valid, ...patch }).success).toBe(false);
  });
});

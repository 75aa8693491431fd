import { describe, expect, it } from 'vitest';
import { EvidenceId, InspectionId, newId } from '../../../../src/domain/ids.ts';
import { EvidenceRow } from '../../../../src/domain/schemas/evidence.ts';

const valid = {
  id: EvidenceId.parse(newId()),
  inspectionId: InspectionId.parse(newId()),
  criterionId: 'A3.T1',
  sha256: 'a'.repeat(64),
  mime: 'image/jpeg',
  size: 350_000,
  width: 1600,
  height: 1200,
  caption: 'Bảng niêm yết thủ tục hành chính',
  takenAt: '2026-03-15T02:10:00.000Z',
  deleted: false,
};

describe('EvidenceRow', () => {
  it('accepts photo metadata, with or without a criterion', () => {
    expect(EvidenceRow.safeParse(valid).success).toBe(true);
    expect(EvidenceRow.safeParse({ ...valid, criterionId: null }).success).toBe(true);
  });

  it('accepts a photo of exactly 10 MiB', () => {
    expect(EvidenceRow.safeParse({ ...valid, size: 10 * 1024 * 1024 }).success).toBe(true);
  });

  it.each([
    ['a photo over 10 MiB', { size: 10 * 1024 * 1024 + 1 }],
    ['a fractional size', { size: 10.5 }],
    ['an upper-case hash', { sha256: 'A'.repeat(64) }],
    ['a short hash', { sha256: 'a'.repeat(63) }],
    ['a GIF', { mime: 'image/gif' }],
    ['zero width', { width: 0 }],
    ['Infinity as height', { height: Number.POSITIVE_INFINITY }],
    ['a criterion id the catalogue cannot have', { criterionId: 'Z9' }],
    ['a local time without zone', { takenAt: '2026-03-15 09:10' }],
    ['an unknown field', { gps: [22.4, 103.4] }],
  ])('refuses %s', (_label, patch) => {
    expect(EvidenceRow.safeParse({ ...valid, ...patch }).success).toBe(false);
  });
});

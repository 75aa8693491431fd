import { describe, expect, it } from 'vitest';
import { BlobParams, BlobUploadHeaders, MAX_BLOB_BYTES, Sha256 } from '../../../../src/domain/api/blobs.ts';

describe('Sha256', () => {
  it('accepts 64 lowercase hex digits only', () => {
    expect(Sha256.safeParse('0123456789abcdef'.repeat(4)).success).toBe(true);
    expect(Sha256.safeParse('0123456789ABCDEF'.repeat(4)).success).toBe(false);
    expect(Sha256.safeParse(`${'0'.repeat(63)}g`).success).toBe(false);
    expect(Sha256.safeParse('0'.repeat(65)).success).toBe(false);
  });

  it('refuses a path-like parameter', () => {
    expect(BlobParams.safeParse({ sha256: `../${'0'.repeat(61)}` }).success).toBe(false);
  });
});

describe('BlobUploadHeaders', () => {
  it('reads the length from its header text', () => {
    expect(BlobUploadHeaders.parse({ 'content-type': 'image/png', 'content-length': '2048' })).toEqual({
      'content-type': 'image/png',
      'content-length': 2048,
    });
  });

  it('refuses a body over 10 MiB, an empty body and a type that is not an image', () => {
    expect(MAX_BLOB_BYTES).toBe(10_485_760);
    const headers = { 'content-type': 'image/jpeg', 'content-length': String(MAX_BLOB_BYTES + 1) };
    expect(BlobUploadHeaders.safeParse(headers).success).toBe(false);
    expect(BlobUploadHeaders.safeParse({ ...headers, 'content-length': '0' }).success).toBe(false);
    expect(
      BlobUploadHeaders.safeParse({ ...headers, 'content-length': '1', 'content-type': 'text/html' }).success,
    ).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../../../src/app/sync/push.ts';

describe('the size of a push batch', () => {
  it('counts UTF-8 bytes as the server does, for any text, short or long', () => {
    expect(utf8Length('Đủ hồ sơ')).toBe(Buffer.byteLength('Đủ hồ sơ'));
    expect(utf8Length('ữ'.repeat(100_000))).toBe(300_000); // past the first buffer
    expect(utf8Length('ảnh 📷')).toBe(Buffer.byteLength('ảnh 📷'));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(utf8Length(text)).toBe(Buffer.byteLength(text));
      }),
    );
  });
});

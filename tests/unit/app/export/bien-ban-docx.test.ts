import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bienBanDocxBytes } from '../../../../src/app/export/bien-ban-docx.ts';
import { buildBienBan } from '../../../../src/app/print/bien-ban-model.ts';
import { CCHC_2025 } from '../../../../src/domain/criteria/cchc-2025.ts';
import {
  evidenceRows,
  findingRows,
  INSPECTION_ID,
  inspectionRow,
  LEADER,
  RECOMMENDATION_TEXT,
  recommendationRows,
  resultRows,
  signatureRows,
  UNIT_SIGNER,
} from '../print/fixtures.ts';
import { paragraphs, unzip } from './zip.ts';

/** A real 2×1 PNG (the docx library reads the image header). */
function tinyPng(): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = (crcTable[(c ^ x) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.from([0, 0, 0, 255, 255, 0, 0]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

const LEADER_SHA = 'c'.repeat(64);

async function docx() {
  const model = buildBienBan({
    inspection: inspectionRow() as never,
    catalogue: CCHC_2025,
    results: resultRows(INSPECTION_ID),
    findings: findingRows().filter((f) => !f.deleted),
    recommendations: recommendationRows() as never,
    evidence: evidenceRows(),
    signatures: signatureRows({ leader: LEADER_SHA, unit: 'd'.repeat(64) }) as never,
    number: '5',
  });
  const bytes = await bienBanDocxBytes(
    model,
    new Map([[LEADER_SHA, { data: tinyPng(), width: 2, height: 1 }]]),
  );
  return { model, files: unzip(bytes) };
}

describe('the biên bản as DOCX', () => {
  it('holds the same sections as the printed biên bản, in order, with Vietnamese intact', async () => {
    const { model, files } = await docx();
    const text = paragraphs(files.get('word/document.xml')?.toString('utf8') ?? '');
    const order = [
      'UBND TỈNH LAI CHÂU',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'Số: 05/BB-SKHCN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Lai Châu, ngày 05 tháng 01 năm 2026',
      'BIÊN BẢN',
      model.subject,
      ...model.bases,
      model.opening,
      'A. THÀNH PHẦN',
      ...model.team,
      'B. NỘI DUNG VÀ KẾT QUẢ KIỂM TRA',
      ...model.areas.flatMap((a) => [a.heading, a.summary, ...a.lines.map((l) => l.text)]),
      model.overall,
      'C. NHẬN XÉT, ĐÁNH GIÁ',
      ...model.strengths.map((s) => `- ${s}`),
      'D. KIẾN NGHỊ',
      RECOMMENDATION_TEXT,
      '31/03/2026',
      'Đ. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA',
      model.closing,
      'ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA',
      UNIT_SIGNER,
      'TRƯỞNG ĐOÀN KIỂM TRA',
      LEADER,
      'Nơi nhận:',
      ...model.recipients,
    ];
    let from = 0;
    for (const expected of order) {
      const at = text.indexOf(expected, from);
      expect(at, `"${expected}" after paragraph ${from}`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
  });

  it('is A4 with margins 20/20/20/30 mm, Times New Roman 13 pt, page numbers from page 2', async () => {
    const { files } = await docx();
    const xml = files.get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    expect(margins).toContain('w:top="1134"');
    expect(margins).toContain('w:right="1134"');
    expect(margins).toContain('w:bottom="1134"');
    expect(margins).toContain('w:left="1701"');
    expect(xml).toContain('<w:titlePg/>');
    const styles = files.get('word/styles.xml')?.toString('utf8') ?? '';
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:sz w:val="26"\/>/);
    const headers = [...files.entries()].filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    const withPage = headers.filter(([, body]) => body.toString('utf8').includes('PAGE'));
    expect(headers.length).toBe(2);
    expect(withPage.length).toBe(1);
  });

  it('embeds the signature images it is given', async () => {
    const { files } = await docx();
    const media = [...files.keys()].filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect([...(files.get(media[0] ?? '') ?? Buffer.alloc(0)).subarray(0, 4)]).toEqual([137, 80, 78, 71]);
  });
});

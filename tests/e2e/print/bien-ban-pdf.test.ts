import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CCHC_2025 } from '../../../src/domain/criteria/cchc-2025.ts';
import { Tablet } from '../../helpers/browser.ts';
import { keepArtifactsOnFailure } from '../../helpers/e2e.ts';
import { type RunningServer, startServer } from '../../helpers/server.ts';
import {
  INSPECTION_ID,
  LEADER,
  RECOMMENDATION_TEXT,
  UNIT_NAME,
  UNIT_SIGNER,
} from '../../unit/app/print/fixtures.ts';
import { flat, MM, pdfFonts, pdfInfo, pdfText, pdfWords, positionsInOrder, renderPage } from './pdf-tools.ts';
import { DIST_DIR, OUT_DIR, openDocument, printToPdf, seedInspection } from './print-fixture.ts';

describe('the printed biên bản (/inspections/:id/print)', () => {
  let server: RunningServer;
  let tablet: Tablet;
  let pdf: string;
  keepArtifactsOnFailure(() => (tablet ? [tablet] : []));

  beforeAll(async () => {
    server = await startServer({ distDir: DIST_DIR });
    tablet = await Tablet.launch({ baseUrl: server.url, name: 'print-bien-ban' });
    const page = await tablet.open('/');
    await seedInspection(page);
    await openDocument(page, `${server.url}/inspections/${INSPECTION_ID}/print?so=5`);
    pdf = await printToPdf(page, 'bien-ban');
    renderPage(pdf, 1, resolve(OUT_DIR, 'bien-ban'));
    renderPage(pdf, 2, resolve(OUT_DIR, 'bien-ban'));
  });
  afterAll(async () => {
    await tablet?.close();
    await server?.stop();
  });

  it('is A4 portrait', () => {
    const info = pdfInfo(pdf);
    expect(info.width).toBeCloseTo(595, 0);
    expect(info.height).toBeCloseTo(842, 0);
    expect(info.pages).toBeGreaterThan(2);
  });

  it('embeds only Tinos, in four styles: no glyph fell back to another face', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.embedded).toBe(true);
    expect([...new Set(fonts.map((f) => f.name))].sort()).toEqual([
      'Tinos-Bold',
      'Tinos-BoldItalic',
      'Tinos-Italic',
      'Tinos-Regular',
    ]);
  });

  it('has the self-hosted Tinos faces loaded, for devices without Times New Roman', async () => {
    const page = await tablet.page();
    const loaded = await page.evaluate(() =>
      [...document.fonts]
        .filter((f) => f.family.replace(/"/g, '') === 'Tinos' && f.status === 'loaded')
        .map((f) => `${f.weight} ${f.style}`),
    );
    expect(new Set(loaded)).toEqual(new Set(['400 normal', '700 normal', '400 italic', '700 italic']));
  });

  it('has the parts of the biên bản in order', () => {
    const text = flat(pdfText(pdf));
    const areaHeadings = CCHC_2025.areas.map(
      (a, i) => `${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'][i]}. ${a.name.toLocaleUpperCase('vi')}`,
    );
    const order = positionsInOrder(text, [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Lai Châu, ngày 05 tháng 01 năm 2026',
      'BIÊN BẢN',
      `Kiểm tra công tác cải cách hành chính năm 2025 tại ${UNIT_NAME}`,
      'Căn cứ Kế hoạch số',
      'A. THÀNH PHẦN',
      LEADER,
      UNIT_SIGNER,
      'B. NỘI DUNG VÀ KẾT QUẢ KIỂM TRA',
      ...areaHeadings,
      'Tổng hợp kết quả:',
      'Ưu điểm',
      'Lãnh đạo phòng quan tâm',
      'Hồ sơ thủ tục hành chính được số hóa',
      'Tồn tại, hạn chế',
      'D. KIẾN NGHỊ',
      RECOMMENDATION_TEXT,
      '31/03/2026',
      'Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA',
      'Biên bản kết thúc hồi 16 giờ 30 phút',
      'ĐẠI DIỆN ĐƠN VỊ',
      'TRƯỞNG ĐOÀN KIỂM TRA',
      `${UNIT_SIGNER} ${LEADER}`,
      'Nơi nhận:',
      '- Lưu: VT, VP.',
    ]);
    expect(order.missing).toBeNull();
    expect(text).toContain('Số: 05/BB-SKHCN');
    expect(text.indexOf('Số: 05/BB-SKHCN')).toBeLessThan(text.indexOf('BIÊN BẢN'));
    expect(text).not.toContain('Dòng đã xóa');
  });

  it("puts the unit representative's signature on the left and the team leader's on the right, with images", async () => {
    const words = pdfWords(pdf);
    const { width } = pdfInfo(pdf);
    const last = Math.max(...words.map((w) => w.page));
    const centreOf = (name: string) => {
      const first = name.split(' ')[0] ?? '';
      const hits = words.filter((w) => w.page === last && w.text === first);
      expect(hits.length).toBeGreaterThan(0);
      const w = hits[hits.length - 1] as (typeof hits)[number];
      return { x: w.xMin, y: w.yMin };
    };
    const unit = centreOf(UNIT_SIGNER);
    const leader = centreOf(LEADER);
    expect(unit.x).toBeLessThan(width / 2);
    expect(leader.x).toBeGreaterThan(width / 2);
    expect(Math.abs(unit.y - leader.y)).toBeLessThan(1);
    const page = await tablet.page();
    const images = await page
      .locator('.doc-signatures img')
      .evaluateAll((imgs) =>
        imgs.map((img) => ({ alt: img.getAttribute('alt'), width: (img as HTMLImageElement).naturalWidth })),
      );
    expect(images).toEqual([
      { alt: `Chữ ký của ${UNIT_SIGNER}`, width: 360 },
      { alt: `Chữ ký của ${LEADER}`, width: 360 },
    ]);
  });

  it('keeps the text inside the margins: left ≥ 30 mm, right ≤ page width − 15 mm', () => {
    const { width } = pdfInfo(pdf);
    const words = pdfWords(pdf);
    const left = Math.min(...words.map((w) => w.xMin));
    const right = Math.max(...words.map((w) => w.xMax));
    expect(left).toBeGreaterThanOrEqual(30 * MM - 0.5);
    expect(right).toBeLessThanOrEqual(width - 15 * MM);
    // And the body does reach the left margin (the page is not just shifted right).
    expect(left).toBeLessThan(32 * MM);
  });

  it('numbers pages from page 2, centred in the top margin (Chromium prints @page margin boxes)', () => {
    const words = pdfWords(pdf);
    const top = (page: number) => words.filter((w) => w.page === page && w.yMax < 20 * MM);
    expect(top(1)).toEqual([]);
    for (const page of [2, 3]) {
      const number = top(page);
      expect(number.map((w) => w.text)).toEqual([String(page)]);
      const centre = ((number[0]?.xMin ?? 0) + (number[0]?.xMax ?? 0)) / 2;
      const textCentre = (30 * MM + (pdfInfo(pdf).width - 20 * MM)) / 2;
      expect(Math.abs(centre - textCentre)).toBeLessThan(3 * MM);
    }
  });
});

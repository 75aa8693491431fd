import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Tablet } from '../../helpers/browser.ts';
import { keepArtifactsOnFailure } from '../../helpers/e2e.ts';
import { seedIdb } from '../../helpers/seed-idb.ts';
import { type RunningServer, startServer } from '../../helpers/server.ts';
import { PLAN_ID, planFixture } from '../../unit/app/print/fixtures.ts';
import {
  flat,
  MM,
  pdfFonts,
  pdfInfo,
  pdfText,
  pdfWords,
  positionsInOrder,
  renderPage,
  type Word,
} from './pdf-tools.ts';
import { DIST_DIR, OUT_DIR, openDocument, printToPdf } from './print-fixture.ts';

const UNITS = 50;

describe('the printed báo cáo tổng hợp of a 50-unit plan (/plans/:id/report)', () => {
  let server: RunningServer;
  let tablet: Tablet;
  let pdf: string;
  let words: Word[];
  keepArtifactsOnFailure(() => (tablet ? [tablet] : []));

  beforeAll(async () => {
    server = await startServer({ distDir: DIST_DIR });
    tablet = await Tablet.launch({ baseUrl: server.url, name: 'print-report' });
    const page = await tablet.open('/');
    const { units, plan, inspections, results, recommendations } = planFixture(UNITS);
    await seedIdb(page, { units, plans: [plan], inspections, results, recommendations });
    await openDocument(page, `${server.url}/plans/${PLAN_ID}/report?ngay=2026-01-10`);
    pdf = await printToPdf(page, 'bao-cao');
    renderPage(pdf, 1, resolve(OUT_DIR, 'bao-cao'));
    renderPage(pdf, 2, resolve(OUT_DIR, 'bao-cao'));
    words = pdfWords(pdf);
  });
  afterAll(async () => {
    await tablet?.close();
    await server?.stop();
  });

  it('is A4 in Tinos, inside the margins', () => {
    const info = pdfInfo(pdf);
    expect(info.width).toBeCloseTo(595, 0);
    expect(info.height).toBeCloseTo(842, 0);
    expect(new Set(pdfFonts(pdf).map((f) => f.name.replace(/-.*/, '')))).toEqual(new Set(['Tinos']));
    expect(Math.min(...words.map((w) => w.xMin))).toBeGreaterThanOrEqual(30 * MM - 0.5);
    expect(Math.max(...words.map((w) => w.xMax))).toBeLessThanOrEqual(info.width - 15 * MM);
  });

  it('has the parts of the report in order, signed KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC by the plan signer', () => {
    const text = flat(pdfText(pdf));
    const order = positionsInOrder(text, [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Lai Châu, ngày 10 tháng 01 năm 2026',
      'BÁO CÁO',
      'Kết quả kiểm tra công tác cải cách hành chính năm 2025',
      'I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH KIỂM TRA',
      'Số phòng, đơn vị thuộc Sở: 50; số phải kiểm tra theo kế hoạch (tối thiểu 20%): 10.',
      'đưa vào kế hoạch kiểm tra: 50 (100,0%), đạt yêu cầu tối thiểu 20%.',
      'Đã kiểm tra: 50 (100,0%); đã ký biên bản: 33.',
      'II. KẾT QUẢ CHẤM ĐIỂM CÁC PHÒNG, ĐƠN VỊ',
      'III. CÁC TIÊU CHÍ CHƯA ĐẠT NHIỀU NHẤT',
      'IV. KIẾN NGHỊ VÀ TÌNH HÌNH THỰC HIỆN',
      'Tổng số kiến nghị: 12; đã thực hiện: 6; chưa thực hiện: 6.',
      'Nơi nhận:',
    ]);
    expect(order.missing).toBeNull();
    expect(text).toMatch(/Số: …… ?\/BC-SKHCN/);
    const signer = positionsInOrder(text, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Văn Tuấn']);
    expect(signer.missing).toBeNull();
  });

  it('prints every unit row whole on one page, with the heading row repeated on each page', () => {
    const section3 = words.find((w, i) => w.text === 'III.' && words[i + 1]?.text === 'CÁC');
    expect(section3).toBeDefined();
    const ttHeading = words.find((w) => w.text === 'TT');
    expect(ttHeading).toBeDefined();
    // Inside the units table: after its first heading row, before section III.
    const inTable = (w: Word) =>
      (w.page > (ttHeading?.page ?? 0) || (w.page === ttHeading?.page && w.yMin > ttHeading.yMax)) &&
      (w.page < (section3?.page ?? 0) || (w.page === section3?.page && w.yMin < section3.yMin));
    // The TT column: left of the unit names, under the first "TT" heading.
    const inTtColumn = (w: Word) =>
      w.xMin >= (ttHeading?.xMin ?? 0) - 6 && w.xMax <= (ttHeading?.xMax ?? 0) + 6;
    const rows = Array.from({ length: UNITS }, (_, i) => {
      const tt = words.filter((w) => w.text === String(i + 1) && inTtColumn(w) && inTable(w));
      expect(tt, `TT ${i + 1}`).toHaveLength(1);
      return tt[0] as Word;
    });
    const dateHeading = words.find((w) => w.text === 'Ngày' && !inTable(w) && w.page === ttHeading?.page);
    expect(dateHeading).toBeDefined();
    const pages = new Set(rows.map((r) => r.page));
    expect(pages.size).toBeGreaterThan(1);
    let wrapped = 0;
    rows.forEach((row, i) => {
      // Each unit name ends in its two-digit number, in the name column right of TT.
      const tail = words.filter(
        (w) =>
          w.text === String(i + 1).padStart(2, '0') &&
          w.xMin > (ttHeading?.xMax ?? 0) &&
          w.xMax < (dateHeading?.xMin ?? 0) &&
          inTable(w),
      );
      expect(tail, `name of unit ${i + 1}`).toHaveLength(1);
      const end = tail[0] as Word;
      expect(end.page, `unit ${i + 1} split across pages`).toBe(row.page);
      const next = rows[i + 1];
      if (next && next.page === row.page) expect(end.yMin).toBeLessThan(next.yMin);
      if (end.yMin > row.yMin + 1) wrapped += 1;
    });
    // The names are long enough to take two lines, so a split row would show.
    expect(wrapped).toBeGreaterThan(UNITS / 2);
    for (const page of pages) {
      const firstRow = Math.min(...rows.filter((r) => r.page === page).map((r) => r.yMin));
      const heading = words.filter((w) => w.page === page && w.text === 'TT' && w.yMax < firstRow);
      expect(heading.length, `heading row on page ${page}`).toBe(1);
    }
  });

  it('downloads the unit scores as CSV, one row per planned unit', async () => {
    const page = await tablet.page();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải CSV' }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(UNITS + 1);
    expect(rows[0]?.[1]).toBe('Phòng, đơn vị');
    expect(rows.slice(1).map((r) => r[1])).toEqual(planFixture(UNITS).units.map((u) => u.name));
  });

  it('numbers the pages from page 2 only', () => {
    const top = (page: number) => words.filter((w) => w.page === page && w.yMax < 20 * MM).map((w) => w.text);
    expect(top(1)).toEqual([]);
    expect(top(2)).toEqual(['2']);
  });
});

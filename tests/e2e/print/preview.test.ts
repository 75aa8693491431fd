import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Tablet } from '../../helpers/browser.ts';
import { keepArtifactsOnFailure } from '../../helpers/e2e.ts';
import { type RunningServer, startServer } from '../../helpers/server.ts';
import { paragraphs, unzip } from '../../unit/app/export/zip.ts';
import { INSPECTION_ID, LEADER, UNIT_NAME, UNIT_SIGNER } from '../../unit/app/print/fixtures.ts';
import { DIST_DIR, openDocument, seedInspection } from './print-fixture.ts';

describe('the print preview of a biên bản', () => {
  let server: RunningServer;
  let tablet: Tablet;
  let url: string;
  keepArtifactsOnFailure(() => (tablet ? [tablet] : []));

  beforeAll(async () => {
    server = await startServer({ distDir: DIST_DIR });
    tablet = await Tablet.launch({ baseUrl: server.url, name: 'print-preview' });
    const page = await tablet.open('/');
    await seedInspection(page);
    url = `${server.url}/inspections/${INSPECTION_ID}/print`;
    await openDocument(page, url);
  });
  afterAll(async () => {
    await tablet?.close();
    await server?.stop();
  });

  it('shows the document on an A4-wide sheet under a toolbar', async () => {
    const page = await tablet.page();
    const toolbar = page.getByRole('toolbar', { name: 'Bản in' });
    for (const name of ['Quay lại', 'Tải CSV', 'Tải DOCX', 'In']) {
      await expect(
        toolbar.getByRole(name === 'Quay lại' ? 'link' : 'button', { name }).isVisible(),
      ).resolves.toBe(true);
    }
    const width = await page.locator('.doc-sheet').evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeCloseTo((210 / 25.4) * 96, 0);
  });

  it('prints the number typed on the toolbar, with a leading zero below 10', async () => {
    const page = await tablet.page();
    const sheet = page.locator('.doc-sheet');
    await expect(sheet.locator('.doc-number').textContent()).resolves.toBe('Số: ……/BB-SKHCN');
    await page.getByRole('toolbar', { name: 'Bản in' }).getByRole('textbox').fill('7');
    await expect(sheet.locator('.doc-number').textContent()).resolves.toBe('Số: 07/BB-SKHCN');
  });

  it('opens the print dialog from "In", and prints nothing but the document', async () => {
    const page = await tablet.page();
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed += 1;
      };
    });
    await page.getByRole('button', { name: 'In', exact: true }).click();
    await expect(page.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(1);

    await page.emulateMedia({ media: 'print' });
    try {
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('#app > *')]
          .filter((el) => getComputedStyle(el).display !== 'none')
          .map((el) => el.className),
      );
      expect(shown).toEqual(['doc-preview']);
      await expect(page.locator('.doc-toolbar').isVisible()).resolves.toBe(false);
      await expect(page.locator('.doc-sheet').isVisible()).resolves.toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('downloads the results as a CSV that Excel reads as UTF-8', async () => {
    const page = await tablet.page();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('bien-ban-phong-quan-ly-chuyen-nganh-2026-01-05.csv');
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text).toContain('\r\n');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(56);
    expect(rows.find((r) => r[1] === 'A3.T1')?.slice(0, 2)).toEqual(['Cải cách thủ tục hành chính', 'A3.T1']);
  });

  it('downloads the biên bản as a DOCX with both signatures', async () => {
    const page = await tablet.page();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải DOCX' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('bien-ban-phong-quan-ly-chuyen-nganh-2026-01-05.docx');
    const files = unzip(readFileSync(await download.path()));
    const text = paragraphs(files.get('word/document.xml')?.toString('utf8') ?? '');
    expect(text).toContain(`Kiểm tra công tác cải cách hành chính năm 2025 tại ${UNIT_NAME}`);
    expect(text).toContain('Số: 07/BB-SKHCN');
    expect(text).toContain(UNIT_SIGNER);
    expect(text).toContain(LEADER);
    expect([...files.keys()].filter((name) => name.startsWith('word/media/'))).toHaveLength(2);
  });

  it('goes back to the inspection from "Quay lại"', async () => {
    const page = await tablet.page();
    await page.getByRole('link', { name: 'Quay lại' }).click();
    await page.waitForURL(`**/inspections/${INSPECTION_ID}`);
  });

  it('opens and prints offline, fonts and all, from what the service worker keeps', async () => {
    await tablet.setOffline(true);
    try {
      const page = await tablet.newPage();
      await openDocument(page, url);
      await expect(page.locator('.doc-title').textContent()).resolves.toContain('BIÊN BẢN');
      const faces = await page.evaluate(() =>
        [...document.fonts]
          .filter((f) => f.family.replace(/"/g, '') === 'Tinos' && f.status === 'loaded')
          .map((f) => `${f.weight} ${f.style}`),
      );
      expect(new Set(faces)).toEqual(new Set(['400 normal', '700 normal', '400 italic', '700 italic']));
      await page.close();
    } finally {
      await tablet.setOffline(false);
    }
  });
});

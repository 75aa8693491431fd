// Seeds the full inspection of tests/unit/app/print/fixtures.ts into a tablet, with two signature PNGs
// drawn in the page, and prints routes to PDF the way a user's "Save as PDF" does.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type SeedBlob, seedIdb } from '../../helpers/seed-idb.ts';
import {
  evidenceRows,
  findingRows,
  INSPECTION_ID,
  inspectionRow,
  recommendationRows,
  resultRows,
  signatureRows,
} from '../../unit/app/print/fixtures.ts';

export const OUT_DIR = resolve('test-results', 'print');

/**
 * The build to serve: `dist/` unless PRINT_DIST_DIR names another (`OUT_DIR=… npx vite build`), so these
 * tests can run against a build that other work in the same checkout is not rewriting meanwhile.
 */
export const DIST_DIR = process.env.PRINT_DIST_DIR;

/** A handwriting-like PNG drawn on a canvas in the page; returns it as a blob for the `blobs` table. */
export async function drawSignature(page: Page, seed: number): Promise<SeedBlob> {
  const base64 = await page.evaluate(async (seed) => {
    const canvas = new OffscreenCanvas(360, 120);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2d context');
    g.strokeStyle = '#1a3c9c';
    g.lineWidth = 3;
    g.beginPath();
    g.moveTo(20, 80);
    for (let x = 20; x < 340; x += 8) g.lineTo(x, 60 + Math.sin((x + seed * 17) / 14) * 30);
    g.stroke();
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return btoa(binary);
  }, seed);
  const sha256 = createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex');
  return { sha256, mime: 'image/png', base64 };
}

/** Writes the whole inspection (results, findings, recommendations, evidence, signed by both sides). */
export async function seedInspection(page: Page): Promise<void> {
  const leader = await drawSignature(page, 1);
  const unit = await drawSignature(page, 2);
  await seedIdb(
    page,
    {
      inspections: [inspectionRow()],
      results: resultRows(INSPECTION_ID),
      findings: findingRows(),
      recommendations: recommendationRows(),
      evidence: evidenceRows(),
      signatures: signatureRows({ leader: leader.sha256, unit: unit.sha256 }),
    },
    { blobs: [leader, unit] },
  );
}

/** Opens a print route and waits until the document, its fonts and its images are ready. */
export async function openDocument(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.doc-sheet[data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
}

/** The PDF Chromium prints for the page (CSS page size and margins, backgrounds). */
export async function printToPdf(page: Page, name: string): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  const path = resolve(OUT_DIR, `${name}.pdf`);
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  return path;
}

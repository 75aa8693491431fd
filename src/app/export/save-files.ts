import type { BienBanModel } from '../print/bien-ban-model.ts';
import type { ReportModel } from '../print/report-model.ts';
import type { SignaturePng } from './bien-ban-docx.ts';
import { downloadBlob, downloadText } from './download.ts';

/*
 * What the toolbar buttons call. The builders and their libraries (papaparse, docx) are imported on
 * first use, so neither is in the app shell nor in the print view until someone asks for a file.
 */

const CSV_MIME = 'text/csv;charset=utf-8';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function saveBienBanCsv(model: BienBanModel, baseName: string): Promise<void> {
  const { bienBanCsv } = await import('./bien-ban-csv.ts');
  downloadText(bienBanCsv(model), `${baseName}.csv`, CSV_MIME);
}

async function toPng(blob: Blob): Promise<SignaturePng> {
  const bitmap = await createImageBitmap(blob);
  const png = { data: new Uint8Array(await blob.arrayBuffer()), width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return png;
}

export async function saveBienBanDocx(
  model: BienBanModel,
  images: ReadonlyMap<string, Blob>,
  baseName: string,
): Promise<void> {
  const { bienBanDocxBytes } = await import('./bien-ban-docx.ts');
  const pngs = new Map<string, SignaturePng>();
  for (const [sha, blob] of images) pngs.set(sha, await toPng(blob));
  const bytes = await bienBanDocxBytes(model, pngs);
  downloadBlob(new Blob([bytes], { type: DOCX_MIME }), `${baseName}.docx`);
}

export async function saveReportCsv(model: ReportModel, baseName: string): Promise<void> {
  const { reportCsv } = await import('./report-csv.ts');
  downloadText(reportCsv(model), `${baseName}.csv`, CSV_MIME);
}

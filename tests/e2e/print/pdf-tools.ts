// poppler-utils wrappers for the print tests: page size, embedded fonts, text and word boxes.
import { execFileSync } from 'node:child_process';

const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });

export const MM = 72 / 25.4;

export interface PdfInfo {
  pages: number;
  width: number;
  height: number;
}

export function pdfInfo(file: string): PdfInfo {
  const out = run('pdfinfo', [file]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  const pages = /Pages:\s+(\d+)/.exec(out);
  if (!size || !pages) throw new Error(`unexpected pdfinfo output:\n${out}`);
  return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]) };
}

/** Names of the embedded fonts (subset prefix removed), e.g. ['Tinos-Bold', 'Tinos-Regular']. */
export function pdfFonts(file: string): Array<{ name: string; embedded: boolean }> {
  const lines = run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
  return lines.map((line) => {
    const [name = '', ...rest] = line.trim().split(/\s+/);
    // Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end but two.
    const emb = rest[rest.length - 5];
    return { name: name.replace(/^[A-Z]{6}\+/, ''), embedded: emb === 'yes' };
  });
}

export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return run('pdftotext', ['-enc', 'UTF-8', ...range, file, '-']);
}

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Every word with its page (1-based) and box, in points from the top left. */
export function pdfWords(file: string): Word[] {
  const xml = run('pdftotext', ['-enc', 'UTF-8', '-bbox', file, '-']);
  const words: Word[] = [];
  let page = 0;
  for (const m of xml.matchAll(
    /<page [^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[0].startsWith('<page')) {
      page += 1;
      continue;
    }
    words.push({
      page,
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: (m[5] ?? '').replace(/&(\w+);/g, (all, name: string) => ENTITIES[name] ?? all),
    });
  }
  return words;
}

/** Renders one page to `${prefix}-<n>.png` (pdftoppm adds the page number) at the given resolution. */
export function renderPage(file: string, page: number, prefix: string, dpi = 80): void {
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), file, prefix]);
}

/** Collapses whitespace so phrases broken over lines can be searched. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Asserts-by-return: the index of each phrase in order, -1 for the first one missing or out of order. */
export function positionsInOrder(text: string, phrases: readonly string[]): { missing: string | null } {
  let from = 0;
  for (const phrase of phrases) {
    const at = text.indexOf(phrase, from);
    if (at < 0) return { missing: phrase };
    from = at + phrase.length;
  }
  return { missing: null };
}

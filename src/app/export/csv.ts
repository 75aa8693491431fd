import Papa from 'papaparse';

/**
 * A CSV that Excel opens with Vietnamese intact: UTF-8 with a byte-order mark (without it Excel reads
 * the bytes as the ANSI code page), CRLF line ends, every field quoted. The delimiter is a comma;
 * figures are written as whole numbers and rates and points as Vietnamese text ('90,0%'), so no
 * column depends on the decimal separator of the reader's locale.
 */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): string {
  const body = Papa.unparse(
    { fields: [...header], data: rows.map((r) => r.map((cell) => String(cell))) },
    { quotes: true, newline: '\r\n' },
  );
  return `\uFEFF${body}\r\n`;
}

/** A file name without diacritics or spaces: 'Phòng Quản lý' → 'phong-quan-ly'. */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

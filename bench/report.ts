import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

const FILE = 'BENCHMARKS.md';
const HEADER = `# Benchmarks

Measured on this project's machine kind (2 cores, shared and noisy) by \`npm run bench\`.
Each section is rewritten by its benchmark; budgets come from DESIGN.md. Figures are medians
unless a column says otherwise.
`;

/**
 * Replaces one benchmark's section of BENCHMARKS.md (between its markers), keeping the others,
 * so a benchmark can be re-run alone.
 */
export function writeSection(id: string, markdown: string): void {
  const begin = `<!-- bench:${id}:begin -->`;
  const end = `<!-- bench:${id}:end -->`;
  const block = `${begin}\n${markdown.trim()}\n${end}`;
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const start = current.indexOf(begin);
  const stop = current.indexOf(end);
  const next =
    start >= 0 && stop > start
      ? current.slice(0, start) + block + current.slice(stop + end.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, next);
}

export function table(headers: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function verdict(ok: boolean): string {
  return ok ? 'within budget' : '**over budget**';
}

export function machineLine(): string {
  // The processor too: this machine kind has run on different CPUs, and the anchors' ratios move with it.
  const processors = cpus();
  return `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${processors[0]?.model.trim() ?? 'unknown CPU'} ×${processors.length}.`;
}

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, machineLine, table, verdict, writeSection } from './report.ts';

const DIST = 'dist';
const SHELL_JS_BUDGET = 60 * 1024;
const PRECACHE_BUDGET = 500 * 1024;

function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** The files the first paint needs: what index.html loads directly (entry and modulepreloads). */
function shellFiles(): { js: string[]; css: string[] } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
  return { js: refs.filter((r) => r.endsWith('.js')), css: refs.filter((r) => r.endsWith('.css')) };
}

/** The precache manifest vite-plugin-pwa injected into the worker. */
function precacheUrls(): string[] {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  return [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? '');
}

export function runAppSize(): void {
  const { js, css } = shellFiles();
  const measure = (files: string[]) =>
    files.reduce(
      (sum, file) => ({
        raw: sum.raw + statSync(join(DIST, file)).size,
        gzip: sum.gzip + gzipSize(join(DIST, file)),
      }),
      { raw: 0, gzip: 0 },
    );
  const jsSize = measure(js);
  const cssSize = measure(css);
  const urls = precacheUrls();
  const isFont = (url: string) => /\.(woff2?|ttf|otf)$/.test(url);
  const total = (list: string[]) => list.reduce((sum, url) => sum + statSync(join(DIST, url)).size, 0);
  // woff2 and PNG are compressed already; the server gzips the text files (src/server/middleware).
  const wire = (list: string[]) =>
    list.reduce((sum, url) => {
      const path = join(DIST, url);
      return sum + (/\.(js|css|html|webmanifest|json|svg)$/.test(url) ? gzipSize(path) : statSync(path).size);
    }, 0);
  const withoutFonts = total(urls.filter((url) => !isFont(url)));
  const withoutFontsWire = wire(urls.filter((url) => !isFont(url)));
  const fonts = total(urls.filter(isFont));
  const sw = statSync(join(DIST, 'sw.js')).size;

  const rows = [
    [
      'App shell JS',
      kb(jsSize.raw),
      kb(jsSize.gzip),
      '≤ 60 KB gzip',
      verdict(jsSize.gzip <= SHELL_JS_BUDGET),
    ],
    ['App shell CSS', kb(cssSize.raw), kb(cssSize.gzip), '–', '–'],
    [
      `Precache without fonts (${urls.filter((u) => !isFont(u)).length} files)`,
      kb(withoutFonts),
      kb(withoutFontsWire),
      '≤ 500 KB downloaded',
      verdict(withoutFontsWire <= PRECACHE_BUDGET),
    ],
    [`Precached fonts (${urls.filter(isFont).length} files)`, kb(fonts), '–', '–', '–'],
    ['Service worker (sw.js)', kb(sw), kb(gzipSize(join(DIST, 'sw.js'))), '–', '–'],
  ];
  writeSection(
    'app-size',
    `## App shell size

${machineLine()} From \`dist/\` after \`vite build\`; gzip at level 9. The shell is what
\`index.html\` loads itself (entry chunk, module preloads, CSS); lazily loaded chunks are precached
but not counted as shell. The precache budget is read as what a tablet downloads when it installs
the app: the server gzips text files, so the gzip column is the download and the raw column what the
cache holds. The DOCX writer is left out of the precache and cached on first use (office PCs only).

${table(['what', 'raw', 'gzip', 'budget', 'verdict'], rows)}

Shell files: ${[...js, ...css].map((f) => `\`${f}\``).join(', ')}.`,
  );
  console.log(`app shell JS ${kb(jsSize.gzip)} gzip; precache without fonts ${kb(withoutFonts)}`);
}

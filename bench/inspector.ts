import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM, TABLET_PORTRAIT, waitForServiceWorker } from '../tests/helpers/browser.ts';
import { startServer } from '../tests/helpers/server.ts';
import { machineLine, table, verdict, writeSection } from './report.ts';

/*
 * The inspector's tablet in headless Chromium: offline cold start to a usable checklist, and one score
 * entry to "committed in IndexedDB with its outbox row", on an empty device and on one holding 200
 * inspections and 2,000 photos. The app marks both moments with the User Timing API
 * (`cchc:checklist-usable`, `cchc:write-committed`); nothing here is timed from outside the page.
 */

const COLD_RUNS = 12;
const ENTRY_RUNS = 60;
const COLD_BUDGET_MS = 400;
const ENTRY_BUDGET_MS = 10;

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];

function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...ARGS, '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: TABLET_PORTRAIT,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    hasTouch: true,
  });
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Opens the checklist and returns when the page marked it usable, in ms since navigation start. */
async function coldStart(page: Page, url: string): Promise<number> {
  await page.goto(url);
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        // No named helpers inside evaluate: tsx's keepNames would call a __name the page does not have.
        const found = performance.getEntriesByName('cchc:checklist-usable')[0]?.startTime;
        if (found !== undefined) return resolve(found);
        new PerformanceObserver((list, observer) => {
          const mark = list.getEntriesByName('cchc:checklist-usable')[0];
          if (mark) {
            observer.disconnect();
            resolve(mark.startTime);
          }
        }).observe({ type: 'mark' });
      }),
  );
}

/** Types one figure the way an input event delivers it and waits for the commit mark. */
function scoreEntry(page: Page, run: number): Promise<number> {
  return page.evaluate((i) => {
    const inputs = document.querySelectorAll<HTMLInputElement>('[data-criterion] input[inputmode="numeric"]');
    // Numerator and denominator in turn, so each entry is a new outbox row rather than a folded one.
    const input = inputs[i % 2];
    if (!input) throw new Error('no figure input on the checklist');
    return new Promise<number>((resolve) => {
      let start = 0;
      const observer = new PerformanceObserver((list) => {
        const mark = list.getEntriesByName('cchc:write-committed').find((m) => m.startTime >= start);
        if (mark) {
          observer.disconnect();
          resolve(mark.startTime - start);
        }
      });
      observer.observe({ type: 'mark' });
      input.value = String(40 + i);
      start = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }, run);
}

/** 200 inspections with 40 results each and 2,000 small photos, written straight into IndexedDB. */
async function fillDevice(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('cchc-inspect');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['inspections', 'results', 'evidence', 'blobs'], 'readwrite');
    const hlc = '2025-10-01T00:00:00.000Z-0000-bench0000000000';
    const now = new Date().toISOString();
    for (let i = 0; i < 200; i++) {
      const id = `01900001-0000-7000-8000-${i.toString(16).padStart(12, '0')}`;
      tx.objectStore('inspections').put({
        id,
        planId: null,
        unitId: null,
        unitName: `Đơn vị ${i}`,
        catalogueId: 'cchc-2025-v1',
        date: '2025-10-01',
        place: '',
        team: [],
        unitRepresentatives: [],
        status: 'completed',
        assignedTo: [],
        unitComments: '',
        completedAt: now,
        deleted: false,
        _hlc: { status: hlc },
        _updatedAt: '2025-10-01T00:00:00.000Z',
      });
      for (let r = 0; r < 40; r++) {
        const criterionId = `A${(r % 7) + 1}.K${Math.floor(r / 7) + 1}`;
        tx.objectStore('results').put({
          id: `${id}:${criterionId}`,
          inspectionId: id,
          criterionId,
          notApplicable: false,
          numerator: 9,
          denominator: 10,
          yesNo: null,
          count: null,
          text: null,
          note: '',
          deleted: false,
          _hlc: { numerator: hlc },
          _updatedAt: now,
        });
      }
      for (let p = 0; p < 10; p++) {
        const bytes = crypto.getRandomValues(new Uint8Array(2048));
        const sha256 = Array.from(bytes.slice(0, 32), (b) => b.toString(16).padStart(2, '0')).join('');
        tx.objectStore('blobs').put({
          sha256,
          blob: new Blob([bytes], { type: 'image/jpeg' }),
          mime: 'image/jpeg',
          size: bytes.length,
          uploaded: 0,
          createdAt: now,
        });
        tx.objectStore('evidence').put({
          id: `01900002-0000-7000-8000-${(i * 10 + p).toString(16).padStart(12, '0')}`,
          inspectionId: id,
          criterionId: null,
          sha256,
          mime: 'image/jpeg',
          size: bytes.length,
          width: 1600,
          height: 1200,
          caption: '',
          takenAt: now,
          deleted: false,
          _hlc: { caption: hlc },
          _updatedAt: now,
        });
      }
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

interface Figures {
  coldNewTab: number[];
  coldRestart: number[];
  entry: number[];
}

async function measure(context: BrowserContext, url: string): Promise<Omit<Figures, 'coldRestart'>> {
  const coldNewTab: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const page = await context.newPage();
    coldNewTab.push(await coldStart(page, url));
    await page.close();
  }
  const page = await context.newPage();
  await coldStart(page, url);
  const entry: number[] = [];
  for (let i = 0; i < ENTRY_RUNS; i++) {
    entry.push(await scoreEntry(page, i));
    // An inspector reads the rate before the next figure: let the previous entry's re-render finish.
    await page.waitForTimeout(150);
  }
  await page.close();
  return { coldNewTab, entry };
}

/** One cold start in a browser freshly started on `profile`. */
async function restart(profile: string, url: string): Promise<number> {
  const context = await launch(profile);
  await context.setOffline(true);
  const page = context.pages()[0] ?? (await context.newPage());
  const time = await coldStart(page, url);
  await context.close();
  return time;
}

/** A profile with the app installed and one inspection made in it; returns the URL of its checklist. */
async function prepare(serverUrl: string, profile: string): Promise<string> {
  const context = await launch(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${serverUrl}/`);
  await waitForServiceWorker(page);
  await page.getByLabel('Tên phòng, đơn vị được kiểm tra').fill('Phòng Quản lý khoa học');
  await page.getByRole('button', { name: 'Tạo', exact: true }).click();
  await page.getByTestId('inspection-list').getByRole('link').first().click();
  await page.waitForURL(/\/inspections\//);
  const id = new URL(page.url()).pathname.split('/')[2];
  await context.close();
  return `${serverUrl}/inspections/${id}?tab=checklist&area=A1`;
}

const loadLine = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');

export async function runInspector(): Promise<void> {
  const server = await startServer();
  const emptyProfile = mkdtempSync(join(tmpdir(), 'cchc-bench-empty-'));
  const fullProfile = mkdtempSync(join(tmpdir(), 'cchc-bench-full-'));
  const loadAtStart = loadLine();
  try {
    const emptyUrl = await prepare(server.url, emptyProfile);
    const fullUrl = await prepare(server.url, fullProfile);

    let context = await launch(emptyProfile);
    await context.setOffline(true);
    const empty: Figures = { ...(await measure(context, emptyUrl)), coldRestart: [] };
    await context.close();

    context = await launch(fullProfile);
    await context.setOffline(true);
    const filler = context.pages()[0] ?? (await context.newPage());
    await coldStart(filler, fullUrl);
    await fillDevice(filler);
    const full: Figures = { ...(await measure(context, fullUrl)), coldRestart: [] };
    await context.close();

    // Restarts alternate between the two devices, so both meet the same load (the bench itself is most of it).
    for (let i = 0; i < COLD_RUNS; i++) {
      empty.coldRestart.push(await restart(emptyProfile, emptyUrl));
      full.coldRestart.push(await restart(fullProfile, fullUrl));
    }

    report(empty, full, loadAtStart);
  } finally {
    await server.stop();
    rmSync(emptyProfile, { recursive: true, force: true });
    rmSync(fullProfile, { recursive: true, force: true });
  }
}

function report(empty: Figures, full: Figures, loadAtStart: string): void {
  const rows: Array<Array<string | number>> = [];
  for (const [device, f] of [
    ['empty device', empty],
    ['200 inspections, 2,000 photos', full],
  ] as const) {
    rows.push([
      `Offline cold start to usable checklist, browser restarted (${device})`,
      ms(quantile(f.coldRestart, 0.5)),
      ms(quantile(f.coldRestart, 0.95)),
      `≤ ${COLD_BUDGET_MS} ms median`,
      verdict(quantile(f.coldRestart, 0.5) <= COLD_BUDGET_MS),
    ]);
    rows.push([
      `Offline cold start to usable checklist, new tab (${device})`,
      ms(quantile(f.coldNewTab, 0.5)),
      ms(quantile(f.coldNewTab, 0.95)),
      `≤ ${COLD_BUDGET_MS} ms median`,
      verdict(quantile(f.coldNewTab, 0.5) <= COLD_BUDGET_MS),
    ]);
    rows.push([
      `One score entry → committed with its outbox row (${device})`,
      ms(quantile(f.entry, 0.5)),
      ms(quantile(f.entry, 0.95)),
      `≤ ${ENTRY_BUDGET_MS} ms median`,
      verdict(quantile(f.entry, 0.5) <= ENTRY_BUDGET_MS),
    ]);
  }
  writeSection(
    'inspector',
    `## Inspector on the tablet

${machineLine()} Load average (1 / 5 / 15 min) ${loadAtStart} at the start and ${loadLine()} at the end:
figures taken under a higher load are slower in proportion and say little about the budget. Headless Chromium (${CHROMIUM}), 768×1024, offline, service worker in control.
Cold start: navigation start to the checklist's first paint with data and enabled inputs
(\`cchc:checklist-usable\`), ${COLD_RUNS} runs each, either in a browser restarted on the same profile
(the empty and the full device in turn) or in a new tab of a running browser. Score entry: an \`input\` event on a figure to the commit of its
transaction (row + outbox entry, \`cchc:write-committed\`), ${ENTRY_RUNS} entries alternating two fields. The
full device holds 200 inspections (40 results each) and 2,000 photos of 2 KB, written straight into IndexedDB.

${table(['what', 'median', 'p95', 'budget', 'verdict'], rows)}`,
  );
  for (const row of rows) console.log(`${row[0]}: median ${row[1]}, p95 ${row[2]}`);
}

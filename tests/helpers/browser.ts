import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium; browsers cannot be downloaded on these machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling Google hosts that this closed
// network refuses; --disable-quic keeps setOffline honest for every request.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const TABLET_PORTRAIT = { width: 768, height: 1024 };
export const TABLET_LANDSCAPE = { width: 1280, height: 800 };

export interface TabletOptions {
  baseUrl: string;
  viewport?: { width: number; height: number };
  /** Name used for failure artifacts. */
  name?: string;
}

/**
 * One tablet: a Chromium with its own fresh profile (its own IndexedDB, service worker and
 * cache storage), so two tablets share nothing but the server.
 */
export class Tablet {
  readonly log: string[] = [];
  private constructor(
    readonly context: BrowserContext,
    readonly baseUrl: string,
    readonly name: string,
    private readonly profileDir: string,
  ) {
    context.on('page', (page) => this.watch(page));
  }

  static async launch(options: TabletOptions): Promise<Tablet> {
    const profileDir = mkdtempSync(join(tmpdir(), 'cchc-tablet-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: options.viewport ?? TABLET_PORTRAIT,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      hasTouch: true,
    });
    const tablet = new Tablet(context, options.baseUrl, options.name ?? 'tablet', profileDir);
    for (const page of context.pages()) tablet.watch(page);
    return tablet;
  }

  private watch(page: Page): void {
    page.on('console', (msg) => this.log.push(`[${msg.type()}] ${msg.text()}`));
    page.on('pageerror', (error) => this.log.push(`[pageerror] ${error.message}`));
  }

  /** The first open page, or a new one. */
  async page(): Promise<Page> {
    return this.context.pages()[0] ?? this.context.newPage();
  }

  async newPage(): Promise<Page> {
    return this.context.newPage();
  }

  /** Opens a path of the app and waits until the service worker controls the page. */
  async open(path = '/', page?: Page): Promise<Page> {
    const target = page ?? (await this.page());
    await target.goto(new URL(path, this.baseUrl).href);
    await waitForServiceWorker(target);
    return target;
  }

  async setOffline(offline: boolean): Promise<void> {
    await this.context.setOffline(offline);
  }

  /** Screenshot and console log, for a failed test or for a person to look at. */
  async saveArtifacts(label: string): Promise<string> {
    const dir = resolve('test-results', sanitize(`${label}-${this.name}`));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'console.log'), this.log.join('\n'));
    let index = 0;
    for (const page of this.context.pages()) {
      await page
        .screenshot({ path: join(dir, `page-${index++}.png`), fullPage: true })
        .catch((error: Error) => writeFileSync(join(dir, `page-${index}-error.txt`), error.message));
    }
    return dir;
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}

export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 30_000,
  });
}

function sanitize(text: string): string {
  return text.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 120);
}

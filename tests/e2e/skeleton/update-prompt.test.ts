import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Tablet } from '../../helpers/browser.ts';
import { keepArtifactsOnFailure } from '../../helpers/e2e.ts';
import { type RunningServer, startServer } from '../../helpers/server.ts';

const NEXT_BUILD = 'e2e-next-build';

/** Asks the worker that controls the page which build it serves. */
function controllerBuildId(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const controller = navigator.serviceWorker.controller;
        if (!controller) return reject(new Error('no controller'));
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data.buildId);
        controller.postMessage({ type: 'GET_BUILD_ID' }, [channel.port2]);
      }),
  );
}

describe('a new build', () => {
  let server: RunningServer;
  let tablet: Tablet;
  let servedDir: string;
  let nextDir: string;
  keepArtifactsOnFailure(() => (tablet ? [tablet] : []));

  beforeAll(async () => {
    const work = mkdtempSync(join(tmpdir(), 'cchc-update-'));
    servedDir = join(work, 'served');
    nextDir = join(work, 'next');
    cpSync(resolve('dist'), servedDir, { recursive: true });
    // A genuinely different build of the same source: the build id changes the app bundle and
    // the worker, so the precache manifest differs as it would after a real release.
    execFileSync(
      process.execPath,
      [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
      {
        env: { ...process.env, BUILD_ID: NEXT_BUILD, OUT_DIR: nextDir },
        stdio: 'inherit',
      },
    );
    server = await startServer({ distDir: servedDir });
    tablet = await Tablet.launch({ baseUrl: server.url, name: 'update-prompt' });
  }, 120_000);
  afterAll(async () => {
    await tablet?.close();
    await server?.stop();
  });

  it('is announced with "Có phiên bản mới", and the page keeps working until the user accepts', async () => {
    const page = await tablet.open('/');
    const firstBuild = await page.getByTestId('build-id').textContent();
    expect(firstBuild).not.toBe(NEXT_BUILD);
    expect(await controllerBuildId(page)).toBe(firstBuild);

    await page.getByLabel('Tên phòng, đơn vị được kiểm tra').fill('Văn phòng Sở');
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();
    await page.getByTestId('inspection-list').getByText('Văn phòng Sở').waitFor();
    await page.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'same page';
    });

    // Release the next build, and let the browser look for it as it would on its own.
    rmSync(servedDir, { recursive: true, force: true });
    cpSync(nextDir, servedDir, { recursive: true });
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

    const banner = page.getByTestId('update-banner');
    await banner.getByText('Có phiên bản mới').waitFor();

    // Nothing took over on its own: same page, same worker, the app still works.
    expect(await controllerBuildId(page)).toBe(firstBuild);
    await page.getByLabel('Tên phòng, đơn vị được kiểm tra').fill('Trung tâm Kiểm định và Phát triển KHCN');
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();
    await page.getByTestId('inspection-list').getByText('Trung tâm Kiểm định').waitFor();
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
    await expect(page.getByTestId('build-id').textContent()).resolves.toBe(firstBuild);

    // The user accepts: the page reloads once into the new build, with all the work kept.
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Cập nhật' }).click()]);
    await page.getByTestId('build-id').getByText(NEXT_BUILD).waitFor();
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBeUndefined();
    expect(await controllerBuildId(page)).toBe(NEXT_BUILD);
    const list = page.getByTestId('inspection-list');
    await list.getByText('Văn phòng Sở').waitFor();
    await list.getByText('Trung tâm Kiểm định và Phát triển KHCN').waitFor();
    await expect(page.getByTestId('update-banner').count()).resolves.toBe(0);
  });
});

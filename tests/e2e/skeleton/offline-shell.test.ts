import { describe, expect, it } from 'vitest';
import { serverAndTablet } from '../../helpers/e2e.ts';

describe('the app shell offline', () => {
  const env = serverAndTablet('offline-shell');

  it('renders from the service worker cache after going offline and reloading', async () => {
    const page = await env.tablet.open('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Kiểm tra CCHC');

    await env.tablet.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    // The server really is out of reach: the API is network-only in the worker.
    const probe = await page.evaluate(() =>
      fetch('/api/health').then(
        () => 'reached',
        () => 'failed',
      ),
    );
    expect(probe).toBe('failed');

    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { name: 'Kiểm tra CCHC' }).waitFor();
    await page.getByText('Không có mạng').waitFor();
    await expect(page.getByLabel('Tên phòng, đơn vị được kiểm tra').isVisible()).resolves.toBe(true);

    // The page preloads its fonts, so its first layout is already in Be Vietnam Pro (a font arriving later
    // lays every text out again): each font the screen used came from a preload, none was fetched twice.
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return {
        preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=font]')].map(
          (link) => link.href,
        ),
        fetched: performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('.woff2'))
          .map((entry) => ({ url: entry.name, by: (entry as PerformanceResourceTiming).initiatorType })),
      };
    });
    expect(fonts.preloaded).toHaveLength(6);
    expect(fonts.fetched.length).toBeGreaterThan(0);
    for (const { url, by } of fonts.fetched) {
      expect(fonts.preloaded).toContain(url);
      expect(by).toBe('link');
    }
  });

  it('opens a deep link offline through the navigation fallback', async () => {
    await env.tablet.setOffline(true);
    const page = await env.tablet.newPage();
    const response = await page.goto(new URL('/inspections/unknown-id', env.server.url).href);
    expect(response?.fromServiceWorker()).toBe(true);
    await page.getByText('Không tìm thấy trang.').waitFor();
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import { serverAndTablet } from '../../helpers/e2e.ts';

describe('the language switch', () => {
  const env = serverAndTablet('language');

  it('keeps the chosen language across reloads, from the stored setting when the fast copy is gone', async () => {
    const page = await env.tablet.open('/');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Tiếng Việt' }).waitFor();

    // The first render reads the mirror in localStorage: English at once.
    await page.reload();
    await page.getByRole('button', { name: 'Tiếng Việt' }).waitFor();

    // Without the mirror the page starts in Vietnamese, then the stored setting (idb-keyval, read after the
    // first screen) brings English back and writes the mirror again.
    await page.evaluate(() => localStorage.removeItem('cchc:lang'));
    await page.reload();
    await page.getByRole('button', { name: 'Tiếng Việt' }).waitFor({ timeout: 5000 });
    expect(await page.evaluate(() => localStorage.getItem('cchc:lang'))).toBe('en');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { serverAndTablet } from '../../helpers/e2e.ts';
import { signIn } from '../../helpers/sign-in.ts';

const AHEAD_MS = 20 * 60_000;

describe('a tablet whose date runs 20 minutes fast', () => {
  const env = serverAndTablet('wrong-clock', {
    accounts: [{ username: 'thanhtra1', password: 'mat-khau-dai-1', role: 'inspector' }],
  });
  beforeAll(async () => {
    // The page's Date runs ahead; the server keeps the true time.
    await env.tablet.context.addInitScript((ahead: number) => {
      const RealDate = Date;
      class FastDate extends RealDate {
        constructor(...args: ConstructorParameters<DateConstructor> | []) {
          if (args.length === 0) super(RealDate.now() + ahead);
          else super(...(args as ConstructorParameters<DateConstructor>));
        }
        static override now() {
          return RealDate.now() + ahead;
        }
      }
      globalThis.Date = FastDate as DateConstructor;
    }, AHEAD_MS);
  });

  it('sends what was made before its first sync, and says the date is wrong', async () => {
    const page = await env.tablet.open('/');
    await page.getByLabel('Tên phòng, đơn vị được kiểm tra').fill('Phòng Kế hoạch - Tài chính');
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();
    await expect.poll(() => page.getByTestId('sync-waiting').textContent()).toBe('1');

    await signIn(page, 'thanhtra1', 'mat-khau-dai-1');
    await expect.poll(() => page.getByTestId('sync-waiting').textContent(), { timeout: 15_000 }).toBe('0');
    await page.getByTestId('sync-clock').getByText('nhanh hơn máy chủ khoảng 20 phút').waitFor();
    await expect(page.getByTestId('sync-error').count()).resolves.toBe(0);
    await page.screenshot({ path: 'test-results/sync/wrong-clock-768x1024.png' });

    // The sync bar follows the language switch.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('sync-clock').getByText("about 20 minutes ahead of the server's").waitFor();
    await page.getByTestId('sync-status').getByRole('button', { name: 'Sync now' }).waitFor();
    await page.getByTestId('sync-state').getByText('Synced at').waitFor();
  });
});

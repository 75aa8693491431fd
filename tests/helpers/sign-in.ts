import type { Page } from 'playwright-core';

/** Signs in from the sync bar's link and waits for the first sync to finish. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('sync-status').getByRole('link', { name: 'Đăng nhập' }).click();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('sync-status').getByText('Đồng bộ lúc').waitFor({ timeout: 20_000 });
}

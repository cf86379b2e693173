import type { Page } from 'playwright-core';

/** The admin every e2e API starts with (ADMIN_EMAIL / ADMIN_PASSWORD on its first start). */
export const ADMIN = { email: 'admin@e2e.draftbench.test', password: 'e2e-admin-password' } as const;

export const adminEnv = (): Record<string, string> => ({
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
});

/** Signs in through the login form (the page must show it) and waits until it has left /login. */
export async function signIn(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await page.getByTestId('login-email').fill(credentials.email);
  await page.getByTestId('login-password').fill(credentials.password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname !== '/login');
  await page.getByTestId('current-user-name').waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('sign-out').click();
  // Plain /login: the next person to sign in starts on the briefs, not on this user's last page.
  await page.waitForURL((url) => url.pathname === '/login' && url.search === '');
  await page.getByTestId('login-form').waitFor();
}
